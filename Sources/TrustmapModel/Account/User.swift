/// An IAM user (`UserDetailList[]`).
public struct User: Hashable, Sendable {
  /// `Arn`.
  public var arn: ARN
  /// `UserName`.
  public var name: String
  /// `Path`.
  public var path: String
  /// `UserId` (`AIDA…`), the unique id trust policies fall back to (TRU-9).
  public var id: String
  /// `CreateDate` as written.
  public var createDate: String?
  /// `GroupList`: group names, resolved against the same account's groups (FMT-5).
  public var groupNames: [String]
  /// `UserPolicyList`.
  public var inlinePolicies: [InlinePolicy]
  /// `AttachedManagedPolicies`.
  public var attachedPolicies: [PolicyAttachment]
  /// `PermissionsBoundary.PermissionsBoundaryArn`.
  public var permissionsBoundary: ARN?
  /// `Tags`.
  public var tags: [Tag]

  /// Creates a user.
  public init(
    arn: ARN, name: String, path: String = "/", id: String, createDate: String? = nil,
    groupNames: [String] = [], inlinePolicies: [InlinePolicy] = [],
    attachedPolicies: [PolicyAttachment] = [], permissionsBoundary: ARN? = nil, tags: [Tag] = []
  ) {
    self.arn = arn
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.groupNames = groupNames
    self.inlinePolicies = inlinePolicies
    self.attachedPolicies = attachedPolicies
    self.permissionsBoundary = permissionsBoundary
    self.tags = tags
  }
}

/// An IAM group (`GroupDetailList[]`).
///
/// Groups are never principals (TRU-8).
public struct Group: Hashable, Sendable {
  /// `Arn`.
  public var arn: ARN
  /// `GroupName`.
  public var name: String
  /// `Path`.
  public var path: String
  /// `GroupId` (`AGPA…`).
  public var id: String
  /// `CreateDate` as written.
  public var createDate: String?
  /// `GroupPolicyList`.
  public var inlinePolicies: [InlinePolicy]
  /// `AttachedManagedPolicies`.
  public var attachedPolicies: [PolicyAttachment]

  /// Creates a group.
  public init(
    arn: ARN, name: String, path: String = "/", id: String, createDate: String? = nil,
    inlinePolicies: [InlinePolicy] = [], attachedPolicies: [PolicyAttachment] = []
  ) {
    self.arn = arn
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.inlinePolicies = inlinePolicies
    self.attachedPolicies = attachedPolicies
  }
}
