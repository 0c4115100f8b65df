/// An IAM role (`RoleDetailList[]`).
public struct Role: Hashable, Sendable {
  /// `Arn`.
  public var arn: ARN
  /// `RoleName`.
  public var name: String
  /// `Path`; service-linked roles live under `/aws-service-role/`.
  public var path: String
  /// `RoleId` (`AROA…`).
  public var id: String
  /// `CreateDate` as written.
  public var createDate: String?
  /// `Description`, when present.
  public var description: String?
  /// `MaxSessionDuration` in seconds, when present.
  public var maxSessionDuration: Int?
  /// `AssumeRolePolicyDocument`: the trust policy.
  public var trustPolicy: PolicyDocument
  /// `RolePolicyList`.
  public var inlinePolicies: [InlinePolicy]
  /// `AttachedManagedPolicies`.
  public var attachedPolicies: [PolicyAttachment]
  /// `PermissionsBoundary.PermissionsBoundaryArn`.
  public var permissionsBoundary: ARN?
  /// `InstanceProfileList` (only the profiles, FMT-7).
  public var instanceProfiles: [InstanceProfile]
  /// `RoleLastUsed`, when present (evidence only, FMT-8).
  public var lastUsed: RoleLastUsed?
  /// `Tags`.
  public var tags: [Tag]

  /// Creates a role.
  public init(
    arn: ARN, name: String, path: String = "/", id: String, createDate: String? = nil,
    description: String? = nil, maxSessionDuration: Int? = nil, trustPolicy: PolicyDocument,
    inlinePolicies: [InlinePolicy] = [], attachedPolicies: [PolicyAttachment] = [],
    permissionsBoundary: ARN? = nil, instanceProfiles: [InstanceProfile] = [],
    lastUsed: RoleLastUsed? = nil, tags: [Tag] = []
  ) {
    self.arn = arn
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.description = description
    self.maxSessionDuration = maxSessionDuration
    self.trustPolicy = trustPolicy
    self.inlinePolicies = inlinePolicies
    self.attachedPolicies = attachedPolicies
    self.permissionsBoundary = permissionsBoundary
    self.instanceProfiles = instanceProfiles
    self.lastUsed = lastUsed
    self.tags = tags
  }

  /// True for roles under `/aws-service-role/` (TRU-14, GRD-3).
  public var isServiceLinked: Bool { path.hasPrefix("/aws-service-role/") }
}

/// An instance profile that contains a role.
public struct InstanceProfile: Hashable, Sendable {
  /// `InstanceProfileName`.
  public var name: String
  /// `InstanceProfileId` (`AIPA…`).
  public var id: String
  /// `Arn`.
  public var arn: ARN
  /// `Path`.
  public var path: String

  /// Creates an instance profile.
  public init(name: String, id: String, arn: ARN, path: String = "/") {
    self.name = name
    self.id = id
    self.arn = arn
    self.path = path
  }
}

/// `RoleLastUsed`: `{}` when the role was not used within the tracking window.
public struct RoleLastUsed: Hashable, Sendable {
  /// `LastUsedDate` as written.
  public var lastUsedDate: String?
  /// `Region`.
  public var region: String?

  /// Creates a last-used record.
  public init(lastUsedDate: String? = nil, region: String? = nil) {
    self.lastUsedDate = lastUsedDate
    self.region = region
  }
}
