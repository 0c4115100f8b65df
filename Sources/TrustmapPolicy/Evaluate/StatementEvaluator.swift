/// The concrete request a statement is matched against.
struct EvalRequest {
  static let assumeRole = "sts:assumerole"
  static let tagSession = "sts:tagsession"

  /// Lowercased action (MAT-1, MAT-4).
  let action: String
  /// True when `action` is `sts:assumerole`: statements are pre-filtered for it.
  let isAssumeRole: Bool
  /// True when `action` is `sts:tagsession` (TRU-17 probe): statements are pre-filtered for it.
  let isTagSession: Bool
  /// The resource ARN text; nil for trust policies, whose resource is the role itself.
  let resource: String?
  /// The caller for `Principal` matching; nil for policies without principals.
  let caller: CallerIdentity?
  /// The caller's hashes for the fast path's principal matching.
  let callerKey: CallerKey?
  /// The resource's partition (bare account principals live in it).
  let partition: String

  init(action: String, resource: String?, caller: CallerIdentity?, partition: String) {
    self.action = action
    isAssumeRole = action == EvalRequest.assumeRole
    isTagSession = !isAssumeRole && action == EvalRequest.tagSession
    self.resource = resource
    self.caller = caller
    callerKey = caller?.key
    self.partition = partition
  }

  /// This request for the layers that match no principal (identity, boundary, SCPs): the
  /// action's flags are taken over instead of being worked out again.
  var withoutCaller: EvalRequest { EvalRequest(self, caller: nil) }

  private init(_ request: EvalRequest, caller: CallerIdentity?) {
    (action, isAssumeRole, isTagSession) =
      (request.action, request.isAssumeRole, request.isTagSession)
    (resource, partition) = (request.resource, request.partition)
    self.caller = caller
    callerKey = caller?.key
  }
}

/// The three-valued `match(stmt)` of §3.7 and its OR over policies (TVL-2).
enum StatementEvaluator {
  /// Accumulates `Allow`/`Deny` terms (and the direct-trust term) over `policies`.
  static func accumulate(
    _ policies: [CompiledPolicy], layer: Layer, request: EvalRequest, context: RequestContext,
    trace: inout EvalTrace, into result: inout LayerResult
  ) {
    for policy in policies {
      accumulate(
        policy, layer: layer, request: request, context: context, trace: &trace, into: &result)
    }
  }

  /// One policy's statements folded into `result`: reads the positions and statements in
  /// place (no copy of the whole document, no one-element array around the policy).
  static func accumulate(
    _ policy: CompiledPolicy, layer: Layer, request: EvalRequest, context: RequestContext,
    trace: inout EvalTrace, into result: inout LayerResult
  ) {
    let positions = policy.positions(
      assumeRole: request.isAssumeRole, denyOnly: result.denyOnly, tagSession: request.isTagSession
    )
    if positions.isEmpty { return }
    let statements = policy.statements
    positions.withUnsafeBufferPointer { indices in
      statements.withUnsafeBufferPointer { statements in
        for position in indices {
          accumulate(
            statements[position], at: position, of: policy, layer: layer, request: request,
            context: context, trace: &trace, into: &result)
        }
      }
    }
  }

  /// One statement's contribution to the layer's terms.
  @inline(__always)
  static func accumulate(
    _ statement: CompiledStatement, at position: Int, of policy: CompiledPolicy, layer: Layer,
    request: EvalRequest, context: RequestContext, trace: inout EvalTrace,
    into result: inout LayerResult
  ) {
    let effect = statement.storage.effect
    if effect == .allow && (result.denyOnly || (result.allow.truth == .true && layer != .trust)) {
      return
    }
    if effect == .deny && result.deny.truth == .true { return }
    var atoms: [UnresolvedCondition] = []
    let (truth, kind) = match(
      statement, policy: policy, layer: layer, request: request, context: context,
      trace: &trace, atoms: &atoms)
    if truth == .false { return }
    let ref = StatementRef(policy: policy, position: position)
    if effect == .deny {
      result.deny.or(truth, atoms: atoms, witness: ref)
    } else {
      result.allow.or(truth, atoms: atoms, witness: ref)
      // Only the trust layer's direct term is ever read: elsewhere it would only hold refs.
      if kind.isDirect && layer == .trust { result.direct.or(truth, atoms: atoms, witness: ref) }
    }
  }

  /// `principal ∧ action ∧ resource ∧ conditions` for one statement.
  static func match(
    _ statement: CompiledStatement, policy: CompiledPolicy, layer: Layer, request: EvalRequest,
    context: RequestContext, trace: inout EvalTrace, atoms: inout [UnresolvedCondition]
  ) -> (Truth, PrincipalMatch) {
    let storage = statement.storage
    if storage.neverApplies
      || (!request.isAssumeRole && !request.isTagSession
        && !statement.coversAction(request.action))
    {
      return (.false, .none)
    }
    var truth = Truth.true
    var kind = PrincipalMatch.direct
    var session: String?
    if let principals = storage.principalIndex, let caller = request.caller {
      (kind, session) = caller.match(principals, resourcePartition: request.partition)
      // Outside trust policies (RCPs), "*" covers every caller, federated and service ones too.
      if kind == .none && layer != .trust && principals.anyone { kind = .wildcard }
      if statement.notPrincipal { kind = kind == .none ? .wildcard : .none }
      if kind == .none { return (.false, .none) }
    }
    let polarity: Polarity = statement.effect == .allow ? .requires : .forbids
    if let resources = statement.resources, let resource = request.resource {
      truth = resourceTruth(
        statement, resources, resource, context, layer, polarity, policy, &atoms)
      if truth == .false { return (.false, kind) }
    }
    let saved = trace.callerControlled.count
    let favorable: Truth = storage.effect == .allow ? .true : .false
    let failed = storage.conditions.withUnsafeBufferPointer { clauses -> Bool in
      for index in clauses.indices {
        let value = ConditionEvaluator.evaluate(
          clauses[index], in: context, favorable: favorable, trace: &trace)
        if value == .false {
          if clauses[index].key.kind != .callerControlled, trace.callerControlled.count > saved {
            trace.callerControlled.removeSubrange(saved...)
          }
          return true
        }
        if value == .unknown {
          atoms.append(atom(clauses[index], layer, polarity, policy, statement))
          truth = .unknown
        }
      }
      return false
    }
    if failed {
      atoms.removeAll()
      return (.false, kind)
    }
    if let session { trace.noteCallerControlled("sessionName = \(session)") }
    return (truth, kind)
  }

  static func atom(
    _ clause: ConditionClause, _ layer: Layer, _ polarity: Polarity, _ policy: CompiledPolicy,
    _ statement: CompiledStatement
  ) -> UnresolvedCondition {
    let subject = UnresolvedCondition.Subject.condition(
      key: clause.key.name, operator: clause.op.name, values: clause.rawValues)
    return UnresolvedCondition(
      subject: subject, layer: layer, polarity: polarity, location: location(policy, statement))
  }

  static func location(_ policy: CompiledPolicy, _ statement: CompiledStatement)
    -> StatementLocation
  {
    StatementLocation(source: policy.source, index: statement.index, sid: statement.sid)
  }

  static func resourceTruth(
    _ statement: CompiledStatement, _ patterns: [ResourcePattern], _ resource: String,
    _ context: RequestContext, _ layer: Layer, _ polarity: Polarity, _ policy: CompiledPolicy,
    _ atoms: inout [UnresolvedCondition]
  ) -> Truth {
    var truth = Truth.false
    for pattern in patterns {
      switch pattern {
      case .any: truth = .true
      case .arn(let arn): truth = truth || Truth(arn.matches(resource))
      case .invalid: break
      case .template(let template):
        switch template.resolve(wildcards: true, in: context) {
        case .absent: break
        case .unknown(let key):
          atoms.append(
            UnresolvedCondition(
              subject: .variable(key: key.name), layer: layer, polarity: polarity,
              location: location(policy, statement)))
          truth = truth || .unknown
        case .tokens(let tokens):
          if case .success(let arn) = ArnPattern.compile(tokens: tokens) {
            truth = truth || Truth(arn.matches(resource))
          }
        }
      }
      if truth == .true { break }
    }
    if truth != .unknown, !atoms.isEmpty { atoms.removeAll() }
    return statement.notResource ? !truth : truth
  }
}

/// The `Allow`, `Deny` and direct-trust terms of one layer.
struct LayerResult {
  var allow = Term.false
  var deny = Term.false
  /// Trust only: `Allow` statements that name the caller itself or `*` (§3.7 `trustDirect`).
  var direct = Term.false
  /// Only `Deny` statements matter (the decision is already `F`; only the reason is open).
  var denyOnly = false
}
