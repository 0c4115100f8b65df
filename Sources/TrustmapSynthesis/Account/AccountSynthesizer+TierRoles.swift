import TrustmapModel

extension AccountSynthesizer {
  /// The roles that depend on the account's tier (and on hosting the security hub).
  mutating func tierRoles(customer: [CustomerPolicySpec]) -> [RoleSpec] {
    var roles = id == plan.securityHubAccountID ? securityHubRoles() : []
    switch account.tier {
    case .management:
      roles.append(
        RoleSpec(
          name: "billing-admin",
          trust: PolicyBuilder.awsTrust([arn("root")], condition: mfaCondition),
          managed: [use(.billing)]))
    case .security:
      break
    case .infrastructure:
      roles += toolsRoles()
    case .prod, .dev:
      roles += workloadRoles(customer: customer)
    case .sandbox:
      roles.append(identityCenterRole("PowerUserAccess", use(.powerUserAccess)))
      roles.append(
        RoleSpec(
          name: "sandbox-admin", trust: PolicyBuilder.awsTrust([arn("root")]),
          managed: [use(.administratorAccess)]))
    }
    return roles
  }

  var mfaCondition: JSONValue { ["Bool": ["aws:MultiFactorAuthPresent": "true"]] }

  private mutating func securityHubRoles() -> [RoleSpec] {
    let auditSession = arn("role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecurityAudit_*")
    let assumeAudit = PolicyBuilder.document([
      PolicyBuilder.statement(
        "Allow", ["sts:AssumeRole"], ["arn:aws:iam::*:role/security/security-audit"])
    ])
    let breakGlass = PolicyBuilder.document([
      PolicyBuilder.statement(
        "Allow", ["sts:AssumeRole"], ["arn:aws:iam::*:role/OrganizationAccountAccessRole"])
    ])
    var auditor = identityCenterRole("SecurityAudit", use(.securityAudit))
    auditor.inline = [
      (
        "assume-hub",
        PolicyBuilder.document([
          PolicyBuilder.statement("Allow", ["sts:AssumeRole"], [plan.securityHubRoleARN])
        ])
      )
    ]
    return [
      RoleSpec(
        path: "/security/", name: "SecurityAuditHub",
        trust: PolicyBuilder.awsTrust(
          [arn("root")], condition: ["ArnLike": ["aws:PrincipalArn": .string(auditSession)]]),
        inline: [("assume-audit-roles", assumeAudit)]),
      auditor,
      RoleSpec(
        path: "/security/", name: "incident-response",
        trust: PolicyBuilder.awsTrust([arn("root")], condition: mfaCondition),
        inline: [("break-glass", breakGlass)]),
    ]
  }

  private mutating func toolsRoles() -> [RoleSpec] {
    let runnerPolicy = PolicyBuilder.document([
      PolicyBuilder.statement("Allow", ["sts:AssumeRole"], ["arn:aws:iam::*:role/cicd/ci-deploy"]),
      PolicyBuilder.statement(
        "Deny", ["sts:AssumeRole"], ["arn:aws:iam::\(plan.management.id):role/*"],
        sid: "NeverIntoManagement"),
    ])
    let runnerARN = arn("role/cicd/ci-runner")
    let assumeRunner = PolicyBuilder.document([
      PolicyBuilder.statement("Allow", ["sts:AssumeRole"], [runnerARN])
    ])
    return [
      RoleSpec(
        path: "/cicd/", name: "ci-runner", trust: PolicyBuilder.serviceTrust("ec2.amazonaws.com"),
        managed: [use(.ssmManagedInstanceCore)], inline: [("assume-deploy-roles", runnerPolicy)],
        instanceProfile: true),
      githubRole(
        "github-actions-platform", subject: "repo:acme/platform-infra:ref:refs/heads/main",
        inline: [("assume-runner", assumeRunner)]),
      identityCenterRole("PowerUserAccess", use(.powerUserAccess)),
    ]
  }

  private mutating func workloadRoles(customer: [CustomerPolicySpec]) -> [RoleSpec] {
    let prod = account.tier == .prod
    let passRole = PolicyBuilder.document([
      PolicyBuilder.statement("Allow", ["iam:PassRole"], [arn("role/app/*")])
    ])
    var roles = [
      RoleSpec(
        path: "/cicd/", name: "ci-deploy", trust: PolicyBuilder.awsTrust(plan.ciRunnerRoleARNs),
        managed: [use(prod ? .powerUserAccess : .administratorAccess)],
        inline: [("pass-app-roles", passRole)])
    ]
    let repository = "repo:acme/\(account.application)"
    let subject = prod ? "\(repository):environment:production" : "\(repository):ref:refs/heads/*"
    roles.append(
      githubRole(
        "github-actions-\(account.application)", subject: random.percent(8) ? nil : subject))
    if prod {
      let partner = plan.accounts.first { $0.tier == .dev && $0.application == account.application }
      roles.append(
        RoleSpec(
          name: "prod-support-readonly",
          trust: PolicyBuilder.awsTrust(["arn:aws:iam::\(partner?.id ?? id):root"]),
          managed: [use(.readOnlyAccess)]))
    } else {
      roles.append(identityCenterRole("PowerUserAccess", use(.powerUserAccess)))
      roles.append(
        RoleSpec(
          name: "developer", trust: PolicyBuilder.awsTrust([arn("root")]),
          managed: [customerPolicyARN(customer[0])], boundary: customerPolicyARN(customer[1])))
    }
    return roles
  }
}
