import TrustmapModel

/// Why a principal counts as an administrator (ADM-1, ADM-2): the requests that proved it and
/// the statements that allowed them, for reports to show "the policy and statement".
public struct AdminExplanation: Hashable, Sendable {
  /// How admin power was established.
  public var basis: AdminStatus.Basis
  /// For self-escalation (ADM-2): the request that lets the principal rewrite its own
  /// permissions, such as `iam:PutRolePolicy` on itself; nil for ADM-1.
  public var action: String?
  /// The resource of `action`.
  public var resource: String?
  /// The statements that allowed the probes (ADM-1) or `action` (ADM-2): identity statements
  /// that granted, and boundary or SCP statements that let them through, sorted.
  public var statements: [Evidence]
}

extension PolicyEngine {
  /// Why `side` is an administrator, or nil when it is not one (same evaluation as
  /// `adminStatus(of:)`, kept apart so the graph build does not collect provenance).
  public func adminExplanation(of side: IdentitySide) -> AdminExplanation? {
    let targets = AdminProbeTargets(side)
    let probes = Self.adminProbes(targets).compactMap { probe(side, $0.0, $0.1, $0.2) }
    if !probes.isEmpty, probes.allSatisfy(\.isAllowed) {
      return AdminExplanation(
        basis: .probes, action: nil, resource: nil, statements: Self.allowing(probes))
    }
    guard case .admin(.selfEscalation) = adminStatus(of: side, targets: targets) else {
      return nil
    }
    for request in selfEscalationRequests(side, targets: targets) {
      guard let decision = probe(side, request.0, request.1, request.2), decision.isAllowed
      else { continue }
      return AdminExplanation(
        basis: .selfEscalation, action: request.0, resource: request.1?.rawValue,
        statements: Self.allowing([decision]))
    }
    return nil
  }

  /// The granting and permitting statements of `decisions`, unique and sorted.
  static func allowing(_ decisions: [Decision]) -> [Evidence] {
    let evidence = decisions.flatMap(\.provenance).filter {
      $0.role == .granted || $0.role == .permitted
    }
    return Array(Set(evidence)).sorted()
  }
}
