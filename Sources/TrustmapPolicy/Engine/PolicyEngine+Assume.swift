import TrustmapModel

extension PolicyEngine {
  /// Decides whether `caller` may call `action` (default: the caller's STS action) on `role`,
  /// by the assume-edge formula of §3.7 (EVL-7), with provenance and edge attributes.
  public func decideAssumeRole(caller: Caller, role: TrustSide, action: String? = nil) -> Decision {
    decideAssumeRole(caller: caller, role: role, action: action, memo: nil)
  }

  /// `decideAssumeRole(caller:role:action:)`, taking the SCP terms from `memo` where it holds
  /// them (a memo made for another role is not used).
  public func decideAssumeRole(
    caller: Caller, role: TrustSide, action: String? = nil, memo: GuardrailMemo?
  ) -> Decision {
    let action = action ?? caller.defaultAction
    let lowered = action == "sts:AssumeRole" ? "sts:assumerole" : action.lowercased()
    switch caller {
    case .accountRoot:
      return DecisionBuilder.denied(.notAnAssumeCaller, guardrails: guardrailsEvaluated)
    case .principal(let side): return decide(side, role, lowered, memo: memo)
    default: return decideWithoutIdentity(caller, role, lowered)
    }
  }

  /// An imported user or role session as caller.
  func decide(_ side: IdentitySide, _ role: TrustSide, _ action: String, memo: GuardrailMemo?)
    -> Decision
  {
    let partition = role.roleARN.partition
    guard side.arn.partition == partition else {
      return DecisionBuilder.denied(.crossPartition, guardrails: guardrailsEvaluated)
    }
    let context = RequestContext(
      principal: side.factsBox, resource: role.resourceBox, time: options.referenceTime)
    var trace = EvalTrace()
    // The builder owns the factors and they are filled in place: never copied.
    var builder = DecisionBuilder(
      factors: Factors(same: side.accountID == role.accountID), options: options,
      guardrails: guardrailsEvaluated)
    trustLayer(role, side.caller, action, context, &trace, into: &builder.factors.trust)
    let request = EvalRequest(
      action: action, resource: role.roleARN.rawValue, caller: side.caller, partition: partition)
    if builder.factors.trust.allow.truth == .false {
      // The trust side already decides F; only the reason (an explicit deny first) is open.
      var decision = trustDenied(side, role, request, context, builder.factors.trust.deny)
      decision.attributes.timeDependent = decision.attributes.timeDependent || trace.timeDependent
      return decision
    }
    identityFactors(
      side, request, context, &trace, &builder.factors, memo: memo?.role == role ? memo : nil)
    builder.factors.rcpDeny = StatementEvaluator.rcpDeny(
      role.rcp, request: request, context: context, trace: &trace)
    var decision = builder.build(trace: trace, publicPositions: role.publicPositions)
    if !decision.isDenied {
      decision.attributes.tagSessionAllowed = tagSessionAllowed(role, side.caller, context)
      decision.attributes.chainedHopCapable = side.kind == .role
    }
    return decision
  }

  /// Identity policies, boundary and SCPs of an IAM caller (EVL-1).
  func identityFactors(
    _ side: IdentitySide, _ request: EvalRequest, _ context: RequestContext,
    _ trace: inout EvalTrace, _ factors: inout Factors, memo: GuardrailMemo? = nil
  ) {
    let identityRequest = request.withoutCaller
    var identity = LayerResult()
    StatementEvaluator.accumulate(
      side.policies, layer: .identity, request: identityRequest, context: context, trace: &trace,
      into: &identity)
    for arn in side.missingPolicies {
      identity.allow = identity.allow.or(.unknown(Self.missing(arn, .identity, .requires)))
      identity.deny = identity.deny.or(.unknown(Self.missing(arn, .identity, .forbids)))
    }
    for group in side.unresolvedGroups {
      let atom = UnresolvedCondition(
        subject: .incompleteExport(side.accountID.rawValue + " group " + group), layer: .identity,
        polarity: .requires)
      identity.allow = identity.allow.or(.unknown(atom))
    }
    factors.identityAllow = identity.allow
    factors.identityDeny = identity.deny
    switch side.boundary {
    case .none: factors.boundaryOK = .true
    case .missing(let arn):
      factors.boundaryOK = .unknown(Self.missing(arn, .boundary, .requires))
      factors.boundaryDeny = .unknown(Self.missing(arn, .boundary, .forbids))
    case .policy(let policy):
      var boundary = LayerResult()
      StatementEvaluator.accumulate(
        policy, layer: .boundary, request: identityRequest, context: context, trace: &trace,
        into: &boundary)
      factors.boundaryOK = boundary.allow
      factors.boundaryDeny = boundary.deny
    }
    // Field by field: copying the optional result tuple as a whole goes through the runtime.
    if let entry = memo?.entry(side, identityRequest, context, &trace) {
      factors.scpOK = entry.ok
      factors.scpDeny = entry.deny
      factors.scpWitnesses = entry.witnesses
    } else {
      (factors.scpOK, factors.scpDeny, factors.scpWitnesses) = StatementEvaluator.scp(
        side.scp, request: identityRequest, context: context, trace: &trace)
    }
  }

  /// §3.7 reason order when `trustAny` is F: a matching `Deny` anywhere, else `trust`.
  func trustDenied(
    _ side: IdentitySide, _ role: TrustSide, _ request: EvalRequest, _ context: RequestContext,
    _ trustDeny: Term
  ) -> Decision {
    var trace = EvalTrace()
    var deny = trustDeny
    if deny.truth != .true {
      let identityRequest = request.withoutCaller
      // Identity and boundary: nothing to find without a Deny covering the action.
      if side.deniesAssumeRole || !request.isAssumeRole {
        var layer = LayerResult()
        layer.denyOnly = true
        StatementEvaluator.accumulate(
          side.policies, layer: .identity, request: identityRequest, context: context,
          trace: &trace, into: &layer)
        if case .policy(let boundary) = side.boundary, layer.deny.truth != .true {
          StatementEvaluator.accumulate(
            boundary, layer: .boundary, request: identityRequest, context: context,
            trace: &trace, into: &layer)
        }
        deny = deny.or(layer.deny)
      }
      if deny.truth != .true {
        deny = deny.or(
          StatementEvaluator.scp(
            side.scp, request: identityRequest, context: context, trace: &trace, denyOnly: true
          ).deny)
      }
      if deny.truth != .true {
        deny = deny.or(
          StatementEvaluator.rcpDeny(role.rcp, request: request, context: context, trace: &trace))
      }
    }
    var decision: Decision
    if deny.truth == .true, let witness = deny.witness {
      decision = DecisionBuilder.denied(
        .explicitDeny(witness.policy.source.kind.layer), guardrails: guardrailsEvaluated)
      decision.provenance = [Evidence(role: .denied, location: witness.location)]
    } else {
      decision = DecisionBuilder.denied(.trust, guardrails: guardrailsEvaluated)
    }
    decision.attributes.crossAccount = side.accountID != role.accountID
    decision.attributes.timeDependent = trace.timeDependent
    return decision
  }

  static func missing(_ arn: ARN, _ layer: Layer, _ polarity: Polarity) -> UnresolvedCondition {
    UnresolvedCondition(subject: .missingPolicy(arn.rawValue), layer: layer, polarity: polarity)
  }

  /// Folds the trust policy's statements into `trust` (a fresh `LayerResult`, filled in place).
  func trustLayer(
    _ role: TrustSide, _ caller: CallerIdentity, _ action: String, _ context: RequestContext,
    _ trace: inout EvalTrace, into trust: inout LayerResult
  ) {
    let request = EvalRequest(
      action: action, resource: nil, caller: caller, partition: role.roleARN.partition)
    StatementEvaluator.accumulate(
      role.policy, layer: .trust, request: request, context: context, trace: &trace, into: &trust)
    if !options.wildcardIsDirectGrantSameAccount, let witness = trust.direct.witness,
      witness.statement.principals?.contains(.anyone) == true
    {
      trust.direct = .false
    }
  }

  /// Whether the trust policy lets this caller pass session tags (TRU-17).
  func tagSessionAllowed(_ role: TrustSide, _ caller: CallerIdentity, _ context: RequestContext)
    -> Bool
  {
    trustAllowIsNotFalse(
      role, caller, EvalRequest.tagSession, role.policy.document.tagSessionPositions, context)
  }

  /// Whether the trust layer's `Allow` term for `action` (the statements at `positions`) is
  /// not `F`: `trustLayer(...).allow.truth != .false`, without building terms.
  ///
  /// That term is the OR of the matches of exactly these `Allow` statements (trust `Allow`s
  /// are never skipped), so the first match that is not `F` answers.
  func trustAllowIsNotFalse(
    _ role: TrustSide, _ caller: CallerIdentity, _ action: String, _ positions: [Int],
    _ context: RequestContext
  ) -> Bool {
    if positions.isEmpty { return false }
    let policy = role.policy
    let request = EvalRequest(
      action: action, resource: nil, caller: caller, partition: role.roleARN.partition)
    let statements = policy.statements
    var trace = EvalTrace()
    for position in positions where statements[position].effect == .allow {
      var atoms: [UnresolvedCondition] = []
      let (truth, _) = StatementEvaluator.match(
        statements[position], policy: policy, layer: .trust, request: request, context: context,
        trace: &trace, atoms: &atoms)
      if truth != .false { return true }
    }
    return false
  }
}
