import TrustmapModel

/// The policy engine for one imported `Organization`: every user's and role's identity side and
/// every role's trust side compiled once, up front; afterwards immutable and `Sendable`, so the
/// graph layer can evaluate from many threads.
public struct PolicyEngine: Sendable {
  /// Settings.
  public let options: EngineOptions
  /// Identity sides of every imported user and role, by ARN text.
  public let identities: [String: IdentitySide]
  /// Trust sides of every imported role, by role ARN text.
  public let trusts: [String: TrustSide]
  /// Lint findings over all compiled policies, sorted and de-duplicated.
  public let findings: [LintFinding]
  /// The shared compilation cache (how many distinct documents were compiled).
  public let cache: PolicyCache
  /// True when an org export was loaded (GRD-5).
  public let guardrailsEvaluated: Bool
  /// Identity sides sorted by ARN (deterministic iteration).
  public let sortedIdentities: [IdentitySide]
  /// Trust sides sorted by role ARN.
  public let sortedTrusts: [TrustSide]

  let accountFacts: [AccountID: AccountFacts]
  let knownOrgIDs: Set<String>
  let importedAccounts: Set<String>
  let rcpChains: [AccountID: GuardrailStatus]
  let organizationID: String?

  /// Compiles everything in `organization`.
  public init(organization: Organization, options: EngineOptions) {
    var builder = EngineBuilder(organization: organization, options: options)
    builder.build()
    self.options = options
    identities = builder.identities
    trusts = builder.trusts
    sortedIdentities = builder.sortedIdentities
    sortedTrusts = builder.sortedTrusts
    findings = Array(Set(builder.findings)).sorted()
    cache = builder.cache
    guardrailsEvaluated = organization.structure != nil
    accountFacts = builder.accountFacts
    knownOrgIDs = organization.structure.map { [$0.id] } ?? []
    importedAccounts = Set(organization.accounts.map(\.id.rawValue))
    rcpChains = builder.rcpStatus
    organizationID = organization.structure?.id
  }

  /// The identity side of an imported user or role.
  public func identitySide(for arn: ARN) -> IdentitySide? { identities[arn.rawValue] }

  /// The trust side of an imported role.
  public func trustSide(for roleARN: ARN) -> TrustSide? { trusts[roleARN.rawValue] }

  /// The values of `table` in ARN order; sorts the key texts once instead of copying ARNs
  /// and values in every comparison (half a million principals at scale).
  static func sortedByKey<Value>(_ table: [String: Value]) -> [Value] {
    var texts: [String] = []
    var values: [Value] = []
    texts.reserveCapacity(table.count)
    values.reserveCapacity(table.count)
    for (key, value) in table {
      texts.append(key)
      values.append(value)
    }
    return ParallelSort.order(of: texts).map { values[$0] }
  }

  /// `values` in the order of `text` (their ARN texts): for a table whose keys are its
  /// values' ARNs, the same order as `sortedByKey`, without copying a key per entry.
  static func sorted<Value>(_ values: some Collection<Value>, byText text: (Value) -> String)
    -> [Value]
  {
    let values = Array(values)
    return ParallelSort.order(of: values.map(text)).map { values[$0] }
  }

  /// The caller for an ARN: an imported principal, or an EDG-6 placeholder.
  public func caller(for arn: ARN) -> Caller {
    if let side = identities[arn.rawValue] { return .principal(side) }
    if arn.resource == "root", let id = arn.accountID {
      return importedAccounts.contains(id.rawValue) ? .accountRoot(id) : .externalAccount(id)
    }
    return .externalPrincipal(arn)
  }

  func facts(of account: String) -> AccountFacts {
    if let id = AccountID(rawValue: account), let facts = accountFacts[id] { return facts }
    let orgID: ContextValue = guardrailsEvaluated ? .notIn(knownOrgIDs) : .unknown
    return AccountFacts(
      orgID: orgID, orgPaths: orgID, isMember: false, isManagement: false, isImported: false,
      isIncomplete: false)
  }

  /// Resource facts for any ARN: account, tags of imported IAM entities, org data.
  public func resourceFacts(for arn: ARN) -> ResourceFacts {
    var facts = ResourceFacts()
    if !arn.account.isEmpty, arn.account != "aws" {
      let account = self.facts(of: arn.account)
      facts.account = .value(arn.account)
      facts.orgID = account.orgID
      facts.orgPaths = account.orgPaths
    }
    // An imported user's or role's tags are its identity side's principal tags.
    facts.tags =
      identities[arn.rawValue]?.facts.tags
      ?? (arn.service == "iam" && importedAccounts.contains(arn.account) ? [:] : nil)
    return facts
  }
}
