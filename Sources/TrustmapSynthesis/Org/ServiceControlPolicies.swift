import TrustmapModel

/// One SCP with its attachment targets (root, OU or account ids).
struct ServiceControlPolicy {
  var id: String
  var name: String
  var description: String
  var awsManaged: Bool
  var content: JSONValue
  var targets: [String]
}

/// The organisation's SCPs: FullAWSAccess everywhere except the Sandbox OU (which gets an
/// allow-list instead, so FullAWSAccess there would defeat it), deny-leave-organization at the
/// root, a Dev OU deny on assuming `prod-*` roles, and protection of the security roles.
struct ServiceControlPolicies {
  let plan: OrgPlan

  func all() -> [ServiceControlPolicy] {
    var random = plan.random.derived(UInt64.max - 1)
    let policyID = { (random: inout SplitMix64) in
      "p-" + random.string(8, from: Alphabet.lowerAlphanumeric)
    }
    let sandbox = plan.organizationalUnits.filter { $0.tier == .sandbox }.map(\.id)
    let dev = plan.organizationalUnits.filter { $0.tier == .dev }.map(\.id)
    let everywhere =
      [plan.rootID] + plan.organizationalUnits.map(\.id).filter { !sandbox.contains($0) }
      + plan.accounts.map(\.id)
    return [
      ServiceControlPolicy(
        id: "p-FullAWSAccess", name: "FullAWSAccess",
        description: "Allows access to every operation", awsManaged: true,
        content: PolicyBuilder.document([PolicyBuilder.statement("Allow", ["*"], ["*"])]),
        targets: everywhere),
      ServiceControlPolicy(
        id: policyID(&random), name: "deny-leave-organization",
        description: "Member accounts may not leave", awsManaged: false,
        content: PolicyBuilder.document([
          PolicyBuilder.statement("Deny", ["organizations:LeaveOrganization"], ["*"])
        ]), targets: [plan.rootID]),
      ServiceControlPolicy(
        id: policyID(&random), name: "dev-deny-assume-prod-roles",
        description: "Dev principals may not assume prod-* roles", awsManaged: false,
        content: PolicyBuilder.document([
          PolicyBuilder.statement("Deny", ["sts:AssumeRole"], ["arn:aws:iam::*:role/prod-*"])
        ]), targets: dev),
      ServiceControlPolicy(
        id: policyID(&random), name: "sandbox-allow-list",
        description: "Sandbox accounts may use a short list of services", awsManaged: false,
        content: PolicyBuilder.document([
          PolicyBuilder.statement(
            "Allow",
            [
              "ec2:*", "s3:*", "lambda:*", "dynamodb:*", "logs:*", "cloudwatch:*", "sts:*",
              "iam:Get*", "iam:List*", "iam:PassRole",
            ], ["*"])
        ]), targets: sandbox),
      protectSecurityRoles(id: policyID(&random)),
    ]
  }

  private func protectSecurityRoles(id: String) -> ServiceControlPolicy {
    let condition: JSONValue = [
      "ArnNotLike": ["aws:PrincipalArn": "arn:aws:iam::*:role/OrganizationAccountAccessRole"]
    ]
    return ServiceControlPolicy(
      id: id, name: "protect-security-roles",
      description: "Only the org access role may change security roles", awsManaged: false,
      content: PolicyBuilder.document([
        PolicyBuilder.statement(
          "Deny",
          [
            "iam:UpdateAssumeRolePolicy", "iam:DeleteRole", "iam:PutRolePolicy",
            "iam:AttachRolePolicy",
          ], ["arn:aws:iam::*:role/security/*"], condition: condition)
      ]), targets: [plan.rootID])
  }
}
