/// One AWS account's IAM data, merged from one or more export files.
public struct Account: Hashable, Sendable {
  /// The account id, taken from the ARNs (FMT-3).
  public var id: AccountID
  /// Users, sorted by ARN.
  public var users: [User]
  /// Groups, sorted by ARN.
  public var groups: [Group]
  /// Roles, sorted by ARN.
  public var roles: [Role]
  /// Managed policies listed in this account's export (customer and AWS managed), sorted by ARN.
  public var managedPolicies: [ManagedPolicy]
  /// Which of the four lists the export carried; a missing list means "not exported", not "none"
  /// (FMT-1).
  public var exportedLists: Set<EntityList>
  /// True when a page said `IsTruncated`, or carried `Marker`/`NextToken` (FMT-2).
  public var isIncomplete: Bool
  /// The files this account was read from, sorted.
  public var sourceFiles: [String]

  private var policyIndex: [ARN: Int]
  private var groupIndex: [String: Int]

  /// Creates an account; the lists are sorted by ARN so that output is deterministic.
  public init(
    id: AccountID, users: [User] = [], groups: [Group] = [], roles: [Role] = [],
    managedPolicies: [ManagedPolicy] = [],
    exportedLists: Set<EntityList> = Set(EntityList.allCases),
    isIncomplete: Bool = false, sourceFiles: [String] = []
  ) {
    self.id = id
    self.users = users.sorted { $0.arn < $1.arn }
    self.groups = groups.sorted { $0.arn < $1.arn }
    self.roles = roles.sorted { $0.arn < $1.arn }
    self.managedPolicies = managedPolicies.sorted { $0.arn < $1.arn }
    self.exportedLists = exportedLists
    self.isIncomplete = isIncomplete
    self.sourceFiles = sourceFiles.sorted()
    policyIndex = Dictionary(
      self.managedPolicies.enumerated().map { ($1.arn, $0) },
      uniquingKeysWith: { first, _ in first })
    // IAM names are unique regardless of case (S5); GroupList matches by name (FMT-5).
    groupIndex = Dictionary(
      self.groups.enumerated().map { ($1.name.lowercased(), $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The managed policy with this ARN in this account's export, if listed.
  public func managedPolicy(_ arn: ARN) -> ManagedPolicy? {
    policyIndex[arn].map { managedPolicies[$0] }
  }

  /// The group with this name (compared without case, as IAM does).
  public func group(named name: String) -> Group? {
    groupIndex[name.lowercased()].map { groups[$0] }
  }

  /// The groups a user belongs to that exist in this account, in `GroupList` order.
  public func groups(of user: User) -> [Group] {
    user.groupNames.compactMap { group(named: $0) }
  }
}

/// The four entity lists of a GAAD export.
public enum EntityList: String, CaseIterable, Hashable, Sendable, Comparable {
  case users = "UserDetailList"
  case groups = "GroupDetailList"
  case roles = "RoleDetailList"
  case policies = "Policies"

  public static func < (lhs: EntityList, rhs: EntityList) -> Bool { lhs.rawValue < rhs.rawValue }
}
