import TrustmapModel

extension AccountSynthesizer {
  /// A RoleDetail (FMT §1.1.4).
  mutating func render(_ role: RoleSpec) -> JSONValue {
    let roleID = mint.next("AROA", random: &random)
    let roleARN = arn("role\(role.path)\(role.name)")
    let created = Timestamp.random(&random)
    let trust = encoded(role.trust)
    var members: [(String, JSONValue)] = [
      ("Path", .string(role.path)), ("RoleName", .string(role.name)),
      ("RoleId", .string(roleID)), ("Arn", .string(roleARN)), ("CreateDate", .string(created)),
      ("AssumeRolePolicyDocument", trust),
    ]
    var profiles: [JSONValue] = []
    if role.instanceProfile {
      let nested: JSONValue = [
        "Path": .string(role.path), "RoleName": .string(role.name), "RoleId": .string(roleID),
        "Arn": .string(roleARN), "CreateDate": .string(created),
        "AssumeRolePolicyDocument": trust,
      ]
      profiles.append([
        "Path": "/", "InstanceProfileName": .string(role.name),
        "InstanceProfileId": .string(mint.next("AIPA", random: &random)),
        "Arn": .string(arn("instance-profile/\(role.name)")), "CreateDate": .string(created),
        "Roles": [nested],
      ])
    }
    members.append(("InstanceProfileList", .array(profiles)))
    members.append(("RolePolicyList", inlineList(role.inline)))
    members.append(("AttachedManagedPolicies", attachments(role.managed)))
    if let boundary = role.boundary { members.append(("PermissionsBoundary", bound(boundary))) }
    members.append(("Tags", tagList(role.tags)))
    members.append(("RoleLastUsed", lastUsed()))
    return object(members)
  }

  /// A UserDetail (FMT §1.1.2).
  mutating func render(_ user: UserSpec) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("Path", .string(user.path)), ("UserName", .string(user.name)),
      ("UserId", .string(mint.next("AIDA", random: &random))),
      ("Arn", .string(arn("user\(user.path)\(user.name)"))),
      ("CreateDate", .string(Timestamp.random(&random))),
      ("UserPolicyList", inlineList(user.inline)),
      ("GroupList", .array(user.groups.map { .string($0) })),
      ("AttachedManagedPolicies", attachments(user.managed)),
    ]
    if let boundary = user.boundary { members.append(("PermissionsBoundary", bound(boundary))) }
    members.append(("Tags", tagList(user.tags)))
    return object(members)
  }

  /// A GroupDetail (FMT §1.1.3).
  mutating func render(_ group: GroupSpec) -> JSONValue {
    [
      "Path": .string(group.path), "GroupName": .string(group.name),
      "GroupId": .string(mint.next("AGPA", random: &random)),
      "Arn": .string(arn("group\(group.path)\(group.name)")),
      "CreateDate": .string(Timestamp.random(&random)),
      "GroupPolicyList": inlineList(group.inline),
      "AttachedManagedPolicies": attachments(group.managed),
    ]
  }

  private func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }

  private func inlineList(_ policies: [(String, JSONValue)]) -> JSONValue {
    .array(policies.map { ["PolicyName": .string($0.0), "PolicyDocument": encoded($0.1)] })
  }

  private mutating func attachments(_ arns: [String]) -> JSONValue {
    .array(
      arns.map { policyARN in
        attachmentCounts[policyARN, default: 0] += 1
        let name = policyARN.split(separator: "/").last.map(String.init) ?? policyARN
        return ["PolicyName": .string(name), "PolicyArn": .string(policyARN)]
      })
  }

  private mutating func bound(_ policyARN: String) -> JSONValue {
    boundaryCounts[policyARN, default: 0] += 1
    return ["PermissionsBoundaryType": "Policy", "PermissionsBoundaryArn": .string(policyARN)]
  }

  private func tagList(_ tags: [(String, String)]) -> JSONValue {
    .array(tags.map { ["Key": .string($0.0), "Value": .string($0.1)] })
  }

  private mutating func lastUsed() -> JSONValue {
    guard random.percent(70) else { return [:] }
    return [
      "LastUsedDate": .string(Timestamp.random(&random)),
      "Region": .string(random.pick(["us-east-1", "eu-west-1", "eu-central-1", "us-west-2"])),
    ]
  }
}
