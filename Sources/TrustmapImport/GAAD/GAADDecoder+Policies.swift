import TrustmapModel

extension GAADDecoder {
  /// `Policies[]` (§1.1.5), all versions kept; the default must be determinable (FMT-9).
  mutating func managedPolicy(_ node: Node) throws(ImportError) -> ManagedPolicy {
    let arn = try node.arn("Arn")
    noteAccount(of: arn, at: node.path.appending("Arn"))
    var versions: [PolicyVersion] = []
    for element in try node.elements("PolicyVersionList") {
      versions.append(
        PolicyVersion(
          versionID: try element.string("VersionId"),
          document: try PolicyDocumentDecoder.decode(try element.required("Document")),
          isDefault: try element.optionalBool("IsDefaultVersion") ?? false,
          createDate: try element.optionalTimestamp("CreateDate")))
    }
    let named = try node.optionalString("DefaultVersionId")
    let policy = ManagedPolicy(
      name: try node.string("PolicyName"), id: try node.optionalString("PolicyId") ?? "", arn: arn,
      path: try node.optionalString("Path") ?? "/",
      defaultVersionID: named ?? versions.first(where: \.isDefault)?.versionID ?? "",
      versions: versions, attachmentCount: try node.optionalInt("AttachmentCount"),
      permissionsBoundaryUsageCount: try node.optionalInt("PermissionsBoundaryUsageCount"),
      isAttachable: try node.optionalBool("IsAttachable"),
      description: try node.optionalString("Description"),
      createDate: try node.optionalTimestamp("CreateDate"),
      updateDate: try node.optionalTimestamp("UpdateDate"))
    guard policy.defaultVersion != nil else {
      throw .noDefaultVersion(
        file: node.file, path: node.path.appending("PolicyVersionList"), policy: arn.rawValue,
        defaultVersionID: named)
    }
    return policy
  }

  /// `UserPolicyList`, `GroupPolicyList`, `RolePolicyList`.
  func inlinePolicies(_ node: Node, _ key: String) throws(ImportError) -> [InlinePolicy] {
    var policies: [InlinePolicy] = []
    for element in try node.elements(key) {
      policies.append(
        InlinePolicy(
          name: try element.string("PolicyName"),
          document: try PolicyDocumentDecoder.decode(try element.required("PolicyDocument"))))
    }
    return policies
  }

  /// `AttachedManagedPolicies`; a lone object is one attachment (FMT-6).
  func attachments(_ node: Node) throws(ImportError) -> [PolicyAttachment] {
    var attachments: [PolicyAttachment] = []
    for element in try node.elements("AttachedManagedPolicies") {
      let arn = try element.arn("PolicyArn")
      attachments.append(
        PolicyAttachment(
          name: try element.optionalString("PolicyName") ?? arn.resourceName, arn: arn))
    }
    return attachments
  }

  /// `PermissionsBoundary.PermissionsBoundaryArn`.
  func boundary(_ node: Node) throws(ImportError) -> ARN? {
    guard let boundary = node.child("PermissionsBoundary") else { return nil }
    return try boundary.arn("PermissionsBoundaryArn")
  }

  /// `Tags`.
  func tags(_ node: Node) throws(ImportError) -> [Tag] {
    var tags: [Tag] = []
    for element in try node.elements("Tags") {
      tags.append(
        Tag(key: try element.string("Key"), value: try element.optionalString("Value") ?? ""))
    }
    return tags
  }
}
