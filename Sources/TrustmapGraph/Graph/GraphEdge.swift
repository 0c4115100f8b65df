import TrustmapModel
import TrustmapPolicy

/// The kind of an edge (EDG-1).
///
/// Escalation kinds are added as new cases with new rules.
public enum EdgeKind: String, Hashable, Sendable, Comparable, CaseIterable {
  case assumeRole
  case assumeRoleWithSAML
  case assumeRoleWithWebIdentity
  case serviceTrust
  /// user → group (display only; never traversed, ESC-D).
  case memberOf

  /// The STS action (or `iam:memberOf` for memberships).
  public var action: String {
    switch self {
    case .assumeRole, .serviceTrust: return "sts:AssumeRole"
    case .assumeRoleWithSAML: return "sts:AssumeRoleWithSAML"
    case .assumeRoleWithWebIdentity: return "sts:AssumeRoleWithWebIdentity"
    case .memberOf: return "iam:memberOf"
    }
  }

  /// True when reachability may follow it (EDG-5).
  public var isTraversable: Bool { self != .memberOf }

  public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One edge: a decision of the engine that is not denied, with its provenance (EDG-2).
public struct GraphEdge: Hashable, Sendable {
  /// Caller node.
  public var source: NodeID
  /// Role (or group, for `memberOf`).
  public var target: NodeID
  /// The engine's decision (allowed or conditional; never denied).
  public var decision: Decision
  /// Edge kind.
  ///
  /// Stored after the decision: the one-byte kind then fills the decision's tail padding
  /// instead of padding to the next 8 bytes (72 bytes an edge instead of 80).
  public var kind: EdgeKind
  /// Groups whose policies granted the identity side (from the provenance), sorted.
  ///
  /// Derived on demand: few readers need it, and parsing holders for millions of edges
  /// while the graph is built is not free.
  public var viaGroups: [ARN] { Self.groups(in: decision.provenance) }

  /// Creates an edge.
  public init(source: NodeID, target: NodeID, kind: EdgeKind, decision: Decision) {
    self.source = source
    self.target = target
    self.kind = kind
    self.decision = decision
  }

  /// Groups whose identity policies granted, sorted and unique; no allocation when none did.
  static func groups(in provenance: [Evidence]) -> [ARN] {
    var groups: [ARN] = []
    for evidence in provenance
    where evidence.role == .granted && evidence.location.source.kind == .identity
      && evidence.location.source.isHeldByGroup
    {
      guard let holder = evidence.location.source.holder, let arn = ARN(holder),
        !groups.contains(arn)
      else { continue }
      groups.append(arn)
    }
    return groups.count > 1 ? groups.sorted() : groups
  }

  /// True when allowed (not conditional).
  public var isAllowed: Bool { decision.isAllowed }

  /// The TVL-5 labels of the unresolved conditions.
  public var conditionLabels: [String] { decision.labels }
}
