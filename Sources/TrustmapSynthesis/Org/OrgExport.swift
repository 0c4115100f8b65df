import TrustmapModel

/// Builds `org.json`: the combined Organizations export of spec §1.3.
struct OrgExport {
  let plan: OrgPlan

  private var managementID: String { plan.management.id }
  private var orgARNPrefix: String { "arn:aws:organizations::\(managementID)" }

  /// The whole file, keys in the order of the spec example.
  func document() -> JSONValue {
    var random = plan.random.derived(UInt64.max)
    let organization: JSONValue = [
      "Id": .string(plan.organizationID),
      "Arn": .string("\(orgARNPrefix):organization/\(plan.organizationID)"),
      "FeatureSet": "ALL", "MasterAccountId": .string(managementID),
      "MasterAccountArn": .string(accountARN(managementID)),
      "MasterAccountEmail": .string(email(plan.management.name)),
    ]
    let root: JSONValue = [
      "Id": .string(plan.rootID), "Arn": .string(targetARN(plan.rootID)), "Name": "Root",
      "PolicyTypes": [["Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"]],
    ]
    let units = plan.organizationalUnits.map { unit -> JSONValue in
      [
        "Id": .string(unit.id), "Arn": .string(targetARN(unit.id)), "Name": .string(unit.name),
        "ParentId": .string(unit.parentID),
      ]
    }
    let accounts = plan.accounts.map { account -> JSONValue in
      [
        "Id": .string(account.id), "Arn": .string(accountARN(account.id)),
        "Email": .string(email(account.name)), "Name": .string(account.name),
        "Status": "ACTIVE", "State": "ACTIVE",
        "JoinedMethod": account.tier == .management ? "INVITED" : "CREATED",
        "JoinedTimestamp": .string(Timestamp.random(&random)),
        "ParentId": .string(account.parentID),
      ]
    }
    return [
      "SchemaVersion": "trustgraph-org-export/1", "ExportedAt": "2025-01-15T10:00:00+00:00",
      "Organization": organization, "Roots": [root], "OrganizationalUnits": .array(units),
      "Accounts": .array(accounts),
      "Policies": .array(ServiceControlPolicies(plan: plan).all().map(render)),
    ]
  }

  private func render(_ policy: ServiceControlPolicy) -> JSONValue {
    let policyARN =
      policy.awsManaged
      ? "arn:aws:organizations::aws:policy/service_control_policy/\(policy.id)"
      : "\(orgARNPrefix):policy/\(plan.organizationID)/service_control_policy/\(policy.id)"
    let targets = policy.targets.map { target -> JSONValue in
      [
        "TargetId": .string(target), "Arn": .string(targetARN(target)),
        "Type": .string(type(of: target)),
      ]
    }
    return [
      "PolicySummary": [
        "Id": .string(policy.id), "Arn": .string(policyARN), "Name": .string(policy.name),
        "Description": .string(policy.description), "Type": "SERVICE_CONTROL_POLICY",
        "AwsManaged": .bool(policy.awsManaged),
      ],
      // ORG-4 / FMT-12: describe-policy prints the body as a JSON string.
      "Content": .string(String(decoding: policy.content.compactBytes, as: UTF8.self)),
      "Targets": .array(targets),
    ]
  }

  private func type(of target: String) -> String {
    if target.hasPrefix("r-") { return "ROOT" }
    return target.hasPrefix("ou-") ? "ORGANIZATIONAL_UNIT" : "ACCOUNT"
  }

  private func targetARN(_ target: String) -> String {
    switch type(of: target) {
    case "ROOT": return "\(orgARNPrefix):root/\(plan.organizationID)/\(target)"
    case "ORGANIZATIONAL_UNIT": return "\(orgARNPrefix):ou/\(plan.organizationID)/\(target)"
    default: return accountARN(target)
    }
  }

  private func accountARN(_ accountID: String) -> String {
    "\(orgARNPrefix):account/\(plan.organizationID)/\(accountID)"
  }

  private func email(_ name: String) -> String { "aws+\(name)@acme.example" }
}
