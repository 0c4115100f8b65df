import Testing
import TrustmapModel
import TrustmapPolicy

extension PolicyEngine {
  /// `decideAssumeRole`, cross-checked against the fast verdict (EVL-7): every §6 row that
  /// decides through the fixture also guards `assumeRoleVerdict`.
  func decideChecked(caller: Caller, role: TrustSide, action: String? = nil) -> Decision {
    let decision = decideAssumeRole(caller: caller, role: role, action: action)
    let quick = assumeRoleVerdict(caller: caller, role: role, action: action)
    #expect(
      quick == QuickVerdict(decision.verdict),
      "fast path \(quick) ≠ detailed \(decision.summary) for \(caller) → \(role.roleARN)")
    return decision
  }
}
