import TrustmapModel

// Cheap, conservative pre-filters for the graph builder: they never say "no" when the exact
// evaluation could say allowed or conditional, so skipping a pair on `false` is exact.
extension IdentitySide {
  /// False only when no identity `Allow` can grant `action` (any case) on `resource`: no statement
  /// covers the action and resource, and no policy document is missing (TVL-6).
  ///
  /// Denies, boundaries and SCPs are ignored (they can only take an allow away).
  public func mayAllow(action: String, on resource: ARN) -> Bool {
    if isIncomplete { return true }
    let lowered = action.lowercased()
    for policy in policies {
      for statement in policy.statements where statement.effect == .allow && !statement.neverApplies
      {
        guard statement.coversAction(lowered) else { continue }
        if statement.mayCover(resource: resource.rawValue) { return true }
      }
    }
    return false
  }

  /// False only when no identity `Allow` covers any of `actions` (on any resource) and no
  /// policy document is missing.
  public func mayAllowAny(of actions: [String]) -> Bool {
    mayAllowAny(lowercased: actions.map { $0.lowercased() })
  }

  /// `mayAllowAny(of: AdminShareKey.selfEscalationActions)`, with the list lowercased once:
  /// the graph asks it of every principal.
  public var mayAllowSelfEscalation: Bool {
    mayAllowAny(lowercased: AdminShareKey.selfEscalationActionsLowercased)
  }

  func mayAllowAny(lowercased lowered: [String]) -> Bool {
    if isIncomplete { return true }
    for policy in policies {
      for statement in policy.statements where statement.effect == .allow && !statement.neverApplies
      {
        if lowered.contains(where: { statement.coversAction($0) }) { return true }
      }
    }
    return false
  }
}

extension CompiledStatement {
  /// Conservative resource check: templates and `NotResource` count as "may cover".
  func mayCover(resource: String) -> Bool {
    guard let resources else { return true }
    if notResource { return true }
    for pattern in resources {
      switch pattern {
      case .any, .template: return true
      case .arn(let arn): if arn.matches(resource) { return true }
      case .invalid: continue
      }
    }
    return false
  }
}
