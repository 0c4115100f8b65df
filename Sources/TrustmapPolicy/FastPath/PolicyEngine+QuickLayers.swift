import TrustmapModel

extension PolicyEngine {
  /// Identity policies, boundary and SCPs of an IAM caller (mirrors `identityFactors`).
  func quickIdentity(
    _ side: IdentitySide, _ request: EvalRequest, _ context: RequestContext,
    _ trace: inout EvalTrace, _ factors: inout QuickFactors
  ) {
    var identity = QuickLayer()
    StatementEvaluator.quickAccumulate(
      side.policies, layer: .identity, request: request, scope: .resource, context: context,
      trace: &trace, into: &identity)
    if !side.missingPolicies.isEmpty {  // TVL-6
      identity.allow = identity.allow || .unknown
      identity.deny = identity.deny || .unknown
    }
    if !side.unresolvedGroups.isEmpty { identity.allow = identity.allow || .unknown }
    factors.identityAllow = identity.allow
    factors.addDeny(identity.deny, identity.denyLayer)
    switch side.boundary {
    case .none: factors.boundaryOK = .true
    case .missing:
      factors.boundaryOK = .unknown
      factors.addDeny(.unknown, nil)
    case .policy(let policy):
      var boundary = QuickLayer()
      StatementEvaluator.quickAccumulate(
        policy, layer: .boundary, request: request, scope: .resource, context: context,
        trace: &trace, into: &boundary)
      factors.boundaryOK = boundary.allow
      factors.addDeny(boundary.deny, boundary.denyLayer)
    }
    let scp = quickSCP(side.scp, request, context, &trace, denyOnly: false)
    factors.scpOK = scp.allow
    factors.addDeny(scp.deny, scp.denyLayer)
  }

  /// SCP chain (GRD-1): `allow` is the AND over levels of each level's OR of `Allow`s.
  func quickSCP(
    _ status: GuardrailStatus, _ request: EvalRequest, _ context: RequestContext,
    _ trace: inout EvalTrace, denyOnly: Bool
  ) -> QuickLayer {
    var result = QuickLayer()
    result.allow = .true
    guard let chain = status.chain else { return result }
    if denyOnly && request.isAssumeRole && !chain.deniesAssumeRole { return result }
    for level in chain.levels {
      var layer = QuickLayer()
      layer.denyOnly = denyOnly
      StatementEvaluator.quickAccumulate(
        level.policies, layer: .scp, request: request, scope: .resource, context: context,
        trace: &trace, into: &layer)
      if result.deny != .true {
        if layer.deny == .true { result.denyLayer = layer.denyLayer }
        result.deny = result.deny || layer.deny
      }
      result.allow = result.allow && layer.allow
    }
    return result
  }

  /// RCP chain: only `Deny`s count (GRD-6).
  func quickRCPDeny(
    _ status: GuardrailStatus, _ request: EvalRequest, _ context: RequestContext,
    _ trace: inout EvalTrace
  ) -> QuickLayer {
    var result = QuickLayer()
    result.denyOnly = true
    guard let chain = status.chain else { return result }
    if request.isAssumeRole && !chain.deniesAssumeRole { return result }
    for level in chain.levels where result.deny != .true {
      StatementEvaluator.quickAccumulate(
        level.policies, layer: .rcp, request: request, scope: .callerAndResource,
        context: context, trace: &trace, into: &result)
    }
    return result
  }
}
