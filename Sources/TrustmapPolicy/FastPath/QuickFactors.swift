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
