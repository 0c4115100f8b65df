import TrustmapModel

extension EngineBuilder {
  mutating func buildUser(_ user: User, facts template: PrincipalFacts, in account: Account) {
    var policies = user.inlinePolicies.map { inline(user.arn.rawValue, $0, account.id) }
    var missing: [ARN] = []
    attach(user.attachedPolicies, holder: user.arn.rawValue, account.id, &policies, &missing)
    for group in account.groups(of: user) {
      policies += group.inlinePolicies.map { inline(group.arn.rawValue, $0, account.id) }
      attach(group.attachedPolicies, holder: group.arn.rawValue, account.id, &policies, &missing)
    }
    let unresolved =
      account.isIncomplete ? user.groupNames.filter { account.group(named: $0) == nil } : []
    var facts = template
    facts.arn = .value(user.arn.rawValue)
    facts.type = .userType
    facts.username = .value(user.name)
    facts.userID = .value(user.id)
    facts.tags = Self.tagMap(user.tags)
    identities[user.arn.rawValue] = IdentitySide(
      IdentitySide.Parts(
        arn: user.arn, kind: .user, accountID: account.id, uniqueID: user.id,
        isServiceLinked: false,
        policies: policies, missingPolicies: missing.sorted(), unresolvedGroups: unresolved,
        boundary: boundary(user.permissionsBoundary, holder: user.arn.rawValue, account.id),
        scp: scpStatus[account.id] ?? .notEvaluated), facts: facts)
  }

  mutating func buildRole(
    _ role: Role, tags: [String: String], facts template: PrincipalFacts, in account: Account
  ) {
    var policies = role.inlinePolicies.map { inline(role.arn.rawValue, $0, account.id) }
    var missing: [ARN] = []
    attach(role.attachedPolicies, holder: role.arn.rawValue, account.id, &policies, &missing)
    var facts = template
    facts.arn = .value(role.arn.rawValue)
    facts.type = .assumedRoleType
    facts.username = .absent
    facts.userID = .unknown
    facts.roleID = role.id
    facts.tags = tags
    let scp: GuardrailStatus =
      role.isServiceLinked && scpStatus[account.id]?.chain != nil
      ? .exempt(.serviceLinkedRole) : scpStatus[account.id] ?? .notEvaluated
    identities[role.arn.rawValue] = IdentitySide(
      IdentitySide.Parts(
        arn: role.arn, kind: .role, accountID: account.id, uniqueID: role.id,
        isServiceLinked: role.isServiceLinked, policies: policies,
        missingPolicies: missing.sorted(),
        unresolvedGroups: [],
        boundary: boundary(role.permissionsBoundary, holder: role.arn.rawValue, account.id),
        scp: scp), facts: facts)
  }

  func principalFacts(_ account: AccountID) -> PrincipalFacts {
    let org = accountFacts[account] ?? AccountFacts.make(account, organization: organization)
    var facts = PrincipalFacts()
    facts.account = .value(account.rawValue)
    facts.orgID = org.orgID
    facts.orgPaths = org.orgPaths
    facts.serviceName = .absent
    return facts
  }

  mutating func attach(
    _ attachments: [PolicyAttachment], holder: String, _ account: AccountID,
    _ policies: inout [CompiledPolicy], _ missing: inout [ARN]
  ) {
    for attachment in attachments {
      if let policy = managed(attachment.arn, kind: .identity, holder: holder, account) {
        policies.append(policy)
      } else if !missing.contains(attachment.arn) {
        missing.append(attachment.arn)
      }
    }
  }

  mutating func boundary(_ arn: ARN?, holder: String, _ account: AccountID) -> Boundary {
    guard let arn else { return .none }
    guard let policy = managed(arn, kind: .boundary, holder: holder, account) else {
      return .missing(arn)
    }
    return .policy(policy)
  }

  /// SCP and RCP status for every imported or member account (ORG-7, GRD-1..8).
  mutating func buildGuardrails() {
    guard let structure = organization.structure else { return }
    for id in accountFacts.keys {
      scpStatus[id] = guardrail(.serviceControlPolicy, id, structure)
      rcpStatus[id] = guardrail(.resourceControlPolicy, id, structure)
    }
  }

  mutating func guardrail(_ type: OrgPolicyType, _ id: AccountID, _ structure: OrgStructure)
    -> GuardrailStatus
  {
    guard structure.isEnabled(type) else { return .exempt(.typeDisabled) }
    guard let chain = structure.guardrailChain(for: id) else { return .exempt(.notMember) }
    if structure.managementAccountID == id { return .exempt(.managementAccount) }
    let kind: PolicyKind = type == .serviceControlPolicy ? .scp : .rcp
    let levels = chain.map { target in
      GuardrailChain.Level(
        targetID: target,
        policies: structure.policies(attachedTo: target, type: type).map {
          orgPolicy($0, kind: kind)
        })
    }
    return .enforced(GuardrailChain(levels: levels, type: type))
  }

  mutating func orgPolicy(_ policy: OrgPolicy, kind: PolicyKind) -> CompiledPolicy {
    if let compiled = orgPolicies[policy.id] { return compiled }
    let document = cache.compile(policy.document, kind: kind)
    let source = PolicySource(
      kind: kind, holding: .organization, name: policy.name, policyID: policy.id)
    let compiled = CompiledPolicy(source: source, document: document)
    orgPolicies[policy.id] = compiled
    findings += compiled.findings
    return compiled
  }
}
