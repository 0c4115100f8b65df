import TrustmapReport

/// The hand-written document's root causes, exposure and choke points, and the document with
/// them.
extension Northwind {
  static let runnerCause = ReportRootCause(
    id: "rc:cross-account-escalation:role/ci/deploy-runner#0~3e441a07",
    kind: "cross-account-escalation", severity: .critical,
    title:
      "The trust of role ci/deploy-runner (northwind-shared-tooling) lets 5 principals of "
      + "northwind-dev become administrators of northwind-prod",
    rationale:
      "Critical: 5 principals of northwind-dev can become administrators of northwind-prod.",
    statements: runnerHop.trustStatement.map { [$0] } ?? [], findings: ["TM-0001"],
    sources: [ref(dev, "user/dan.dev"), ref(dev, "user/priya.dev")], sourceAccounts: [dev],
    targetAccounts: [prod], paths: 5, allowedPaths: 5, removedByFix: 5,
    example: [danToRunner, runnerHop, prodDeployHop],
    fix: ReportFix(
      text:
        "Statement 0 (Sid CiCallers) of the trust policy of role ci/deploy-runner names role "
        + "ci-pipeline of northwind-dev: remove it from the Principal.",
      snippet: #""Principal": {"AWS": ["arn:aws:iam::333333333333:role/github-actions-build"]}"#),
    location: ReportLocation(
      file: "Samples/accounts/shared-tooling-333333333333.json",
      jsonPath: "$.RoleDetailList[4].AssumeRolePolicyDocument.Statement[0]", line: 412, column: 21),
    rules: ["EDG-5", "ADM-5"])

  static let oidcCause = ReportRootCause(
    id: "rc:unguarded-oidc-trust:role/gha-marketing-site-deploy#0~05fbf60e",
    kind: "unguarded-oidc-trust", severity: .critical,
    title:
      "Role gha-marketing-site-deploy (northwind-prod) accepts every identity of its OIDC provider",
    rationale: "Critical: any GitHub Actions workflow of any repository can assume the role.",
    findings: ["TM-0004"], targetAccounts: [prod], paths: 1,
    fix: ReportFix(
      text: "Add a condition on the token's subject:",
      snippet:
        #""Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:<owner>/<repository>:ref:refs/heads/main"}}"#
    ),
    rules: ["TRU-16"])

  static let exposure = [
    ReportExposure(
      account: prod, label: "northwind-prod", tier: "prod",
      sources: [
        ReportExposure.Source(
          account: dev, label: "northwind-dev",
          principals: [ref(dev, "user/dan.dev"), ref(dev, "user/priya.dev")], allowed: 2,
          fewestHops: 3, rootCauses: [runnerCause.id])
      ]),
    ReportExposure(
      account: "222222222222", label: "northwind-security", tier: "security", sources: []),
  ]

  static var document: ReportDocument {
    var document = base
    document.rootCauses = [runnerCause, oidcCause]
    document.exposure = exposure
    document.chokePoints = [
      ReportChokePoint(rootCauses: [runnerCause.id], statements: 1, removed: 5, total: 9)
    ]
    document.findings[1].rootCauses = [runnerCause.id]
    document.findings[1].fixes = [runnerCause.fix]
    document.findings[1].rationale = runnerCause.rationale
    document.findings[1].admin = ReportAdminReason(
      text: "prod-deploy (northwind-prod) may do everything in its account.",
      statements: [
        StatementRef(
          policyName: "AdministratorAccess",
          source: "arn:aws:iam::aws:policy/AdministratorAccess@v1",
          index: 0, json: #"{"Effect":"Allow","Action":"*","Resource":"*"}"#)
      ])
    return document
  }
}
