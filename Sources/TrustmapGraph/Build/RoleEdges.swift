import TrustmapModel
import TrustmapPolicy

/// The edges into one role, decided as the rules put their candidates in: the first
/// candidate of each (node, kind) is decided exactly by the engine (§3.7); denied candidates
/// are not edges (EDG-2).
///
/// Imported principals are told apart by their side's `objectID` instead of their node
/// text: the index holds one side per ARN, and a principal's node id is its ARN text, which
/// no placeholder id shares (they all have a non-ARN prefix). A generic candidate of kind
/// `assumeRole` whose node is an imported principal's ARN gets that side's key, so the keys
/// are the same (node, kind) pairs as before, only cheaper to hash.
struct RoleEdges: CandidateSink {
  /// What every role's builder reads, behind one reference: copying the engine into each of
  /// half a million builders would retain and release each of its fields.
  final class Shared: Sendable {
    let engine: PolicyEngine
    /// Identity sides by ARN (the candidate index's).
    let byARN: [String: IdentitySide]

    init(_ index: CandidateIndex) {
      engine = index.engine
      byARN = index.byARN
    }

    /// The engine's decision, nil when screened out as denied.
    ///
    /// Asked here, where the engine is borrowed in place: read through the reference from
    /// outside, it is copied out for every call.
    func decide(_ caller: Caller, _ trust: TrustSide, _ memo: GuardrailMemo, screened: Bool)
      -> Decision?
    {
      if screened, engine.assumeRoleVerdict(caller: caller, role: trust).isDenied { return nil }
      return engine.decideAssumeRole(caller: caller, role: trust, memo: memo)
    }
  }

  let shared: Shared
  let trust: TrustSide
  let target: NodeID
  /// The role's candidates come mostly from a few accounts: their SCP terms are shared.
  let memo: GuardrailMemo
  /// The allowed edges, in candidate order.
  let edges = EdgeRun()
  /// Nodes for the callers of allowed edges that are not imported principals.
  var placeholders: [GraphNode] = []
  private var screen = DenialScreen()
  private var seenPrincipals = KeySet<ObjectIdentifier>()
  private var seen = CandidateSet()

  init(trust: TrustSide, shared: Shared) {
    self.shared = shared
    self.trust = trust
    target = NodeID(rawValue: trust.roleARNText)
    memo = GuardrailMemo(role: trust)
  }

  mutating func principal(_ side: IdentitySide) {
    guard seenPrincipals.insert(side.objectID), let decision = decide(.principal(side)) else {
      return
    }
    edges.append(
      GraphEdge(
        source: NodeID(rawValue: side.arnText), target: target, kind: .assumeRole,
        decision: decision))
  }

  mutating func add(_ candidate: EdgeCandidate) {
    let isNew =
      if candidate.kind == .assumeRole, let side = shared.byARN[candidate.node.rawValue] {
        seenPrincipals.insert(side.objectID)
      } else {
        seen.insert(CandidateKey(node: candidate.node, kind: candidate.kind))
      }
    guard isNew, let decision = decide(candidate.caller) else { return }
    edges.append(
      GraphEdge(source: candidate.node, target: target, kind: candidate.kind, decision: decision))
    if let placeholder = candidate.placeholder { placeholders.append(placeholder) }
  }

  mutating func expect(_ count: Int) { seenPrincipals.reserve(count) }

  /// The decision for `caller`, nil when denied.
  private mutating func decide(_ caller: Caller) -> Decision? {
    // The truth-only verdict (checked against the detailed path by the fast-path tests)
    // drops denied candidates without building provenance, but costs a third of a
    // decision: worth it only where many candidates of this role are denied.
    guard let decision = shared.decide(caller, trust, memo, screened: screen.isOn) else {
      return nil
    }
    screen.record(denied: decision.isDenied)
    return decision.isDenied ? nil : decision
  }
}

/// Decides, per role, whether to screen candidates with the truth-only verdict first.
///
/// The candidate index already leaves out principals whose policies cannot allow the call,
/// so most candidates become edges (all but 508 of 456,370 in a generated 100 × 1,000 org)
/// and screening them only adds work. Once a fifth of a role's first 16 or more decisions
/// are denials, the rest of its candidates are screened. Either way the edges are the same.
struct DenialScreen {
  private var decided = 0
  private var denied = 0
  /// True once screening pays.
  private(set) var isOn = false

  /// Counts one full decision (screened candidates are not counted).
  mutating func record(denied wasDenied: Bool) {
    guard !isOn else { return }
    decided += 1
    if wasDenied { denied += 1 }
    isOn = decided >= 16 && denied * 5 >= decided
  }
}
