import TrustmapModel

extension AccountSynthesizer {
  /// Exactly `rolesPerAccount` roles: the account's landing-zone roles in priority order,
  /// cut to size, then application roles to fill up.
  mutating func roleSpecs(customer: [CustomerPolicySpec]) -> [RoleSpec] {
    var roles = Array(coreRoles(customer: customer).prefix(options.rolesPerAccount))
    var number = 1
    while roles.count < options.rolesPerAccount {
      roles.append(applicationRole(number: number, existing: roles))
      number += 1
    }
    return roles
  }

  private mutating func coreRoles(customer: [CustomerPolicySpec]) -> [RoleSpec] {
    var roles: [RoleSpec] = []
    if account.tier != .management {
      roles.append(
        RoleSpec(
          name: "OrganizationAccountAccessRole",
          trust: PolicyBuilder.awsTrust(["arn:aws:iam::\(plan.management.id):root"]),
          managed: [use(.administratorAccess)]))
    }
    roles.append(identityCenterRole("AdministratorAccess", use(.administratorAccess)))
    roles.append(identityCenterRole("ReadOnlyAccess", use(.readOnlyAccess)))
    roles.append(
      RoleSpec(
        path: "/security/", name: "security-audit",
        trust: PolicyBuilder.awsTrust([plan.securityHubRoleARN]),
        managed: [use(.securityAudit), use(.viewOnlyAccess)]))
    roles += tierRoles(customer: customer)
    roles += serviceLinkedRoles()
    roles += exposureRoles()
    return roles
  }

  /// An Identity Center (SSO) permission-set role: SAML federation with TagSession.
  mutating func identityCenterRole(_ permissionSet: String, _ policyARN: String) -> RoleSpec {
    let provider = arn("saml-provider/AWSSSO_\(plan.identityCenterSuffix)_DO_NOT_DELETE")
    let trust = PolicyBuilder.document([
      PolicyBuilder.trust(
        ["Federated": .string(provider)], actions: ["sts:AssumeRoleWithSAML", "sts:TagSession"],
        condition: ["StringEquals": ["SAML:aud": "https://signin.aws.amazon.com/saml"]])
    ])
    let suffix = random.string(16, from: Alphabet.hex)
    return RoleSpec(
      path: "/aws-reserved/sso.amazonaws.com/", name: "AWSReservedSSO_\(permissionSet)_\(suffix)",
      trust: trust, managed: [policyARN])
  }

  /// A GitHub Actions OIDC role; `subject` nil leaves it unguarded (any repository).
  mutating func githubRole(_ name: String, subject: String?, inline: [(String, JSONValue)] = [])
    -> RoleSpec
  {
    var condition: [JSONMember] = [
      JSONMember(
        key: "StringEquals",
        value: ["token.actions.githubusercontent.com:aud": "sts.amazonaws.com"])
    ]
    if let subject {
      condition.append(
        JSONMember(
          key: "StringLike", value: ["token.actions.githubusercontent.com:sub": .string(subject)]))
    }
    let provider = arn("oidc-provider/token.actions.githubusercontent.com")
    let trust = PolicyBuilder.document([
      PolicyBuilder.trust(
        ["Federated": .string(provider)], actions: ["sts:AssumeRoleWithWebIdentity"],
        condition: .object(JSONObject(condition)))
    ])
    return RoleSpec(path: "/github/", name: name, trust: trust, inline: inline)
  }

  private mutating func serviceLinkedRoles() -> [RoleSpec] {
    var services = [
      ("support.amazonaws.com", "AWSServiceRoleForSupport", "AWSSupportServiceRolePolicy"),
      (
        "trustedadvisor.amazonaws.com", "AWSServiceRoleForTrustedAdvisor",
        "AWSTrustedAdvisorServiceRolePolicy"
      ),
      ("sso.amazonaws.com", "AWSServiceRoleForSSO", "AWSSSOServiceRolePolicy"),
    ]
    if account.tier == .management {
      services.append(
        (
          "organizations.amazonaws.com", "AWSServiceRoleForOrganizations",
          "AWSOrganizationsServiceTrustPolicy"
        ))
    }
    return services.map { service, name, policy in
      RoleSpec(
        path: "/aws-service-role/\(service)/", name: name,
        trust: PolicyBuilder.serviceTrust(service),
        managed: [use(.serviceLinked(policy))])
    }
  }
}

extension OrgPlan {
  /// The security account's hub role that every account's `security-audit` role trusts.
  var securityHubRoleARN: String {
    AccountSynthesizer.roleARN(securityHubAccountID, path: "/security/", name: "SecurityAuditHub")
  }

  /// The CI runner roles of the infrastructure accounts (the management account's if none).
  var ciRunnerRoleARNs: [String] {
    let tools = accountIDs(.infrastructure)
    return (tools.isEmpty ? [management.id] : tools).map {
      AccountSynthesizer.roleARN($0, path: "/cicd/", name: "ci-runner")
    }
  }
}
