/// The three-valued outcome of an assume decision without provenance (TVL-3): what
/// `PolicyEngine.assumeRoleVerdict(caller:role:action:)` returns.
///
/// It always equals the verdict kind and denial reason of the detailed
/// `decideAssumeRole(caller:role:action:)`, which stays the source of truth for provenance and
/// unresolved atoms.
public enum QuickVerdict: Hashable, Sendable, CustomStringConvertible {
  /// The §3.7 formula is `T`.
  case allowed
  /// The formula is `U` (the atoms are only in the detailed decision).
  case conditional
  /// The formula is `F`, with the first failing factor in the §3.7 order.
  case denied(DenialReason)

  /// The verdict kind and reason of a detailed decision.
  public init(_ verdict: Verdict) {
    switch verdict {
    case .allowed: self = .allowed
    case .conditional: self = .conditional
    case .denied(let reason): self = .denied(reason)
    }
  }

  /// The truth value (`T`, `U` or `F`).
  public var truth: Truth {
    switch self {
    case .allowed: return .true
    case .conditional: return .unknown
    case .denied: return .false
    }
  }

  /// True when denied: the graph can skip the detailed decision.
  public var isDenied: Bool { truth == .false }

  public var description: String {
    switch self {
    case .allowed: return "allowed"
    case .conditional: return "conditional"
    case .denied(let reason): return "denied(\(reason))"
    }
  }
}
