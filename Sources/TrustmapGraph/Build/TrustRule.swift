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
  static func principal(_ side: IdentitySide) -> EdgeCandidate {
    EdgeCandidate(caller: .principal(side), node: NodeID(rawValue: side.arnText), kind: .assumeRole)
  }
}

/// One small rule of edge discovery: which callers a role's trust policy could admit.
///
/// Rules run in order (`TrustGraphBuilder.defaultRules`); the engine decides every candidate
/// exactly (§3.7). Escalation rules (§5.2) will be added as further rule types.
public protocol TrustRule: Sendable {
  /// Candidates for `trust`; duplicates across rules are removed by the builder.
  func candidates(for trust: TrustSide, index: CandidateIndex) -> [EdgeCandidate]
}
