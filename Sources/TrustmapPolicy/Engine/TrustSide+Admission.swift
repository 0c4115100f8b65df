import TrustmapModel

extension PolicyEngine {
  /// False only when `role`'s trust policy alone decides F for `side` calling `sts:AssumeRole`
  /// (trustAny = F in §3.7, so grant and the decision are F): then `decideAssumeRole` is
  /// denied, and the graph can skip the candidate without the deny-only checks that only
  /// pick a denial reason.
  public func trustMayAdmit(_ side: IdentitySide, to role: TrustSide) -> Bool {
    let context = RequestContext(
      principal: side.factsBox, resource: role.resourceBox, time: options.referenceTime)
    return trustAllowIsNotFalse(
      role, side.caller, EvalRequest.assumeRole, role.policy.document.assumeRolePositions, context)
  }
}
