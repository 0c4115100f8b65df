import TrustmapRender

extension Northwind {
  static let devAccount: AccountViewInput = {
    let dev = "555555555555"
    let oscar = principal(dev, "oscar.oncall", .user)
    let priya = principal(dev, "priya.dev", .user)
    let lambda = principal(dev, "dev-lambda-exec")
    let orgAccess = principal(dev, "OrganizationAccountAccessRole", admin: true)
    let devDeploy = principal(dev, "dev-deploy", admin: true)
    let ssoDeveloper = principal(dev, "AWSReservedSSO_DeveloperAccess_6694a0bf9b029967")
    let saml = DiagramPrincipal(
      id: "arn:aws:iam::\(dev):saml-provider/AWSSSO_6694a0bf_DO_NOT_DELETE", name: "AWSSSO (SAML)",
      accountID: dev, accountName: names[dev], kind: .identityProvider)
    let lambdaService = DiagramPrincipal(
      id: "lambda.amazonaws.com", name: "lambda.amazonaws.com", accountID: dev,
      accountName: names[dev], kind: .service)
    let management = principal("111111111111", "ops-legacy", .user, admin: true)
    let breakGlass = principal("444444444444", "break-glass-ops", admin: true)
    let scanner = principal("222222222222", "security-scanner")
    let audit = principal(dev, "security-audit")
    let principals = [
      dan, priya, oscar, pipeline, lambda, orgAccess, devDeploy, ssoDeveloper, saml,
      lambdaService, management, breakGlass, runner, prodDeploy, scanner, audit,
    ]
    let links = [
      DiagramTrust(from: dan.id, to: pipeline.id), DiagramTrust(from: priya.id, to: pipeline.id),
      DiagramTrust(from: oscar.id, to: pipeline.id),
      DiagramTrust(from: ssoDeveloper.id, to: pipeline.id),
      DiagramTrust(from: lambda.id, to: pipeline.id),
      DiagramTrust(
        from: saml.id, to: ssoDeveloper.id, action: "sts:AssumeRoleWithSAML",
        conditions: ["SAML:aud"]),
      DiagramTrust(from: lambdaService.id, to: lambda.id),
      DiagramTrust(from: pipeline.id, to: runner.id),
      DiagramTrust(from: runner.id, to: devDeploy.id),
      DiagramTrust(from: oscar.id, to: breakGlass.id),
      DiagramTrust(from: management.id, to: orgAccess.id),
      DiagramTrust(from: scanner.id, to: audit.id),
      DiagramTrust(
        from: dan.id, to: lambda.id, action: "iam:PassRole + lambda:*", isEscalation: true),
    ]
    return AccountViewInput(
      accountID: dev, accountName: names[dev], principals: principals, links: links)
  }()

  static let danRadius: PrincipalViewInput = {
    let prodRoles = ["prod-app-server", "prod-batch", "prod-readonly"].map {
      principal("444444444444", $0)
    }
    var reached = [
      ReachedPrincipal(principal: pipeline, via: DiagramTrust(from: dan.id, to: pipeline.id)),
      ReachedPrincipal(principal: runner, via: DiagramTrust(from: pipeline.id, to: runner.id)),
      ReachedPrincipal(
        principal: prodDeploy, via: DiagramTrust(from: runner.id, to: prodDeploy.id)),
      ReachedPrincipal(
        principal: principal("555555555555", "dev-deploy", admin: true),
        via: DiagramTrust(from: runner.id, to: "arn:aws:iam::555555555555:role/dev-deploy")),
      ReachedPrincipal(
        principal: principal("555555555555", "dev-lambda-exec"),
        via: DiagramTrust(
          from: dan.id, to: "arn:aws:iam::555555555555:role/dev-lambda-exec",
          action: "iam:PassRole + lambda:*", isEscalation: true)),
    ]
    reached += prodRoles.map {
      ReachedPrincipal(
        principal: $0, via: DiagramTrust(from: prodDeploy.id, to: $0.id, conditions: ["MFA"]))
    }
    return PrincipalViewInput(root: dan, reached: reached)
  }()
}
