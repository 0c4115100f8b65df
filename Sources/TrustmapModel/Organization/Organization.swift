/// Everything Trustmap imported: accounts, Organizations data and import notes.
///
/// Every later layer reads this, never JSON.
public struct Organization: Hashable, Sendable {
  /// Imported accounts, sorted by id.
  public var accounts: [Account]
  /// The Organizations export, when one was given.
  public var structure: OrgStructure?
  /// AWS managed policies known from any account's export or a user-supplied directory; an
  /// attachment that no account lists is resolved here before it counts as unknown (FMT-10).
  public var awsManagedPolicies: [ManagedPolicy]
  /// Warnings and notes from the import, sorted.
  public var diagnostics: [Diagnostic]

  private var accountIndex: [AccountID: Int]
  private var awsPolicyIndex: [ARN: Int]

  /// Creates an organisation model; lists are sorted for deterministic output.
  public init(
    accounts: [Account], structure: OrgStructure? = nil, awsManagedPolicies: [ManagedPolicy] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.accounts = accounts.sorted { $0.id < $1.id }
    self.structure = structure
    self.awsManagedPolicies = awsManagedPolicies.sorted { $0.arn < $1.arn }
    self.diagnostics = diagnostics.sorted()
    accountIndex = Dictionary(
      self.accounts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    awsPolicyIndex = Dictionary(
      self.awsManagedPolicies.enumerated().map { ($1.arn, $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The imported account with this id.
  public func account(_ id: AccountID) -> Account? {
    accountIndex[id].map { accounts[$0] }
  }

  /// The display name of an account: its org name when known, else its id.
  public func displayName(of id: AccountID) -> String {
    structure?.account(id)?.name ?? id.rawValue
  }

  /// Resolves a managed-policy ARN as seen from `accountID`.
  ///
  /// That account's own listing comes first, then the AWS managed pool. Nil means the document
  /// is not in the export (FMT-10).
  public func managedPolicy(_ arn: ARN, from accountID: AccountID) -> ManagedPolicy? {
    if let policy = account(accountID)?.managedPolicy(arn) { return policy }
    return awsPolicyIndex[arn].map { awsManagedPolicies[$0] }
  }

  /// Every attachment or boundary whose document is not in the export, sorted.
  public var unknownPolicyReferences: [UnknownPolicyReference] {
    var references: [UnknownPolicyReference] = []
    for account in accounts {
      func check(_ arn: ARN?, _ holder: ARN, _ usage: UnknownPolicyReference.Usage) {
        guard let arn, managedPolicy(arn, from: account.id) == nil else { return }
        references.append(UnknownPolicyReference(policyARN: arn, holder: holder, usage: usage))
      }
      for user in account.users {
        for attachment in user.attachedPolicies { check(attachment.arn, user.arn, .attached) }
        check(user.permissionsBoundary, user.arn, .permissionsBoundary)
      }
      for group in account.groups {
        for attachment in group.attachedPolicies { check(attachment.arn, group.arn, .attached) }
      }
      for role in account.roles {
        for attachment in role.attachedPolicies { check(attachment.arn, role.arn, .attached) }
        check(role.permissionsBoundary, role.arn, .permissionsBoundary)
      }
    }
    return references.sorted()
  }
}

/// A managed policy that is attached or used as a boundary but missing from the export.
///
/// The engine treats it as unknown, never as empty (TVL-6).
public struct UnknownPolicyReference: Hashable, Sendable, Comparable {
  /// How the holder uses the policy.
  public enum Usage: String, Hashable, Sendable {
    case attached
    case permissionsBoundary = "permissions boundary"
  }

  /// The policy that is missing.
  public var policyARN: ARN
  /// The user, group or role that references it.
  public var holder: ARN
  /// Attached, or as a boundary.
  public var usage: Usage

  /// Creates a reference.
  public init(policyARN: ARN, holder: ARN, usage: Usage) {
    self.policyARN = policyARN
    self.holder = holder
    self.usage = usage
  }

  public static func < (lhs: UnknownPolicyReference, rhs: UnknownPolicyReference) -> Bool {
    (lhs.holder, lhs.policyARN, lhs.usage.rawValue) < (
      rhs.holder, rhs.policyARN, rhs.usage.rawValue
    )
  }
}
