import TrustmapModel

/// Builds the engine's tables once: compiles policies through the cache, resolves groups,
/// boundaries and guardrail chains, and collects findings.
struct EngineBuilder {
  let organization: Organization
  let options: EngineOptions
  var cache = PolicyCache()
  var identities: [ARN: IdentitySide] = [:]
  var trusts: [ARN: TrustSide] = [:]
  var findings: [LintFinding] = []
  var accountFacts: [AccountID: AccountFacts] = [:]
  var entityTags: [String: [String: String]] = [:]
  var scpStatus: [AccountID: GuardrailStatus] = [:]
  var rcpStatus: [AccountID: GuardrailStatus] = [:]
  var orgPolicies: [String: CompiledPolicy] = [:]
  var uniqueIDs: [String: PrincipalRef] = [:]
  var lowercasedARNs: [String: ARN] = [:]
  /// Managed policy documents compiled by this builder, by policy ARN, version and kind: an
  /// account attaches the same few policies to many principals, and the shared cache would
  /// hash and compare the whole document every time.
  var managedDocuments: [ManagedDocumentKey: CompiledDocument] = [:]
  /// Facts of `EXTERNAL_ANY` (EDG-4), computed once rather than per role.
  var externalAny = PrincipalFacts()

  init(organization: Organization, options: EngineOptions) {
    self.organization = organization
    self.options = options
  }

  mutating func build() {
    indexEntities()
    buildGuardrails()
    // Accounts compile in parallel (the cache is shared and locked); results merge in
    // account order, so findings and tables do not depend on scheduling.
    let base = self
    let parts = ParallelMap.map(organization.accounts) { account -> EngineBuilder in
      var local = base
      local.identities = Dictionary(minimumCapacity: account.users.count + account.roles.count)
      local.trusts = Dictionary(minimumCapacity: account.roles.count)
      local.findings = []
      local.build(account)
      return local
    }
    identities.reserveCapacity(parts.reduce(0) { $0 + $1.identities.count })
    trusts.reserveCapacity(parts.reduce(0) { $0 + $1.trusts.count })
    for part in parts {
      identities.merge(part.identities, uniquingKeysWith: { _, later in later })
      trusts.merge(part.trusts, uniquingKeysWith: { _, later in later })
      findings += part.findings
    }
  }

  /// Identity and trust sides of one account.
  mutating func build(_ account: Account) {
    for user in account.users { buildUser(user, in: account) }
    for role in account.roles {
      buildRole(role, in: account)
      buildTrust(role, in: account)
    }
    for group in account.groups {
      _ = group.inlinePolicies.map { inline(group.arn.rawValue, $0, account.id) }
    }
  }

  mutating func indexEntities() {
    var ids = Set(organization.accounts.map(\.id))
    if let structure = organization.structure { ids.formUnion(structure.accounts.map(\.id)) }
    for id in ids { accountFacts[id] = AccountFacts.make(id, organization: organization) }
    externalAny = externalAnyFacts()
    let principals = organization.accounts.reduce(0) { $0 + $1.users.count + $1.roles.count }
    uniqueIDs.reserveCapacity(principals)
    lowercasedARNs.reserveCapacity(principals)
    entityTags.reserveCapacity(principals)
    for account in organization.accounts {
      for user in account.users {
        uniqueIDs[user.id] = .user(user.arn)
        lowercasedARNs[user.arn.rawValue.lowercased()] = user.arn
        entityTags[user.arn.rawValue] = tagMap(user.tags)
      }
      for role in account.roles {
        uniqueIDs[role.id] = .role(role.arn)
        lowercasedARNs[role.arn.rawValue.lowercased()] = role.arn
        entityTags[role.arn.rawValue] = tagMap(role.tags)
      }
    }
  }

  func tagMap(_ tags: [Tag]) -> [String: String] {
    Dictionary(
      tags.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, later in later })
  }

  /// A compiled inline policy of `holder`.
  mutating func inline(_ holder: String, _ policy: InlinePolicy, _ account: AccountID)
    -> CompiledPolicy
  {
    let document = cache.compile(policy.document, kind: .identity)
    let source = PolicySource(
      kind: .identity, holding: .inline, name: policy.name, account: account, holder: holder)
    let compiled = CompiledPolicy(source: source, document: document)
    findings += compiled.findings
    return compiled
  }

  /// A compiled managed policy as seen from `account`, or nil when its document is missing.
  mutating func managed(_ arn: ARN, kind: PolicyKind, holder: String, _ account: AccountID)
    -> CompiledPolicy?
  {
    let found = organization.managedPolicy(arn, from: account)
    var version = found?.defaultVersion
    if version == nil, options.builtInAdministratorAccess,
      arn.rawValue == "arn:aws:iam::aws:policy/AdministratorAccess"
    {
      version = PolicyVersion(
        versionID: "built-in", document: EngineBuilder.administratorAccess, isDefault: true)
    }
    guard let version else { return nil }
    let key = ManagedDocumentKey(arn: arn, versionID: version.versionID, kind: kind)
    let document = managedDocuments[key] ?? cache.compile(version.document, kind: kind)
    managedDocuments[key] = document
    let source = PolicySource(
      kind: kind, holding: .managed, name: found?.name ?? arn.resourceName, policyID: arn.rawValue,
      versionID: version.versionID, account: arn.accountID, holder: holder)
    let compiled = CompiledPolicy(source: source, document: document)
    var located = compiled.findings
    for index in located.indices { located[index].source?.holder = nil }
    findings += located
    return compiled
  }

  static let administratorAccess = PolicyDocument(
    json: .object(
      JSONObject([
        JSONMember(key: "Version", value: .string("2012-10-17")),
        JSONMember(
          key: "Statement",
          value: .array([
            .object(
              JSONObject([
                JSONMember(key: "Effect", value: .string("Allow")),
                JSONMember(key: "Action", value: .string("*")),
                JSONMember(key: "Resource", value: .string("*")),
              ]))
          ])),
      ])))
}

/// A managed policy version compiled as one kind of policy.
struct ManagedDocumentKey: Hashable {
  let arn: ARN
  let versionID: String
  let kind: PolicyKind
}
