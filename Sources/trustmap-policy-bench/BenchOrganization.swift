import TrustmapModel

/// Builds a realistic organisation for the benchmark: four accounts, users with several identity
/// policies (inline, managed, group), roles with conditional trust policies, SCPs and an RCP.
enum BenchOrganization {
  static let accounts = ["111111111111", "222222222222", "333333333333", "555555555555"]

  static func json(_ text: String) -> PolicyDocument {
    do { return PolicyDocument(json: try JSONParser.parse(text)) } catch {
      preconditionFailure("benchmark fixture JSON is invalid: \(error)")
    }
  }

  static func arn(_ text: String) -> ARN {
    guard let arn = ARN(text) else { preconditionFailure("bad ARN \(text)") }
    return arn
  }

  static func trustPolicy(_ index: Int, account: String) -> PolicyDocument {
    let other = accounts[(index + 1) % 3]
    let statements = [
      #"{"Sid":"Ops","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(other):root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"},"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::\#(other):role/ops-*"}}}"#,
      #"{"Sid":"Vendor","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::555555555555:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"ext-\#(index)"}}}"#,
      #"{"Sid":"Team","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::\#(account):user/user\#(index % 40)","arn:aws:iam::\#(account):root"]},"Action":["sts:AssumeRole","sts:TagSession"],"Condition":{"StringEquals":{"aws:PrincipalTag/team":"team\#(index % 5)"}}}"#,
      #"{"Sid":"DenyNoMFA","Effect":"Deny","Principal":{"AWS":"arn:aws:iam::555555555555:root"},"Action":"sts:AssumeRole","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}"#,
      #"{"Sid":"Ec2","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"#,
    ]
    return json(#"{"Version":"2012-10-17","Statement":[\#(statements.joined(separator: ","))]}"#)
  }

  static func managedPolicies(_ account: String) -> [ManagedPolicy] {
    let bodies = [
      (
        "read-only",
        #"{"Effect":"Allow","Action":["s3:Get*","s3:List*","ec2:Describe*","iam:Get*","iam:List*"],"Resource":"*"}"#
      ),
      (
        "assume-ops",
        #"{"Effect":"Allow","Action":"sts:AssumeRole","Resource":["arn:aws:iam::*:role/ops-*","arn:aws:iam::\#(account):role/app-*"]}"#
      ),
      (
        "deny-prod-writes",
        #"{"Effect":"Deny","Action":["s3:Put*","s3:Delete*"],"Resource":"arn:aws:s3:::prod-*/*"}"#
      ),
      (
        "deploy",
        #"{"Effect":"Allow","Action":["lambda:*","cloudformation:*","iam:PassRole"],"Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}"#
      ),
    ]
    return bodies.map { name, statement in
      ManagedPolicy(
        name: name, id: "ANPA\(name.uppercased())",
        arn: arn("arn:aws:iam::\(account):policy/\(name)"), path: "/",
        defaultVersionID: "v1",
        versions: [
          PolicyVersion(
            versionID: "v1",
            document: json(#"{"Version":"2012-10-17","Statement":[\#(statement)]}"#),
            isDefault: true)
        ])
    }
  }

  static func account(_ account: String) -> Account {
    let policies = managedPolicies(account)
    let group = Group(
      arn: arn("arn:aws:iam::\(account):group/engineers"), name: "engineers",
      id: "AGPAENGINEERS\(account)",
      inlinePolicies: [
        InlinePolicy(
          name: "eng",
          document: json(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["codebuild:*","logs:*"],"Resource":"*"}]}"#
          ))
      ],
      attachedPolicies: [PolicyAttachment(name: "read-only", arn: policies[0].arn)])
    let users = (0..<40).map { index in
      User(
        arn: arn("arn:aws:iam::\(account):user/user\(index)"), name: "user\(index)",
        id: "AIDAUSER\(index)X\(account)",
        groupNames: ["engineers"],
        inlinePolicies: [
          InlinePolicy(
            name: "self",
            document: json(
              #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*AccessKey*","Resource":"arn:aws:iam::\#(account):user/${aws:username}"}]}"#
            ))
        ],
        attachedPolicies: policies[1...(1 + index % 3)].map {
          PolicyAttachment(name: $0.name, arn: $0.arn)
        },
        tags: [Tag(key: "team", value: "team\(index % 5)")])
    }
    let roles = (0..<60).map { index in
      let name = ["ops-", "app-", "svc-"][index % 3] + "\(index)"
      return Role(
        arn: arn("arn:aws:iam::\(account):role/\(name)"), name: name,
        id: "AROAROLE\(index)X\(account)",
        trustPolicy: trustPolicy(index, account: account),
        attachedPolicies: policies[(index % 2)...(index % 2 + 1)].map {
          PolicyAttachment(name: $0.name, arn: $0.arn)
        },
        tags: [Tag(key: "team", value: "team\(index % 5)")])
    }
    guard let id = AccountID(rawValue: account) else { preconditionFailure("bad account id") }
    return Account(id: id, users: users, groups: [group], roles: roles, managedPolicies: policies)
  }
}
