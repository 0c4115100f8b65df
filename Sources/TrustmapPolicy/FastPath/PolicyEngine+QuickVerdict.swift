import TrustmapModel

extension PolicyEngine {
  /// The verdict of `decideAssumeRole(caller:role:action:)` (allowed, conditional, or denied
  /// with the same reason) without provenance, unresolved atoms or edge attributes (EVL-7).
  ///
  /// Much cheaper than the detailed decision: call it first and ask for the detailed decision
  /// only when the verdict is not denied.
  public func assumeRoleVerdict(caller: Caller, role: TrustSide, action: String? = nil)
    -> QuickVerdict
  {
    let lowered: String
    if let action {
      lowered = action == "sts:AssumeRole" ? EvalRequest.assumeRole : action.lowercased()
    } else {
      switch caller {
      case .samlProvider: lowered = "sts:assumerolewithsaml"
      case .oidcProvider: lowered = "sts:assumerolewithwebidentity"
      default: lowered = EvalRequest.assumeRole
      }
    }
    switch caller {
    case .accountRoot: return .denied(.notAnAssumeCaller)
    case .principal(let side): return quickVerdict(side, role, lowered)
    default: return quickVerdictWithoutIdentity(caller, role, lowered)
    }
  }

  /// An imported user or role session as caller (mirrors `decide`).
  func quickVerdict(_ side: IdentitySide, _ role: TrustSide, _ action: String) -> QuickVerdict {
    let partition = role.roleARN.partition
    guard side.arn.partition == partition else { return .denied(.crossPartition) }
    let context = RequestContext(
      principal: side.factsBox, resource: role.resourceBox, time: options.referenceTime)
    var trace = EvalTrace()
    let request = EvalRequest(
      action: action, resource: role.roleARN.rawValue, caller: side.caller, partition: partition)
    let trust = quickTrust(role, request, context, &trace)
    if trust.allow == .false {
      return .denied(quickTrustDenied(side, role, request, context, trust, &trace))
    }
    var factors = QuickFactors(same: side.accountID == role.accountID, trust: trust)
    quickIdentity(side, request, context, &trace, &factors)
    let rcp = quickRCPDeny(role.rcp, request, context, &trace)
    factors.addDeny(rcp.deny, rcp.denyLayer)
    return factors.verdict(boundaryAppliesToDirectTrust: options.boundaryAppliesToDirectTrust)
  }

  /// The trust layer (mirrors `trustLayer`, including the §7.2 switch).
  func quickTrust(
    _ role: TrustSide, _ request: EvalRequest, _ context: RequestContext,
    _ trace: inout EvalTrace
  ) -> QuickLayer {
    var trust = QuickLayer()
    StatementEvaluator.quickAccumulate(
      role.policy, layer: .trust, request: request, scope: .caller, context: context,
      trace: &trace, into: &trust)
    if !options.wildcardIsDirectGrantSameAccount, trust.direct == .true, trust.directByWildcard {
      trust.direct = .false
    }
    return trust
  }

  /// The reason when `trustAny` is `F`: a matching `Deny` anywhere first, else `trust`.
  func quickTrustDenied(
    _ side: IdentitySide, _ role: TrustSide, _ request: EvalRequest, _ context: RequestContext,
    _ trust: QuickLayer, _ trace: inout EvalTrace
  ) -> DenialReason {
    if trust.deny == .true, let layer = trust.denyLayer { return .explicitDeny(layer) }
    if side.deniesAssumeRole || !request.isAssumeRole {
      var layer = QuickLayer()
      layer.denyOnly = true
      StatementEvaluator.quickAccumulate(
        side.policies, layer: .identity, request: request, scope: .resource, context: context,
        trace: &trace, into: &layer)
      if case .policy(let boundary) = side.boundary, layer.deny != .true {
        StatementEvaluator.quickAccumulate(
          boundary, layer: .boundary, request: request, scope: .resource, context: context,
          trace: &trace, into: &layer)
      }
      if layer.deny == .true, let found = layer.denyLayer { return .explicitDeny(found) }
    }
    let scp = quickSCP(side.scp, request, context, &trace, denyOnly: true)
    if scp.deny == .true, let found = scp.denyLayer { return .explicitDeny(found) }
    let rcp = quickRCPDeny(role.rcp, request, context, &trace)
    if rcp.deny == .true, let found = rcp.denyLayer { return .explicitDeny(found) }
    return .trust
  }
}
