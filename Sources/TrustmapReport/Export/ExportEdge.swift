import TrustmapAnalysis
import TrustmapGraph
import TrustmapPolicy

/// One trust-graph edge as the flat text and flags `graph --format json` and every export
/// (`neo4j-csv`, `neptune-csv`, `opengraph`, `graphml`) write, so a new edge kind or attribute
/// is spelled out once; the statement picks follow `EdgeRecord`'s rule (`firstStatement`).
///
/// Exporters read `kind` (the kind's stable text, such as `assumeRole`) and `traversable`, never
/// the kind's cases, so kinds added later flow through unchanged.
public struct ExportEdge: Hashable, Sendable {
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
  /// The trust statement `edges.csv` shows (granted, else left open), such as
  /// `trust policy#0 (DevAccount)`, or empty.
  public var trustStatement: String
  /// The identity statement `edges.csv` shows, such as `developers-base#0 (UseCiRoles)`, or
  /// empty.
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
    trustStatement = Self.statement(decision.provenance, .trust)
    identityStatement = Self.statement(decision.provenance, .identity)
  }

  /// An edge kind's stable text (`assumeRole`, `passRole:lambda`): the one place exporters
  /// read a kind's name.
  public static func kindText(_ kind: EdgeKind) -> String { kind.rawValue }

  /// Whether reachability follows edges of `kind` (EDG-5).
  public static func isTraversable(_ kind: EdgeKind) -> Bool { kind.isTraversable }

  /// The short reference of the statement `EdgeRecord` picks for `layer`, or empty.
  static func statement(_ provenance: [Evidence], _ layer: PolicyKind) -> String {
    EdgeRecord.firstStatement(in: provenance, layer: layer).map(StatementLookup.shortReference)
      ?? ""
  }
}
