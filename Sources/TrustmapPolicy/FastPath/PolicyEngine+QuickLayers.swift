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

/// The §3.7 factors as truth values (mirrors `Factors` and `DecisionBuilder`).
struct QuickFactors {
  let same: Bool
  let trust: QuickLayer
  /// nil when the caller has no identity side (federated, service).
  var identityAllow: Truth? = .false
  var boundaryOK = Truth.true
  var scpOK = Truth.true
  /// `denyAny` and the layer of its first `T` (order trust, identity, boundary, SCP, RCP).
  var deny: Truth
  var denyLayer: Layer?

  init(same: Bool, trust: QuickLayer) {
    self.same = same
    self.trust = trust
    deny = trust.deny
    denyLayer = trust.deny == .true ? trust.denyLayer : nil
  }

  mutating func addDeny(_ truth: Truth, _ layer: Layer?) {
    if deny == .true { return }
    if truth == .true { denyLayer = layer }
    deny = deny || truth
  }

  /// `grant ∧ ¬denyAny ∧ boundaryOK ∧ scpOK`, and the first failing factor when `F`.
  func verdict(boundaryAppliesToDirectTrust: Bool) -> QuickVerdict {
    let direct = same ? trust.direct : Truth.false
    let delegated = identityAllow.map { trust.allow && $0 } ?? trust.allow
    let grant = direct || delegated
    let boundary = !boundaryAppliesToDirectTrust && direct == .true ? Truth.true : boundaryOK
    switch grant && !deny && boundary && scpOK {
    case .true: return .allowed
    case .unknown: return .conditional
    case .false:
      if deny == .true, let denyLayer { return .denied(.explicitDeny(denyLayer)) }
      if scpOK == .false { return .denied(.scpNoAllow) }
      if grant == .false {
        return .denied(trust.allow == .false || identityAllow == nil ? .trust : .identity)
      }
      return .denied(boundary == .false ? .boundary : .trust)
    }
  }
}
