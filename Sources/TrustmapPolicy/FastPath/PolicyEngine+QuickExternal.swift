import TrustmapModel

extension PolicyEngine {
  /// Federated, service and placeholder callers (mirrors `decideWithoutIdentity`).
  func quickVerdictWithoutIdentity(_ caller: Caller, _ role: TrustSide, _ action: String)
    -> QuickVerdict
  {
    let partition = role.roleARN.partition
    let (identity, facts, basis) = describe(caller, partition: partition)
    let context = RequestContext(
      principal: Box(facts), resource: role.resourceBox, time: options.referenceTime)
    var trace = EvalTrace()
    let request = EvalRequest(
      action: action, resource: role.roleARN.rawValue, caller: identity, partition: partition)
    var factors = QuickFactors(same: false, trust: quickTrust(role, request, context, &trace))
    // EDG-6: an unimported caller's identity side is unknown; others have none.
    factors.identityAllow = basis == .crossAccount ? .unknown : nil
    let rcp = quickRCPDeny(role.rcp, request, context, &trace)
    factors.addDeny(rcp.deny, rcp.denyLayer)
    return factors.verdict(boundaryAppliesToDirectTrust: options.boundaryAppliesToDirectTrust)
  }
}
