import TrustmapModel

extension EngineBuilder {
  mutating func buildTrust(_ role: Role, tags: [String: String], in account: Account) {
    let document = cache.compile(role.trustPolicy, kind: .trust)
    let source = PolicySource(
      kind: .trust, holding: .trust, name: "trust policy", account: account.id,
      holder: role.arn.rawValue)
    let policy = CompiledPolicy(source: source, document: document)
    var roleFindings = policy.findings
    var named: Set<PrincipalRef> = []
    var dangling: Set<String> = []
    for statement in policy.statements where statement.effect == .allow && !statement.notPrincipal {
      for ref in statement.principals ?? [] {
        switch ref {
        case .uniqueID(let id):
          if let resolved = principal(uniqueID: id) {
            named.insert(resolved)
          } else {
            dangling.insert(id)
          }
        case .user(let arn), .role(let arn):
          named.insert(ref)
          caseMismatch(arn, statement, source, &roleFindings)
        case .invalid: break
        default: named.insert(ref)
        }
      }
    }
    for id in dangling.sorted() {
      roleFindings.append(
        LintFinding(
          .info, rule: "TRU-9", code: "danglingTrustPrincipal", source: source,
          message:
            "trust principal \(id) matches no imported user or role (deleted principal; stale trust, clean up)"
        ))
    }
    findings += roleFindings
    var resource = ResourceFacts()
    let org = accountFacts[account.id] ?? AccountFacts.make(account.id, organization: organization)
    resource.account = .value(account.id.rawValue)
    resource.orgID = org.orgID
    resource.orgPaths = org.orgPaths
    resource.tags = tags
    let rcp = rcpStatus[account.id] ?? .notEvaluated
    trusts[role.arn.rawValue] = TrustSide(
      TrustSide.Parts(
        roleARN: role.arn, accountID: account.id, policy: policy, rcp: rcp, resourceFacts: resource,
        namedPrincipals: named.sorted(), danglingPrincipalIDs: dangling.sorted(),
        findings: roleFindings.sorted(), publicPositions: publicPositions(policy, role, resource)))
  }

  /// T-73: a principal ARN that matches an imported one only when case is ignored.
  func caseMismatch(
    _ arn: ARN, _ statement: CompiledStatement, _ source: PolicySource, _ out: inout [LintFinding]
  ) {
    guard let real = lowercasedARNs[arn.rawValue.lowercased()], real != arn else { return }
    out.append(
      LintFinding(
        .warning, rule: "§2.6", code: "principalCaseMismatch", source: source,
        statementIndex: statement.index, sid: statement.sid,
        message:
          "principal \(arn) differs from the imported \(real) only in case; principal ARNs are case-sensitive, so it does not match"
      ))
  }

  /// EDG-4: `Allow` statements naming `*` whose conditions are not `F` for `EXTERNAL_ANY`.
  func publicPositions(_ policy: CompiledPolicy, _ role: Role, _ resource: ResourceFacts) -> Set<
    Int
  > {
    let open = policy.statements.contains {
      $0.effect == .allow && $0.principals?.contains(.anyone) == true
    }
    guard open else { return [] }
    let caller = CallerIdentity(
      kind: .externalAny, name: "", account: "", partition: role.arn.partition, uniqueID: nil,
      roleName: nil)
    let context = RequestContext(
      principal: externalAny, resource: resource, time: options.referenceTime)
    let request = EvalRequest(
      action: "sts:assumerole", resource: nil, caller: caller, partition: role.arn.partition)
    var positions: Set<Int> = []
    for (position, statement) in policy.statements.enumerated() where statement.effect == .allow {
      guard statement.principals?.contains(.anyone) == true else { continue }
      var trace = EvalTrace()
      var atoms: [UnresolvedCondition] = []
      let (truth, _) = StatementEvaluator.match(
        statement, policy: policy, layer: .trust, request: request, context: context, trace: &trace,
        atoms: &atoms)
      if truth != .false { positions.insert(position) }
    }
    return positions
  }

  func externalAnyFacts() -> PrincipalFacts {
    let imported = Set(organization.accounts.map(\.id.rawValue))
    let orgs: Set<String> = organization.structure.map { [$0.id] } ?? []
    return PrincipalFacts.externalAny(
      importedAccounts: imported, knownOrgIDs: orgs, orgKnown: organization.structure != nil)
  }
}

extension PrincipalFacts {
  /// Facts of `EXTERNAL_ANY`: some AWS principal in an account that was not imported.
  static func externalAny(importedAccounts: Set<String>, knownOrgIDs: Set<String>, orgKnown: Bool)
    -> PrincipalFacts
  {
    var facts = PrincipalFacts()
    facts.account = .notIn(importedAccounts)
    facts.arn = .notIn(importedAccounts)
    facts.orgID = orgKnown ? .notIn(knownOrgIDs) : .unknown
    facts.orgPaths = facts.orgID
    facts.tags = nil
    return facts
  }
}
