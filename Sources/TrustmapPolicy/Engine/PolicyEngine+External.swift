import TrustmapModel

extension PolicyEngine {
  /// Federated, service and placeholder callers: no identity side (§3.7 last paragraph, EDG-6).
  func decideWithoutIdentity(_ caller: Caller, _ role: TrustSide, _ action: String) -> Decision {
    let partition = role.roleARN.partition
    let (identity, facts, basis) = describe(caller, partition: partition)
    let context = RequestContext(
      principal: facts, resource: role.resourceFacts, time: options.referenceTime)
    var trace = EvalTrace()
    var builder = DecisionBuilder(
      factors: Factors(same: false), options: options, guardrails: guardrailsEvaluated)
    trustLayer(role, identity, action, context, &trace, into: &builder.factors.trust)
    if basis == .crossAccount {
      let account = identity.account.isEmpty ? "EXTERNAL_ANY" : identity.account
      builder.factors.identityAllow = .unknown(
        UnresolvedCondition(
          subject: .identityNotImported(account), layer: .identity, polarity: .requires))
    } else {
      builder.factors.identityAllow = nil
    }
    let request = EvalRequest(
      action: action, resource: role.roleARN.rawValue, caller: identity, partition: partition)
    builder.factors.rcpDeny = StatementEvaluator.rcpDeny(
      role.rcp, request: request, context: context, trace: &trace)
    builder.fixedBasis = basis
    var decision = builder.build(trace: trace, publicPositions: role.publicPositions)
    if !decision.isDenied {
      decision.attributes.tagSessionAllowed = tagSessionAllowed(role, identity, context)
    }
    return decision
  }

  /// The principal-matching identity and context facts of a non-IAM or placeholder caller.
  func describe(_ caller: Caller, partition: String) -> (CallerIdentity, PrincipalFacts, EdgeBasis)
  {
    var facts = PrincipalFacts()
    func identity(_ kind: CallerIdentity.Kind, _ name: String, _ account: String) -> CallerIdentity
    {
      CallerIdentity(
        kind: kind, name: name, account: account, partition: partition, uniqueID: nil, roleName: nil
      )
    }
    switch caller {
    case .samlProvider(let arn):
      facts = federatedFacts()
      return (identity(.samlProvider, arn.rawValue, arn.account), facts, .federated)
    case .oidcProvider(let name):
      facts = federatedFacts()
      return (identity(.oidcProvider, name, ""), facts, .federated)
    case .service(let name):
      facts.isAWSService = .value("true")
      facts.serviceName = .value(name)
      facts.arn = .absent
      facts.account = .absent
      facts.orgID = .absent
      facts.orgPaths = .absent
      facts.tags = [:]
      return (identity(.service, name, ""), facts, .service)
    case .externalAccount(let id):
      facts = placeholderFacts(account: id.rawValue)
      return (identity(.externalAccount, "", id.rawValue), facts, .crossAccount)
    case .externalPrincipal(let arn):
      facts = placeholderFacts(account: arn.account)
      facts.arn = .value(arn.rawValue)
      return (identity(.externalPrincipal, arn.rawValue, arn.account), facts, .crossAccount)
    case .externalAny, .principal, .accountRoot:
      facts = PrincipalFacts.externalAny(
        importedAccounts: importedAccounts, knownOrgIDs: knownOrgIDs, orgKnown: guardrailsEvaluated)
      return (identity(.externalAny, "", ""), facts, .crossAccount)
    }
  }

  /// SAML/OIDC callers hold no AWS credentials: principal keys are absent (TRU-15, TRU-16).
  func federatedFacts() -> PrincipalFacts {
    var facts = PrincipalFacts()
    facts.arn = .absent
    facts.account = .absent
    facts.orgID = .absent
    facts.orgPaths = .absent
    facts.username = .absent
    facts.tags = [:]
    return facts
  }

  func placeholderFacts(account: String) -> PrincipalFacts {
    var facts = PrincipalFacts()
    let org = self.facts(of: account)
    facts.account = .value(account)
    facts.orgID = org.orgID
    facts.orgPaths = org.orgPaths
    facts.tags = nil
    return facts
  }
}
