/// What an AWS Organizations export says: the OU tree, member accounts and SCPs/RCPs (§1.2–1.3).
public struct OrgStructure: Hashable, Sendable {
  /// `Organization.Id` (`o-…`).
  public var id: String
  /// `Organization.Arn`, when given.
  public var arn: String?
  /// `Organization.FeatureSet`: `ALL` or `CONSOLIDATED_BILLING`.
  public var featureSet: String
  /// `Organization.MasterAccountId`: the management account (ORG-8).
  public var managementAccountID: AccountID?
  /// Roots, sorted by id.
  public var roots: [OrgRoot]
  /// Organizational units, sorted by id.
  public var units: [OrganizationalUnit]
  /// Member accounts, sorted by id.
  public var accounts: [OrgAccount]
  /// SCPs and RCPs, sorted by id; other policy types are not kept (ORG-3).
  public var policies: [OrgPolicy]
  /// Accounts outside the organisation that the export names (vendors, partners).
  public var externalAccounts: [ExternalAccount]

  private var unitIndex: [String: Int]
  private var accountIndex: [AccountID: Int]

  /// Creates a structure; lists are sorted by id.
  public init(
    id: String, arn: String? = nil, featureSet: String = "ALL", managementAccountID: AccountID?,
    roots: [OrgRoot], units: [OrganizationalUnit] = [], accounts: [OrgAccount] = [],
    policies: [OrgPolicy] = [], externalAccounts: [ExternalAccount] = []
  ) {
    self.id = id
    self.arn = arn
    self.featureSet = featureSet
    self.managementAccountID = managementAccountID
    self.roots = roots.sorted { $0.id < $1.id }
    self.units = units.sorted { $0.id < $1.id }
    self.accounts = accounts.sorted { $0.id < $1.id }
    self.policies = policies.sorted { $0.id < $1.id }
    self.externalAccounts = externalAccounts.sorted { $0.id < $1.id }
    unitIndex = Dictionary(
      self.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    accountIndex = Dictionary(
      self.accounts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The member account with this id, if it is in the organisation.
  public func account(_ id: AccountID) -> OrgAccount? {
    accountIndex[id].map { accounts[$0] }
  }

  /// The OU with this id.
  public func unit(_ id: String) -> OrganizationalUnit? {
    unitIndex[id].map { units[$0] }
  }

  /// True when the policy type is enabled on a root and the feature set is `ALL` (ORG-7).
  public func isEnabled(_ type: OrgPolicyType) -> Bool {
    featureSet == "ALL" && roots.contains { $0.enabledPolicyTypes.contains(type) }
  }

  /// `[root, ou-1, …, ou-n, account]` for an account in the organisation (ORG-9); nil otherwise.
  public func guardrailChain(for accountID: AccountID) -> [String]? {
    guard let account = account(accountID) else { return nil }
    var chain = [accountID.rawValue]
    var parent = account.parentID
    var visited: Set<String> = []
    while let id = parent, visited.insert(id).inserted {
      chain.append(id)
      parent = unit(id)?.parentID
    }
    return chain.reversed()
  }

  /// The OUs from the root down to the account's parent.
  public func units(above accountID: AccountID) -> [OrganizationalUnit] {
    (guardrailChain(for: accountID) ?? []).compactMap { unit($0) }
  }

  /// `o-…/r-…/ou-…/…/`: the value of `aws:PrincipalOrgPaths` for the account (ORG-9).
  public func orgPath(for accountID: AccountID) -> String? {
    guard let chain = guardrailChain(for: accountID) else { return nil }
    return ([id] + chain.dropLast()).joined(separator: "/") + "/"
  }

  /// A readable OU path such as `Root/Workloads/Prod`.
  public func ouNamePath(for accountID: AccountID) -> String? {
    guard let chain = guardrailChain(for: accountID) else { return nil }
    return chain.dropLast().map { id in
      roots.first { $0.id == id }?.name ?? unit(id)?.name ?? id
    }.joined(separator: "/")
  }

  /// Policies of a type attached directly to a root, OU or account id.
  public func policies(attachedTo targetID: String, type: OrgPolicyType) -> [OrgPolicy] {
    policies.filter { $0.type == type && $0.targets.contains(targetID) }
  }
}

/// An organisation root.
public struct OrgRoot: Hashable, Sendable {
  /// `r-…`.
  public var id: String
  /// `Name`, usually `Root`.
  public var name: String
  /// Policy types whose status is `ENABLED`.
  public var enabledPolicyTypes: Set<OrgPolicyType>

  /// Creates a root.
  public init(id: String, name: String = "Root", enabledPolicyTypes: Set<OrgPolicyType>) {
    self.id = id
    self.name = name
    self.enabledPolicyTypes = enabledPolicyTypes
  }
}

/// An organizational unit.
public struct OrganizationalUnit: Hashable, Sendable {
  /// `ou-…`.
  public var id: String
  /// `Name`.
  public var name: String
  /// The root or OU above it.
  public var parentID: String

  /// Creates an OU.
  public init(id: String, name: String, parentID: String) {
    self.id = id
    self.name = name
    self.parentID = parentID
  }
}

/// A member account of the organisation.
public struct OrgAccount: Hashable, Sendable {
  /// `Id`.
  public var id: AccountID
  /// `Name`.
  public var name: String
  /// `Email`, when given.
  public var email: String?
  /// `State` or, in older exports, `Status`.
  public var state: String?
  /// `JoinedMethod`: `CREATED` or `INVITED`.
  public var joinedMethod: String?
  /// The root or OU directly above it.
  public var parentID: String?

  /// Creates an org account.
  public init(
    id: AccountID, name: String, email: String? = nil, state: String? = nil,
    joinedMethod: String? = nil, parentID: String?
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.state = state
    self.joinedMethod = joinedMethod
    self.parentID = parentID
  }
}

/// The two policy types that affect authorization (ORG-3).
public enum OrgPolicyType: String, Hashable, Sendable, CaseIterable {
  case serviceControlPolicy = "SERVICE_CONTROL_POLICY"
  case resourceControlPolicy = "RESOURCE_CONTROL_POLICY"
}

/// An SCP or RCP with its targets.
public struct OrgPolicy: Hashable, Sendable {
  /// `p-…`.
  public var id: String
  /// `Name`.
  public var name: String
  /// SCP or RCP.
  public var type: OrgPolicyType
  /// `AwsManaged`.
  public var awsManaged: Bool
  /// `Content`, decoded (ORG-4).
  public var document: PolicyDocument
  /// Root, OU and account ids it is attached to, sorted.
  public var targets: [String]

  /// Creates a policy.
  public init(
    id: String, name: String, type: OrgPolicyType, awsManaged: Bool = false,
    document: PolicyDocument, targets: [String]
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.awsManaged = awsManaged
    self.document = document
    self.targets = targets.sorted()
  }
}

/// An account outside the organisation that the org export names, for example a vendor.
public struct ExternalAccount: Hashable, Sendable {
  /// The account id.
  public var id: AccountID
  /// A display name.
  public var name: String
  /// A free-text note.
  public var note: String?

  /// Creates an external account.
  public init(id: AccountID, name: String, note: String? = nil) {
    self.id = id
    self.name = name
    self.note = note
  }
}
