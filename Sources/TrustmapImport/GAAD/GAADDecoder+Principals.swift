import TrustmapModel

extension GAADDecoder {
  /// `UserDetailList[]` (§1.1.2).
  mutating func user(_ node: Node) throws(ImportError) -> User {
    let arn = try node.arn("Arn")
    noteAccount(of: arn, at: node.path.appending("Arn"))
    return User(
      arn: arn, name: try node.string("UserName"), path: try node.optionalString("Path") ?? "/",
      id: try node.string("UserId"), createDate: try node.optionalTimestamp("CreateDate"),
      groupNames: try node.strings("GroupList"),
      inlinePolicies: try inlinePolicies(node, "UserPolicyList"),
      attachedPolicies: try attachments(node), permissionsBoundary: try boundary(node),
      tags: try tags(node))
  }

  /// `GroupDetailList[]` (§1.1.3).
  mutating func group(_ node: Node) throws(ImportError) -> Group {
    let arn = try node.arn("Arn")
    noteAccount(of: arn, at: node.path.appending("Arn"))
    return Group(
      arn: arn, name: try node.string("GroupName"), path: try node.optionalString("Path") ?? "/",
      id: try node.string("GroupId"), createDate: try node.optionalTimestamp("CreateDate"),
      inlinePolicies: try inlinePolicies(node, "GroupPolicyList"),
      attachedPolicies: try attachments(node))
  }

  /// `RoleDetailList[]` (§1.1.4).
  mutating func role(_ node: Node) throws(ImportError) -> Role {
    let arn = try node.arn("Arn")
    noteAccount(of: arn, at: node.path.appending("Arn"))
    let trust = try PolicyDocumentDecoder.decode(try node.required("AssumeRolePolicyDocument"))
    return Role(
      arn: arn, name: try node.string("RoleName"), path: try node.optionalString("Path") ?? "/",
      id: try node.string("RoleId"), createDate: try node.optionalTimestamp("CreateDate"),
      description: try node.optionalString("Description"),
      maxSessionDuration: try node.optionalInt("MaxSessionDuration"), trustPolicy: trust,
      inlinePolicies: try inlinePolicies(node, "RolePolicyList"),
      attachedPolicies: try attachments(node), permissionsBoundary: try boundary(node),
      instanceProfiles: try instanceProfiles(node), lastUsed: try lastUsed(node),
      tags: try tags(node))
  }

  /// FMT-7: only the profiles; the nested `Roles` copies are not role definitions.
  private func instanceProfiles(_ node: Node) throws(ImportError) -> [InstanceProfile] {
    var profiles: [InstanceProfile] = []
    for element in try node.elements("InstanceProfileList") {
      profiles.append(
        InstanceProfile(
          name: try element.string("InstanceProfileName"),
          id: try element.optionalString("InstanceProfileId") ?? "", arn: try element.arn("Arn"),
          path: try element.optionalString("Path") ?? "/"))
    }
    return profiles
  }

  /// FMT-8: `RoleLastUsed`, `{}` when unused in the tracking window.
  private func lastUsed(_ node: Node) throws(ImportError) -> RoleLastUsed? {
    guard let record = node.child("RoleLastUsed") else { return nil }
    _ = try record.object()
    return RoleLastUsed(
      lastUsedDate: try record.optionalTimestamp("LastUsedDate"),
      region: try record.optionalString("Region"))
  }
}
