import TrustmapModel

extension AccountSynthesizer {
  /// A customer ManagedPolicyDetail (FMT §1.1.5): exactly one default version (FMT-9).
  mutating func render(_ policy: CustomerPolicySpec) -> JSONValue {
    let policyARN = customerPolicyARN(policy)
    var created = Timestamp.epochBase + random.below(Timestamp.spread / 2)
    var versions: [JSONValue] = []
    for (index, document) in policy.versions.enumerated() {
      created += 86_400 + random.below(90 * 86_400)
      versions.append([
        "Document": encoded(document), "VersionId": .string("v\(index + 1)"),
        "IsDefaultVersion": .bool(index == policy.defaultIndex),
        "CreateDate": .string(Timestamp.iso(created)),
      ])
    }
    return managedPolicy(
      name: policy.name, id: mint.next("ANPA", random: &random), arn: policyARN,
      path: policy.path, defaultVersion: "v\(policy.defaultIndex + 1)",
      description: policy.description, versions: versions.reversed())
  }

  /// The AWS managed policies in use, sorted by ARN (FMT-10: only attached ones are listed).
  mutating func renderAWSPolicies() -> [JSONValue] {
    awsPolicies.keys.sorted().compactMap { policyARN in
      guard let policy = awsPolicies[policyARN],
        attachmentCounts[policyARN, default: 0] + boundaryCounts[policyARN, default: 0] > 0
      else { return nil }
      let version: JSONValue = [
        "Document": encoded(policy.document), "VersionId": .string(policy.defaultVersion),
        "IsDefaultVersion": true, "CreateDate": "2017-05-02T16:31:46+00:00",
      ]
      return managedPolicy(
        name: policy.name, id: IdentifierMint.awsManagedPolicyID(name: policy.name),
        arn: policyARN, path: policy.path, defaultVersion: policy.defaultVersion,
        description: "AWS managed policy \(policy.name)", versions: [version])
    }
  }

  private func managedPolicy(
    name: String, id: String, arn policyARN: String, path: String, defaultVersion: String,
    description: String, versions: [JSONValue]
  ) -> JSONValue {
    let created = versions.last?["CreateDate"] ?? "2017-05-02T16:31:46+00:00"
    let updated = versions.first?["CreateDate"] ?? created
    return [
      "PolicyName": .string(name), "PolicyId": .string(id), "Arn": .string(policyARN),
      "Path": .string(path), "DefaultVersionId": .string(defaultVersion),
      "AttachmentCount": .number(String(attachmentCounts[policyARN, default: 0])),
      "PermissionsBoundaryUsageCount": .number(String(boundaryCounts[policyARN, default: 0])),
      "IsAttachable": true, "Description": .string(description), "CreateDate": created,
      "UpdateDate": updated, "PolicyVersionList": .array(versions),
    ]
  }
}
