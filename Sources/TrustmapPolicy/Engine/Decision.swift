import TrustmapModel

/// Why a request is denied: the first failing factor in the §3.7 order.
public enum DenialReason: Hashable, Sendable, CustomStringConvertible {
  /// An applicable `Deny` in this layer (EVL-2).
  case explicitDeny(Layer)
  /// Some level of the SCP chain has no applicable `Allow` (GRD-1).
  case scpNoAllow
  /// The trust policy names no matching principal with matching action/conditions (TRU-1).
  case trust
  /// The caller's identity policies do not allow it (TRU-3, EVL-4).
  case identity
  /// The permissions boundary does not allow it (GRD-9).
  case boundary
  /// Caller and role are in different partitions (EVL-6).
  case crossPartition
  /// The caller cannot call `sts:AssumeRole` at all (root user, TRU-13).
  case notAnAssumeCaller

  /// The layer that decided it (`scp` for both SCP reasons).
  public var layer: Layer? {
    switch self {
    case .explicitDeny(let layer): return layer
    case .scpNoAllow: return .scp
    case .trust: return .trust
    case .identity: return .identity
    case .boundary: return .boundary
    case .crossPartition, .notAnAssumeCaller: return nil
    }
  }

  public var description: String {
    switch self {
    case .explicitDeny(let layer): return "explicit deny (\(layer.rawValue))"
    case .scpNoAllow: return "no SCP allow"
    case .trust: return "trust"
    case .identity: return "identity"
    case .boundary: return "boundary"
    case .crossPartition: return "crossPartition"
    case .notAnAssumeCaller: return "not an assume caller"
    }
  }
}

/// The outcome of a decision (TVL-3).
public enum Verdict: Hashable, Sendable {
  /// The formula is `T`.
  case allowed
  /// The formula is `U`: the relevant unresolved atoms, sorted.
  case conditional([UnresolvedCondition])
  /// The formula is `F`.
  case denied(DenialReason)
}

/// One statement that took part in a decision.
public struct Evidence: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// What the statement did.
  public enum Role: String, Hashable, Sendable {
    /// An `Allow` that granted (trust or identity).
    case granted
    /// An `Allow` in a limiting layer (boundary, SCP level) that let the request through.
    case permitted
    /// The `Deny` that denied.
    case denied
    /// A statement left unknown (its atoms are in the verdict).
    case leftOpen
  }

  /// What the statement did.
  public var role: Role
  /// The statement.
  public var location: StatementLocation

  public var description: String { "\(role.rawValue): \(location)" }

  public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
    // "locations differ ? location order : role order", in one pass over the fields (read in
    // place: provenance is sorted for every edge).
    let order = lhs.location.source.orderCompare(rhs.location.source)
    if order != 0 { return order < 0 }
    if lhs.location.source != rhs.location.source { return false }
    if lhs.location.index != rhs.location.index { return lhs.location.index < rhs.location.index }
    if lhs.location.sid != rhs.location.sid { return false }
    return lhs.role.rawValue < rhs.role.rawValue
  }
}

/// How an assume edge was granted (EDG-2 `basis`).
public enum EdgeBasis: String, Hashable, Sendable {
  case trustDirectSameAccount
  case trustAccountDelegation
  case trustWildcard
  case crossAccount
  case federated
  case service
}

/// Edge attributes the graph needs (EDG-2).
public struct EdgeAttributes: Hashable, Sendable {
  // The array comes first: after the one-byte fields it would pad the struct to 24 bytes,
  // and every one of millions of edges holds one.
  /// Caller-controlled keys treated as satisfiable (CND-7), sorted.
  public var callerControlled: [String] = []
  /// How the edge was granted; nil for denied decisions and non-assume requests.
  public var basis: EdgeBasis?
  /// Caller and resource in different accounts.
  public var crossAccount = false
  /// Granted by a `*` trust statement open to any AWS account (EDG-4).
  public var isPublic = false
  /// The trust policy allows `sts:TagSession` for this caller (TRU-17).
  public var tagSessionAllowed = false
  /// A condition read the reference time (CND-10).
  public var timeDependent = false
  /// Whether SCPs/RCPs were evaluated (GRD-5).
  public var guardrails = GuardrailEvaluation.evaluated
  /// The caller is a role session (chained hop, TRU-12).
  public var chainedHopCapable = false

  /// Creates default attributes.
  public init() {}
}

/// A decision with provenance: verdict, deciding statements and edge attributes.
public struct Decision: Hashable, Sendable {
  /// Allowed, conditional or denied.
  public var verdict: Verdict
  /// The statements that granted, permitted, denied or left the request open, sorted.
  public var provenance: [Evidence]
  /// Edge attributes.
  public var attributes: EdgeAttributes

  /// True when allowed.
  public var isAllowed: Bool { verdict == .allowed }
  /// True when denied.
  public var isDenied: Bool { if case .denied = verdict { return true } else { return false } }
  /// The unresolved atoms (empty unless conditional).
  public var unresolved: [UnresolvedCondition] {
    if case .conditional(let atoms) = verdict { return atoms }
    return []
  }
  /// The TVL-5 labels of the unresolved atoms, unique and sorted.
  public var labels: [String] { Array(Set(unresolved.map(\.label))).sorted() }
  /// The denial reason, when denied.
  public var denialReason: DenialReason? {
    if case .denied(let reason) = verdict { return reason }
    return nil
  }
  /// The truth value of the verdict.
  public var truth: Truth {
    switch verdict {
    case .allowed: return .true
    case .conditional: return .unknown
    case .denied: return .false
    }
  }
}
