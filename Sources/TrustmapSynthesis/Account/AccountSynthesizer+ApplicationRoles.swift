import TrustmapModel

extension AccountSynthesizer {
  static let components = [
    "api", "worker", "ingest", "export", "scheduler", "web", "etl", "notifier", "reports", "sync",
  ]
  static let otherServices = [
    "states.amazonaws.com", "glue.amazonaws.com", "codebuild.amazonaws.com",
    "events.amazonaws.com", "sagemaker.amazonaws.com",
  ]

  /// Application role `number`.
  ///
  /// Mostly service roles, some trusting principals of this account or of a sibling account. `existing` are the roles made so far (candidates for chains).
  mutating func applicationRole(number: Int, existing: [RoleSpec]) -> RoleSpec {
    let application = account.application
    if number == 1 {
      // The role the account's service users assume (see `serviceUser`).
      return RoleSpec(
        path: "/app/", name: "\(application)-worker", trust: PolicyBuilder.awsTrust([arn("root")]),
        inline: [("data-access", dataAccess())], tags: [("app", application)])
    }
    let component = random.pick(AccountSynthesizer.components)
    var role = RoleSpec(
      path: random.percent(40) ? "/app/" : "/", name: "", trust: [:],
      tags: [("app", application), ("component", component)])
    let pattern = random.below(100)
    let kind = describe(&role, pattern: pattern, existing: existing)
    role.name = "\(application)-\(component)-\(kind)-\(number)"
    if role.inline.isEmpty && random.percent(40) { role.inline = [("data-access", dataAccess())] }
    if random.percent(10), let peer = existing.randomElementName(using: &random) {
      let peerARN = arn("role\(peer.path)\(peer.name)")
      role.inline.append(
        (
          "assume-peer",
          PolicyBuilder.document([PolicyBuilder.statement("Allow", ["sts:AssumeRole"], [peerARN])])
        ))
    }
    if account.tier == .dev && random.percent(40) {
      role.boundary = arn("policy/boundaries/DeveloperBoundary")
    }
    return role
  }

  /// Fills in trust and policies for `pattern` (0..<100); returns the name's kind part.
  private mutating func describe(_ role: inout RoleSpec, pattern: Int, existing: [RoleSpec])
    -> String
  {
    switch pattern {
    case 0..<30:
      role.trust = PolicyBuilder.serviceTrust("lambda.amazonaws.com")
      role.managed = [use(.lambdaBasicExecution)]
      return "lambda"
    case 30..<42:
      role.trust = PolicyBuilder.serviceTrust("ecs-tasks.amazonaws.com")
      role.managed = [use(.ecsTaskExecution)]
      return "task"
    case 42..<52:
      role.trust = PolicyBuilder.serviceTrust("ec2.amazonaws.com")
      role.managed = [use(.ssmManagedInstanceCore)]
      role.instanceProfile = true
      return "ec2"
    case 52..<58:
      role.trust = PolicyBuilder.serviceTrust(random.pick(AccountSynthesizer.otherServices))
      return "svc"
    case 58..<70:
      role.trust = PolicyBuilder.awsTrust(
        [arn("root")], condition: random.percent(30) ? mfaCondition : nil)
      return "ops"
    case 70..<82:
      let peer = existing.randomElementName(using: &random)
      let principal = peer.map { arn("role\($0.path)\($0.name)") } ?? arn("root")
      role.trust = PolicyBuilder.awsTrust([principal])
      return "chained"
    default:
      return describeUnusual(&role, pattern: pattern)
    }
  }

  private mutating func describeUnusual(_ role: inout RoleSpec, pattern: Int) -> String {
    switch pattern {
    case 82..<87 where options.usersPerAccount >= 4:
      let user = arn("user/service/svc-\(account.application)-4")
      role.trust = PolicyBuilder.awsTrust([user])
      return "user"
    case 82..<92:
      let offset = 1 + random.below(max(1, plan.accounts.count - 1))
      let sibling = plan.accounts[(account.index + offset) % plan.accounts.count].id
      role.trust = PolicyBuilder.awsTrust(["arn:aws:iam::\(sibling):root"])
      return "xacct"
    case 92..<96:
      role.trust = PolicyBuilder.document([
        PolicyBuilder.trust(["AWS": .string(arn("root"))]),
        PolicyBuilder.trust(
          ["AWS": "*"],
          condition: ["ArnLike": ["aws:PrincipalArn": .string(arn("role/app/*-ec2-*"))]],
          effect: "Deny"),
      ])
      return "guarded"
    default:
      role.trust = PolicyBuilder.awsTrust([arn("root")])
      role.inline = [
        (
          "deploy-functions",
          PolicyBuilder.document([
            PolicyBuilder.statement(
              "Allow", ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"], ["*"])
          ])
        )
      ]
      return "deployer"
    }
  }

  /// A typical data-plane inline policy for the account's application.
  private mutating func dataAccess() -> JSONValue {
    let table = "arn:aws:dynamodb:eu-west-1:\(id):table/\(account.application)-*"
    let bucket = "arn:aws:s3:::acme-\(account.application)-\(id)/*"
    return PolicyBuilder.document([
      PolicyBuilder.statement(
        "Allow", ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], [table]),
      PolicyBuilder.statement("Allow", ["s3:GetObject", "s3:PutObject"], [bucket]),
    ])
  }
}

extension Array where Element == RoleSpec {
  /// A random role that can be named as a principal (not service-linked), or nil.
  func randomElementName(using random: inout SplitMix64) -> RoleSpec? {
    guard !isEmpty else { return nil }
    let candidate = self[random.below(count)]
    return candidate.path.hasPrefix("/aws-service-role/") ? nil : candidate
  }
}
