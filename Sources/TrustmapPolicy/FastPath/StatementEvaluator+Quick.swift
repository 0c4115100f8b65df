/// Which parts of an `EvalRequest` a layer matches against.
enum QuickScope {
  /// Trust policies and RCPs: the caller, and the resource when the statement names one.
  case callerAndResource
  /// Trust policies: the caller only (their resource is the role itself).
  case caller
  /// Identity, boundary and SCP policies: the resource only.
  case resource
}

extension StatementEvaluator {
  /// `accumulate` without atoms, witnesses or trace strings (same skips, same order).
  ///
  /// `scope` says which parts of `request` apply: trust policies match the caller but have no
  /// resource; identity, boundary and SCP policies match the resource but no principal.
  static func quickAccumulate(
    _ policies: [CompiledPolicy], layer: Layer, request: EvalRequest, scope: QuickScope,
    context: RequestContext, trace: inout EvalTrace, into result: inout QuickLayer
  ) {
    for policy in policies {
      quickAccumulate(
        policy, layer: layer, request: request, scope: scope, context: context, trace: &trace,
        into: &result)
    }
  }

  /// One policy's statements folded into `result`.
  static func quickAccumulate(
    _ policy: CompiledPolicy, layer: Layer, request: EvalRequest, scope: QuickScope,
    context: RequestContext, trace: inout EvalTrace, into result: inout QuickLayer
  ) {
    let positions = policy.positions(
      assumeRole: request.isAssumeRole, denyOnly: result.denyOnly, tagSession: request.isTagSession
    )
    if positions.isEmpty { return }
    let statements = policy.statements
    for position in positions {
      let storage = statements[position].storage
      let effect = storage.effect
      if effect == .allow {
        if result.denyOnly { continue }
        if result.allow == .true && (layer != .trust || result.direct == .true) { continue }
      } else if result.deny == .true {
        continue
      }
      let (truth, kind) = quickMatch(
        storage, layer: layer, request: request, scope: scope, context: context, trace: &trace)
      if truth == .false { continue }
      result.add(truth, effect: effect, kind: kind, statement: storage, policy: policy)
    }
  }

  /// `match` without atoms: `principal ∧ action ∧ resource ∧ conditions` (TVL-2).
  @inline(__always)
  static func quickMatch(
    _ storage: CompiledStatement.Storage, layer: Layer, request: EvalRequest, scope: QuickScope,
    context: RequestContext, trace: inout EvalTrace
  ) -> (Truth, PrincipalMatch) {
    if storage.neverApplies
      || (!request.isAssumeRole && !request.isTagSession
        && !CompiledStatement(storage: storage).coversAction(request.action))
    {
      return (.false, .none)
    }
    var kind = PrincipalMatch.direct
    if scope != .resource, let principals = storage.principalIndex, let key = request.callerKey {
      kind = principals.quickMatch(key, request)
      if kind == .none && layer != .trust && principals.anyone { kind = .wildcard }
      if storage.notPrincipal { kind = kind == .none ? .wildcard : .none }
      if kind == .none { return (.false, .none) }
    }
    var truth = Truth.true
    if scope != .caller, let resources = storage.resources, let resource = request.resource {
      truth = quickResourceTruth(resources, resource, context)
      if storage.notResource { truth = !truth }
      if truth == .false { return (.false, kind) }
    }
    if storage.conditions.isEmpty { return (truth, kind) }
    return (truth && quickConditions(storage, context: context, trace: &trace), kind)
  }

  /// The AND of a statement's condition clauses (GRM-11), stopping at the first `F`.
  @inline(__always)
  static func quickConditions(
    _ statement: CompiledStatement.Storage, context: RequestContext, trace: inout EvalTrace
  ) -> Truth {
    let favorable: Truth = statement.effect == .allow ? .true : .false
    let noExtra = context.extra.isEmpty
    return statement.conditions.withUnsafeBufferPointer { clauses -> Truth in
      var truth = Truth.true
      for index in clauses.indices {
        var value: Truth?
        switch noExtra ? clauses[index].storage.quick : .general {
        case .callerControlled: value = favorable  // CND-7: the caller picks what helps it
        case .unknownKey: value = .unknown  // §4.3: unresolved
        case .fixed(let fixed): value = fixed
        case .general: break
        }
        let clause =
          value
          ?? ConditionEvaluator.evaluate(
            clauses[index], in: context, favorable: favorable, trace: &trace)
        if clause == .false { return .false }
        truth = truth && clause
      }
      return truth
    }
  }

  /// MAT-5..6 over a statement's resource patterns, variables substituted (VAR-5).
  static func quickResourceTruth(
    _ patterns: [ResourcePattern], _ resource: String, _ context: RequestContext
  ) -> Truth {
    var truth = Truth.false
    for pattern in patterns {
      switch pattern {
      case .any: return .true
      case .arn(let arn): if arn.matches(resource) { return .true }
      case .invalid: break
      case .template(let template):
        switch template.resolve(wildcards: true, in: context) {
        case .absent: break
        case .unknown: truth = .unknown
        case .tokens(let tokens):
          if case .success(let arn) = ArnPattern.compile(tokens: tokens), arn.matches(resource) {
            return .true
          }
        }
      }
    }
    return truth
  }
}
