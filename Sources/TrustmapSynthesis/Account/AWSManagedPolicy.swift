import TrustmapModel

/// An AWS managed policy the generator attaches, with a short but faithful-in-spirit document.
///
/// Only `AdministratorAccess` is exact (the spec allows treating it as built in, FMT-10); the
/// others are abbreviated versions of the real documents, enough for realistic analysis.
struct AWSManagedPolicy: Sendable {
  var name: String
  /// The path, such as `/service-role/`.
  var path: String
  var defaultVersion: String
  var document: JSONValue

  var arn: String { "arn:aws:iam::aws:policy\(path)\(name)" }

  static let administratorAccess = AWSManagedPolicy(
    name: "AdministratorAccess", path: "/", defaultVersion: "v1",
    document: PolicyBuilder.document([PolicyBuilder.statement("Allow", ["*"], ["*"])]))

  static let powerUserAccess = AWSManagedPolicy(
    name: "PowerUserAccess", path: "/", defaultVersion: "v5",
    document: PolicyBuilder.document([
      [
        "Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "Resource": "*",
      ],
      PolicyBuilder.statement(
        "Allow", ["iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles"],
        ["*"]),
    ]))

  static let readOnlyAccess = readOnly(
    "ReadOnlyAccess", path: "/", version: "v112", actions: ["*:Describe*", "*:Get*", "*:List*"])
  static let viewOnlyAccess = readOnly(
    "ViewOnlyAccess", path: "/job-function/", version: "v18", actions: ["*:List*", "*:Describe*"])
  static let securityAudit = readOnly(
    "SecurityAudit", path: "/", version: "v40",
    actions: ["iam:Get*", "iam:List*", "iam:GenerateCredentialReport", "config:Describe*"])
  static let billing = readOnly(
    "Billing", path: "/job-function/", version: "v9", actions: ["aws-portal:*", "budgets:*"])
  static let lambdaBasicExecution = readOnly(
    "AWSLambdaBasicExecutionRole", path: "/service-role/", version: "v1",
    actions: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"])
  static let ssmManagedInstanceCore = readOnly(
    "AmazonSSMManagedInstanceCore", path: "/", version: "v2",
    actions: ["ssm:UpdateInstanceInformation", "ssmmessages:*", "ec2messages:*"])
  static let ecsTaskExecution = readOnly(
    "AmazonECSTaskExecutionRolePolicy", path: "/service-role/", version: "v1",
    actions: ["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "logs:PutLogEvents"])
  static let s3ReadOnly = readOnly(
    "AmazonS3ReadOnlyAccess", path: "/", version: "v3", actions: ["s3:Get*", "s3:List*"])

  /// The service-linked role policy for `name` (under `/aws-service-role/`).
  static func serviceLinked(_ name: String) -> AWSManagedPolicy {
    readOnly(name, path: "/aws-service-role/", version: "v3", actions: ["iam:GetRole"])
  }

  private static func readOnly(_ name: String, path: String, version: String, actions: [String])
    -> AWSManagedPolicy
  {
    AWSManagedPolicy(
      name: name, path: path, defaultVersion: version,
      document: PolicyBuilder.document([PolicyBuilder.statement("Allow", actions, ["*"])]))
  }
}
