/// The truth values of one layer (§3.7) without atoms or provenance: the fast path's
/// counterpart of `LayerResult`.
struct QuickLayer {
  var allow = Truth.false
  var deny = Truth.false
  /// Trust only: `trustDirect` of §3.7.
  var direct = Truth.false
  /// The layer of the first statement that made `deny` true (the denial reason, EVL-2).
  var denyLayer: Layer?
  /// The first statement that made `direct` true names `*` (TRU-4, §7.2 switch).
  var directByWildcard = false
  /// Only `Deny` statements matter.
  var denyOnly = false

  /// Folds one matching statement in (Kleene OR; the witness is the first `T`).
  @inline(__always)
  mutating func add(
    _ truth: Truth, effect: Effect, kind: PrincipalMatch, statement: CompiledStatement,
    policy: CompiledPolicy
  ) {
    if effect == .deny {
      if truth == .true { denyLayer = policy.source.kind.layer }
      deny = deny || truth
      return
    }
    allow = allow || truth
    if kind.isDirect && direct != .true {
      if truth == .true { directByWildcard = statement.storage.principalIndex?.anyone ?? false }
      direct = direct || truth
    }
  }
}

extension StatementEvaluator {
  /// `accumulate` without atoms, witnesses or trace strings (same skips, same order).
  static func quickAccumulate(
    _ policies: [CompiledPolicy], layer: Layer, request: EvalRequest, context: RequestContext,
    trace: inout EvalTrace, into result: inout QuickLayer
  ) {
    policies.withUnsafeBufferPointer { buffer in
      for policy in buffer.indices {
        let document = buffer[policy].document
        let positions =
          request.isAssumeRole
          ? (result.denyOnly ? document.assumeRoleDenyPositions : document.assumeRolePositions)
          : (request.isTagSession ? document.tagSessionPositions : document.allPositions)
        positions.withUnsafeBufferPointer { indices in
          document.statements.withUnsafeBufferPointer { statements in
            for position in indices {
              let statement = statements[position]
              let effect = statement.storage.effect
              if effect == .allow {
                if result.denyOnly { continue }
                if result.allow == .true && (layer != .trust || result.direct == .true) {
                  continue
                }
              } else if result.deny == .true {
                continue
              }
              let (truth, kind) = quickMatch(
                statement, layer: layer, request: request, context: context, trace: &trace)
              if truth == .false { continue }
              result.add(
                truth, effect: effect, kind: kind, statement: statement, policy: buffer[policy])
            }
          }
        }
      }
    }
  }

  /// `match` without atoms: `principal ∧ action ∧ resource ∧ conditions` (TVL-2).
  @inline(__always)
  static func quickMatch(
    _ statement: CompiledStatement, layer: Layer, request: EvalRequest, context: RequestContext,
    trace: inout EvalTrace
  ) -> (Truth, PrincipalMatch) {
    let storage = statement.storage
    if storage.neverApplies
      || (!request.isAssumeRole && !request.isTagSession
        && !statement.coversAction(request.action))
    {
      return (.false, .none)
    }
    var kind = PrincipalMatch.direct
    if let principals = storage.principalIndex, let caller = request.caller {
      kind = caller.match(principals, resourcePartition: request.partition).0
      if kind == .none && layer != .trust && principals.anyone { kind = .wildcard }
      if storage.notPrincipal { kind = kind == .none ? .wildcard : .none }
      if kind == .none { return (.false, .none) }
    }
    var truth = Truth.true
    if let resources = storage.resources, let resource = request.resource {
      truth = quickResourceTruth(resources, resource, context) 
      if storage.notResource { truth = !truth }
      if truth == .false { return (.false, kind) }
    }
    let favorable: Truth = storage.effect == .allow ? .true : .false
    let noExtra = context.extra.isEmpty
    for clause in storage.conditions {
      let value: Truth
      if noExtra && clause.storage.key.kind == .callerControlled {
        value = favorable  // CND-7: the caller picks what helps it
      } else {
        value = ConditionEvaluator.evaluate(clause, in: context, favorable: favorable, trace: &trace)
      }
      if value == .false { return (.false, kind) }
      truth = truth && value
    }
    return (truth, kind)
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
