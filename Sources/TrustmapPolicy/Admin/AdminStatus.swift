/// How powerful a principal is (§5.1).
public enum AdminStatus: Hashable, Sendable {
  /// How admin power was established.
  public enum Basis: String, Hashable, Sendable {
    /// Every ADM-1 probe is allowed.
    case probes
    /// The principal can rewrite its own permissions (ADM-2).
    case selfEscalation
  }

  /// Effective admin of its account (ADM-1 or ADM-2).
  case admin(Basis)
  /// Every probe is at least conditional: admin if these atoms hold (ADM-1).
  case possibleAdmin([UnresolvedCondition])
  /// Can rewrite its own policies but stays capped by a boundary it cannot remove (ADM-2).
  case boundedSelfEscalation
  /// Not admin, but high value for these reasons (ADM-4 tier 2).
  case highValue([String])
  /// Nothing notable.
  case none

  /// True for `.admin`.
  public var isAdmin: Bool { if case .admin = self { return true } else { return false } }
}

/// The admin assessment of one principal: status plus its ADM-4 tier.
public struct AdminAssessment: Hashable, Sendable {
  /// The status.
  public var status: AdminStatus
  /// 0 (organisation-critical), 1 (account admin), 2 (high value) or nil.
  public var tier: Int?
  /// Why the tier was given, sorted.
  public var reasons: [String]
}
