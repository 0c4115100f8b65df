import TrustmapModel
import TrustmapPolicy

/// One statement that took part in an edge's decision, and what it did there.
public struct EdgeGrant: Hashable, Sendable {
  /// The action the statement decides, such as `sts:AssumeRole`.
  public var action: String
  /// The layer of the statement's policy: trust, identity, boundary, SCP or RCP.
  public var layer: Layer
  /// `granted` (an `Allow` of the trust or identity side), `permitted` (a limiting layer let it
  /// through) or `leftOpen` (an `Allow` whose conditions the exports cannot decide).
  public var effect: Evidence.Role
  /// The statement: its policy (holder, name, version) and index/Sid.
  public var location: StatementLocation

  /// Creates a grant.
  public init(action: String, layer: Layer, effect: Evidence.Role, location: StatementLocation) {
    self.action = action
    self.layer = layer
    self.effect = effect
    self.location = location
  }
}

/// An edge as every output shows it: finding hops, the graph JSON and exports read it, and
/// `edges.csv` picks its statements by the same rule (`firstStatement(in:layer:)`).
public struct EdgeRecord: Hashable, Sendable {
  /// The caller.
  public var source: NodeID
  /// The principal reached.
  public var target: NodeID
  /// The edge kind (EDG-1).
  public var kind: EdgeKind
  /// Allowed (no unresolved condition) or not.
  public var isAllowed: Bool
  /// Granted by a trust statement open to every AWS account (EDG-4).
  public var isPublic: Bool
  /// The unresolved conditions (TVL-4), without the public caller's own policies: whoever
  /// assumes a public role writes those themselves.
  public var conditions: [UnresolvedCondition]
  /// How the edge was granted (EDG-2).
  public var basis: EdgeBasis?
  /// Caller and target in different accounts.
  public var crossAccount: Bool
  /// Every statement that granted, permitted or left the edge open, trust first, then
  /// identity, boundary, SCP and RCP.
  public var grants: [EdgeGrant]

  /// The record of `edge`.
  public init(_ edge: GraphEdge) {
    let decision = edge.decision
    source = edge.source
    target = edge.target
    kind = edge.kind
    isAllowed = decision.isAllowed
    isPublic = decision.attributes.isPublic
    conditions = Self.conditions(of: decision)
    basis = decision.attributes.basis
    crossAccount = decision.attributes.crossAccount
    let action = edge.kind.action
    grants = decision.provenance.compactMap { evidence in
      guard evidence.role != .denied else { return nil }
      return EdgeGrant(
        action: action, layer: evidence.location.source.kind.layer, effect: evidence.role,
        location: evidence.location)
    }
    .sorted { ($0.layer, $0.location) < ($1.layer, $1.location) }
  }

  /// The unresolved conditions of `decision` that someone must meet: all of them, except for
  /// a public edge the caller's own policies (whoever assumes a public role writes those).
  public static func conditions(of decision: Decision) -> [UnresolvedCondition] {
    let atoms = decision.unresolved
    guard decision.attributes.isPublic else { return atoms }
    return atoms.filter { atom in
      if case .identityNotImported = atom.subject { return false }
      return true
    }
  }

  /// The action, such as `sts:AssumeRole`.
  public var action: String { kind.action }

  /// Holds for whoever can call it: allowed, or public with no other condition.
  public var holdsForAnyone: Bool { isAllowed || (isPublic && conditions.isEmpty) }

  /// The grants of one layer.
  public func grants(_ layer: Layer) -> [EdgeGrant] { grants.filter { $0.layer == layer } }

  /// The statement `edges.csv` and short texts show for `layer`: the first that granted, else
  /// the first left open (a conditional trust has no granting statement, only open ones).
  public static func firstStatement(in provenance: [Evidence], layer: PolicyKind)
    -> StatementLocation?
  {
    var open: StatementLocation?
    for evidence in provenance where evidence.location.source.kind == layer {
      if evidence.role == .granted { return evidence.location }
      if evidence.role == .leftOpen, open == nil { open = evidence.location }
    }
    return open
  }
}
