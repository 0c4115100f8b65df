import TrustmapModel

/// Builds the engine's tables once: compiles policies through the cache, resolves groups,
/// boundaries and guardrail chains, and collects findings.
struct EngineBuilder {
  let organization: Organization
  let options: EngineOptions
  var cache = PolicyCache()
  /// By ARN text: a table keyed by `ARN` copies six strings per entry it merges.
  var identities: [String: IdentitySide] = [:]
  var trusts: [String: TrustSide] = [:]
  /// `identities` and `trusts` in ARN order.
  var sortedIdentities: [IdentitySide] = []
  var sortedTrusts: [TrustSide] = []
  var findings: [LintFinding] = []
  var accountFacts: [AccountID: AccountFacts] = [:]
  var scpStatus: [AccountID: GuardrailStatus] = [:]
  var rcpStatus: [AccountID: GuardrailStatus] = [:]
  var orgPolicies: [String: CompiledPolicy] = [:]
  /// Where each principal is, by unique id; built only when a trust policy names one (TRU-9).
  var uniqueIDs = LazyTable<String, PrincipalSlot> { [:] }
  var lowercasedARNs: [String: ARN] = [:]
  /// Managed policies this builder resolved and compiled (nil: not in the export): an account
  /// attaches the same few policies to many principals, and finding the policy and hashing
  /// its whole document for the shared cache every time cost a tenth of the build.
  var managedResolutions: [ManagedResolution.Key: ManagedResolution?] = [:]
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
      // Keys are the sides' own ARNs (see `buildUser`, `buildRole`, `buildTrust`).
      local.sortedIdentities = PolicyEngine.sorted(local.identities.values, byText: \.arnText)
      local.sortedTrusts = PolicyEngine.sorted(local.trusts.values, byText: \.roleARNText)
      return local
    }
    for part in parts { findings += part.findings }
    // The two tables merge side by side. An account's ARNs share its
    // `arn:<partition>:iam::<account>:` prefix, so the accounts' sorted lists, in account
    // order, are usually the whole order already: checked, and sorted afresh only when not
    // (duplicate ARNs, accounts out of order).
    let (identitySides, trustSides) = (parts.map(\.identities), parts.map(\.trusts))
    let (sortedIdentitySides, sortedTrustSides) = (
      parts.map(\.sortedIdentities), parts.map(\.sortedTrusts)
    )
    ((identities, sortedIdentities), (trusts, sortedTrusts)) = Concurrently.both(
      {
        let table = Self.merged(identitySides)
        return (
          table,
          Self.joinedInOrder(sortedIdentitySides, \.arnText) { PolicyEngine.sortedByKey(table) }
        )
      },
      {
        let table = Self.merged(trustSides)
        return (
          table,
          Self.joinedInOrder(sortedTrustSides, \.roleARNText) { PolicyEngine.sortedByKey(table) }
        )
      })
  }

  /// One table of all `tables`; a later table wins for a key in several.
  static func merged<Value>(_ tables: [[String: Value]]) -> [String: Value] {
    var result = [String: Value](minimumCapacity: tables.reduce(0) { $0 + $1.count })
    for table in tables { result.merge(table, uniquingKeysWith: { _, later in later }) }
    return result
  }

  /// `lists` joined when that gives strictly increasing ARN texts; otherwise `sorted()`.
  ///
  /// `text` reads the ARN text alone: copying whole `ARN`s to compare them retained six
  /// strings per comparison.
  static func joinedInOrder<Value>(
    _ lists: [[Value]], _ text: (Value) -> String, otherwise sorted: () -> [Value]
  ) -> [Value] {
    let joined = lists.flatMap { $0 }
    let increasing = zip(joined, joined.dropFirst()).allSatisfy { text($0) < text($1) }
    return increasing ? joined : sorted()
  }

  /// Identity and trust sides of one account.
  mutating func build(_ account: Account) {
    // By index: `for role in account.roles` would copy every role to read it.
    // The facts every principal of the account shares, filled in once.
    let facts = principalFacts(account.id)
    for index in account.users.indices {
      buildUser(account.users[index], facts: facts, in: account)
    }
    for index in account.roles.indices {
      // One tag map serves as the role's principal tags and as its resource tags.
      let tags = Self.tagMap(account.roles[index].tags)
      buildRole(account.roles[index], tags: tags, facts: facts, in: account)
      buildTrust(account.roles[index], tags: tags, in: account)
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
    let accounts = organization.accounts
    let principals = accounts.reduce(0) { $0 + $1.users.count + $1.roles.count }
    uniqueIDs = LazyTable { Self.uniqueIDs(accounts, capacity: principals) }
    lowercasedARNs = Self.lowercasedARNs(accounts, capacity: principals)
  }

  // The tables below read each principal's fields in place: `for role in account.roles`
  // would copy every role (some twenty references to retain and release) to read two.

  static func uniqueIDs(_ accounts: [Account], capacity: Int) -> [String: PrincipalSlot] {
    var table = [String: PrincipalSlot](minimumCapacity: capacity)
    for a in accounts.indices {
      for u in accounts[a].users.indices {
        table[accounts[a].users[u].id] = PrincipalSlot(account: a, index: u, isRole: false)
      }
      for r in accounts[a].roles.indices {
        table[accounts[a].roles[r].id] = PrincipalSlot(account: a, index: r, isRole: true)
      }
    }
    return table
  }

  /// The imported user or role with this unique id.
  func principal(uniqueID: String) -> PrincipalRef? {
    guard let slot = uniqueIDs[uniqueID] else { return nil }
    let account = organization.accounts[slot.account]
    return slot.isRole ? .role(account.roles[slot.index].arn) : .user(account.users[slot.index].arn)
  }

  static func lowercasedARNs(_ accounts: [Account], capacity: Int) -> [String: ARN] {
    var table = [String: ARN](minimumCapacity: capacity)
    for a in accounts.indices {
      for u in accounts[a].users.indices {
        let arn = accounts[a].users[u].arn
        table[arn.rawValue.lowercased()] = arn
      }
      for r in accounts[a].roles.indices {
        let arn = accounts[a].roles[r].arn
        table[arn.rawValue.lowercased()] = arn
      }
    }
    return table
  }

  static func tagMap(_ tags: [Tag]) -> [String: String] {
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
    let key = ManagedResolution.Key(arn: arn.rawValue, kind: kind, account: account)
    let resolution: ManagedResolution?
    if let known = managedResolutions[key] {
      resolution = known
    } else {
      resolution = resolveManaged(arn, kind: kind, account)
      managedResolutions[key] = resolution
    }
    guard let resolution else { return nil }
    let source = PolicySource(
      kind: kind, holding: .managed, name: resolution.name, policyID: arn.rawValue,
      versionID: resolution.versionID, account: resolution.policyAccount, holder: holder)
    let compiled = CompiledPolicy(source: source, document: resolution.document)
    var located = compiled.findings
    for index in located.indices { located[index].source?.holder = nil }
    findings += located
    return compiled
  }

  /// Looks `arn` up as `account` sees it and compiles its default version.
  mutating func resolveManaged(_ arn: ARN, kind: PolicyKind, _ account: AccountID)
    -> ManagedResolution?
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
    return ManagedResolution(
      document: cache.compile(version.document, kind: kind), name: found?.name ?? arn.resourceName,
      versionID: version.versionID, policyAccount: arn.accountID)
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

/// A managed policy as one account sees it, compiled as one kind of policy.
struct ManagedResolution {
  /// The policy ARN text, the kind it is compiled as, and the account looking it up.
  struct Key: Hashable {
    let arn: String
    let kind: PolicyKind
    let account: AccountID
  }

  let document: CompiledDocument
  let name: String
  let versionID: String
  let policyAccount: AccountID?
}

/// Where a principal is in `Organization.accounts`: positions, not copies of its ARN.
struct PrincipalSlot: Sendable {
  let account: Int
  let index: Int
  let isRole: Bool
}
