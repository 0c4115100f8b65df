import TrustmapModel

extension AccountSynthesizer {
  /// The account's customer managed policies, in a fixed order (index = role in the account).
  mutating func customerPolicies() -> [CustomerPolicySpec] {
    let allow = { (actions: [String], resources: [String]) in
      PolicyBuilder.statement("Allow", actions, resources)
    }
    let developer = CustomerPolicySpec(
      name: "DeveloperAccess", description: "Day-to-day developer permissions",
      versions: [
        // v1 let developers assume any role: raw material for ESC-2 if it is made default.
        PolicyBuilder.document([allow(["s3:*", "dynamodb:*", "sts:AssumeRole"], ["*"])]),
        PolicyBuilder.document([allow(["s3:*", "dynamodb:*", "lambda:*"], ["*"])]),
        PolicyBuilder.document([
          allow(["s3:*", "dynamodb:*", "lambda:*", "logs:*"], ["*"]),
          PolicyBuilder.statement("Deny", ["iam:*User*", "iam:*AccessKey*"], ["*"]),
        ]),
      ], defaultIndex: random.percent(80) ? 2 : 1)
    let boundary = CustomerPolicySpec(
      path: "/boundaries/", name: "DeveloperBoundary",
      description: "Permissions boundary for developer-created roles",
      versions: [
        PolicyBuilder.document([
          allow(["s3:*", "dynamodb:*", "lambda:*", "logs:*", "sqs:*", "sts:AssumeRole"], ["*"]),
          PolicyBuilder.statement(
            "Deny",
            [
              "iam:DeleteRolePermissionsBoundary", "iam:PutRolePermissionsBoundary",
              "iam:CreateUser", "organizations:*",
            ], ["*"]),
        ])
      ], defaultIndex: 0)
    let deploy = CustomerPolicySpec(
      path: "/cicd/", name: "AssumeDeployRoles", description: "CI may assume deploy roles",
      versions: [
        PolicyBuilder.document([allow(["sts:AssumeRole"], ["arn:aws:iam::*:role/*"])]),
        PolicyBuilder.document([allow(["sts:AssumeRole"], ["arn:aws:iam::*:role/cicd/ci-deploy"])]),
      ], defaultIndex: 1)
    return [developer, boundary, deploy]
  }

  /// Admins, Developers and ReadOnly: every account has all three.
  mutating func groupSpecs(customer: [CustomerPolicySpec]) -> [GroupSpec] {
    let requireMFA = PolicyBuilder.document([
      PolicyBuilder.statement(
        "Deny", ["*"], ["*"], condition: ["BoolIfExists": ["aws:MultiFactorAuthPresent": "false"]],
        sid: "DenyWithoutMFA")
    ])
    let assumeDeveloper = PolicyBuilder.document([
      PolicyBuilder.statement("Allow", ["sts:AssumeRole"], [arn("role/developer")])
    ])
    return [
      GroupSpec(
        name: "Admins", managed: [use(.administratorAccess)],
        inline: [("require-mfa", requireMFA)]),
      GroupSpec(
        name: "Developers", managed: [customerPolicyARN(customer[0])],
        inline: [("assume-developer-role", assumeDeveloper)]),
      GroupSpec(name: "ReadOnly", managed: [use(.readOnlyAccess), use(.viewOnlyAccess)]),
    ]
  }

  /// `usersPerAccount` users: mostly people in groups, every fourth a service user.
  mutating func userSpecs(groups: [GroupSpec]) -> [UserSpec] {
    let first = ["ana", "ben", "chen", "dara", "eli", "femi", "gus", "hiro", "ivy", "jo", "kai"]
    let last = ["sato", "garcia", "rossi", "smith", "murphy", "okafor", "novak", "berg"]
    let memberships = [
      ["Developers"], ["Developers"], ["ReadOnly"], ["Admins"], ["Developers", "ReadOnly"],
    ]
    var users: [UserSpec] = []
    for index in 0..<options.usersPerAccount {
      if index % 4 == 3 {
        users.append(serviceUser(number: index + 1))
        continue
      }
      var user = UserSpec(
        name: "\(random.pick(first)).\(random.pick(last))\(index + 1)",
        groups: random.pick(memberships), tags: [("team", random.pick(OrgPlan.applications))])
      if random.percent(10) { user.managed = [use(.s3ReadOnly)] }
      if account.tier == .dev && random.percent(30) {
        user.boundary = arn("policy/boundaries/DeveloperBoundary")
      }
      users.append(user)
    }
    return users
  }

  /// A service user with access keys' worth of inline permissions; in tools accounts a legacy
  /// CI user that may assume every deploy role (a classic cross-account chain).
  private mutating func serviceUser(number: Int) -> UserSpec {
    if account.tier == .infrastructure {
      return UserSpec(
        path: "/cicd/", name: "ci-legacy-deployer-\(number)",
        managed: [arn("policy/cicd/AssumeDeployRoles")])
    }
    let target = arn("role/app/\(account.application)-worker")
    return UserSpec(
      path: "/service/", name: "svc-\(account.application)-\(number)",
      inline: [
        (
          "assume-worker",
          PolicyBuilder.document([PolicyBuilder.statement("Allow", ["sts:AssumeRole"], [target])])
        )
      ])
  }
}
