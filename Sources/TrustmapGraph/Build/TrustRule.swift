import TrustmapModel
import TrustmapPolicy

/// A caller worth deciding against one role, and the node that stands for it.
public struct EdgeCandidate: Sendable {
  /// The caller the engine evaluates.
  public var caller: Caller
  /// The graph node of the caller.
  public var node: NodeID
  /// The edge kind this would produce.
  public var kind: EdgeKind
  /// A node to create for the caller when it is not an imported principal (EDG-6).
  public var placeholder: GraphNode?

  /// Creates a candidate.
  public init(caller: Caller, node: NodeID, kind: EdgeKind, placeholder: GraphNode? = nil) {
    self.caller = caller
    self.node = node
    self.kind = kind
    self.placeholder = placeholder
  }

  /// An imported user or role.
  public static func principal(_ side: IdentitySide) -> EdgeCandidate {
    EdgeCandidate(caller: .principal(side), node: NodeID(rawValue: side.arnText), kind: .assumeRole)
  }
}

/// Where a rule puts its candidates, one at a time and in order.
public protocol CandidateSink {
  /// `EdgeCandidate.principal(side)`, for a `side` of the candidate index: passed as is, so
  /// the receiver builds nothing for a candidate it drops.
  mutating func principal(_ side: IdentitySide)
  /// Any other candidate.
  mutating func add(_ candidate: EdgeCandidate)
  /// Says that about `count` more candidates follow (a hint; it may be wrong).
  mutating func expect(_ count: Int)
}

/// One small rule of edge discovery: which callers a role's trust policy could admit.
///
/// Rules run in order (`TrustGraphBuilder.defaultRules`); the engine decides every candidate
/// exactly (§3.7). Escalation rules (§5.2) will be added as further rule types.
public protocol TrustRule: Sendable {
  /// Puts the candidates for `trust` into `sink`, in order; duplicates across rules are
  /// removed by the builder (the first is kept).
  func visitCandidates<Sink: CandidateSink>(
    for trust: TrustSide, index: CandidateIndex, into sink: inout Sink)
}

extension TrustRule {
  /// The candidates for `trust`, in the order `visitCandidates` gives them.
  public func candidates(for trust: TrustSide, index: CandidateIndex) -> [EdgeCandidate] {
    var list = CandidateList()
    visitCandidates(for: trust, index: index, into: &list)
    return list.candidates
  }
}

/// A sink that keeps every candidate in an array.
struct CandidateList: CandidateSink {
  var candidates: [EdgeCandidate] = []

  mutating func principal(_ side: IdentitySide) { candidates.append(.principal(side)) }
  mutating func add(_ candidate: EdgeCandidate) { candidates.append(candidate) }
  mutating func expect(_ count: Int) { candidates.reserveCapacity(candidates.count + count) }
}
