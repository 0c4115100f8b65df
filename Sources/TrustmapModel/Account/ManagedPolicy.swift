/// A managed policy (`Policies[]`), customer managed or AWS managed, with all its versions.
public struct ManagedPolicy: Hashable, Sendable {
  /// `PolicyName`.
  public var name: String
  /// `PolicyId` (`ANPA…`).
  public var id: String
  /// `Arn`; the account field is `aws` for AWS managed policies (FMT-10).
  public var arn: ARN
  /// `Path`.
  public var path: String
  /// `DefaultVersionId`.
  public var defaultVersionID: String
  /// `PolicyVersionList`, every version kept (ESC-2 needs the non-default ones).
  public var versions: [PolicyVersion]
  /// `AttachmentCount`, when present.
  public var attachmentCount: Int?
  /// `PermissionsBoundaryUsageCount`, when present.
  public var permissionsBoundaryUsageCount: Int?
  /// `IsAttachable`, when present.
  public var isAttachable: Bool?
  /// `Description`, when present.
  public var description: String?
  /// `CreateDate` as written.
  public var createDate: String?
  /// `UpdateDate` as written.
  public var updateDate: String?

  /// Creates a managed policy.
  public init(
    name: String, id: String, arn: ARN, path: String, defaultVersionID: String,
    versions: [PolicyVersion], attachmentCount: Int? = nil,
    permissionsBoundaryUsageCount: Int? = nil, isAttachable: Bool? = nil,
    description: String? = nil, createDate: String? = nil, updateDate: String? = nil
  ) {
    self.name = name
    self.id = id
    self.arn = arn
    self.path = path
    self.defaultVersionID = defaultVersionID
    self.versions = versions
    self.attachmentCount = attachmentCount
    self.permissionsBoundaryUsageCount = permissionsBoundaryUsageCount
    self.isAttachable = isAttachable
    self.description = description
    self.createDate = createDate
    self.updateDate = updateDate
  }

  /// True for `arn:aws:iam::aws:policy/…`.
  public var isAWSManaged: Bool { arn.account == "aws" }

  /// The version that applies (FMT-9).
  ///
  /// The one flagged default, else the one named by `DefaultVersionId`; the importer rejects
  /// policies where neither exists.
  public var defaultVersion: PolicyVersion? {
    let flagged = versions.filter(\.isDefault)
    if flagged.count == 1 { return flagged[0] }
    return versions.first { $0.versionID == defaultVersionID }
  }

  /// The document of the default version.
  public var defaultDocument: PolicyDocument? { defaultVersion?.document }
}

/// One entry of `PolicyVersionList`.
public struct PolicyVersion: Hashable, Sendable {
  /// `VersionId`, for example `v3`.
  public var versionID: String
  /// `Document`.
  public var document: PolicyDocument
  /// `IsDefaultVersion`.
  public var isDefault: Bool
  /// `CreateDate` as written.
  public var createDate: String?

  /// Creates a version.
  public init(
    versionID: String, document: PolicyDocument, isDefault: Bool, createDate: String? = nil
  ) {
    self.versionID = versionID
    self.document = document
    self.isDefault = isDefault
    self.createDate = createDate
  }
}
