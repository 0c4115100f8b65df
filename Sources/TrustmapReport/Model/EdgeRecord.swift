import TrustmapGraph
import TrustmapPolicy

/// One trust-graph edge as plain text and flags: the single mapping from `GraphEdge` that the
/// exports (`neo4j-csv`, `neptune-csv`, `opengraph`, `graphml`) and `graph --format json`
/// share, so a new edge kind or attribute is spelled out once.
///
/// Exporters read `kind` (the kind's stable text, such as `assumeRole`) and `traversable`, never
/// the kind's cases, so kinds added later flow through unchanged.
public struct EdgeRecord: Hashable, Sendable {
  /// Caller node id.
  public var source: String
  /// Target node id.
  public var target: String
  /// The edge kind's stable text (EDG-1), such as `assumeRole`.
  public var kind: String
  /// The action the edge stands for, such as `sts:AssumeRole`.
  public var action: String
  /// Whether reachability follows the edge (EDG-5).
  public var traversable: Bool
  /// `allowed` or `conditional`.
  public var status: String
  /// TVL-5 labels of the unresolved conditions, unique and sorted.
  public var conditions: [String]
  /// The unresolved atoms, described.
  public var unresolved: [String]
  /// How the edge was granted (EDG-2), or nil (membership edges).
  public var basis: String?
  /// Caller and target in different accounts.
  public var crossAccount: Bool
  /// Granted by a `*` trust statement open to any AWS account (EDG-4).
  public var isPublic: Bool
  /// Caller-controlled keys treated as satisfiable (CND-7).
  public var callerControlled: [String]
  /// Groups whose policies granted the identity side.
  public var viaGroups: [String]
  /// Every statement that took part, described (`granted: …`, `permitted: …`, …).
  public var provenance: [String]
  /// The first granting trust statement, such as `trust policy#0 (DevAccount)`, or empty.
  public var trustStatement: String
  /// The first granting identity statement, such as `developers-base#0 (UseCiRoles)`, or empty.
  public var identityStatement: String

  /// The record of `edge`.
  public init(_ edge: GraphEdge) {
    var labels = ConditionLabels()
    self.init(edge, labels: &labels)
  }

  /// The record of `edge`, with condition labels remembered across calls.
  init(_ edge: GraphEdge, labels: inout ConditionLabels) {
    let decision = edge.decision
    let attributes = decision.attributes
    source = edge.source.rawValue
    target = edge.target.rawValue
    kind = Self.kindText(edge.kind)
    action = edge.kind.action
    traversable = Self.isTraversable(edge.kind)
    status = edge.isAllowed ? "allowed" : "conditional"
    conditions = labels.labels(decision)
    unresolved = decision.unresolved.map(\.description)
    basis = attributes.basis?.rawValue
    crossAccount = attributes.crossAccount
    isPublic = attributes.isPublic
    callerControlled = attributes.callerControlled
    viaGroups = edge.viaGroups.map(\.rawValue)
    provenance = decision.provenance.map(\.description)
    (trustStatement, identityStatement) = Self.firstGrants(decision.provenance)
  }

  /// An edge kind's stable text (`assumeRole`, `passRole:lambda`): the one place exporters
  /// read a kind's name.
  public static func kindText(_ kind: EdgeKind) -> String { kind.rawValue }

  /// Whether reachability follows edges of `kind` (EDG-5).
  public static func isTraversable(_ kind: EdgeKind) -> Bool { kind.isTraversable }

  /// The first granting trust and identity statements, as short references.
  static func firstGrants(_ provenance: [Evidence]) -> (trust: String, identity: String) {
    var trust = ""
    var identity = ""
    for evidence in provenance where evidence.role == .granted {
      switch evidence.location.source.kind {
      case .trust where trust.isEmpty: trust = StatementLookup.shortReference(evidence.location)
      case .identity where identity.isEmpty:
        identity = StatementLookup.shortReference(evidence.location)
      default: continue
      }
    }
    return (trust, identity)
  }
}
