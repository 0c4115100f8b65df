import TrustmapModel

extension PolicyEngine {
  /// The ADM-1 probes for an account: (action, resource, extra context).
  static func adminProbes(_ account: String, partition: String) -> [(
    String, String, [String: ContextValue]
  )] {
    let iam = "arn:\(partition):iam::\(account):"
    return [
      ("iam:PutRolePolicy", iam + "role/__probe__", [:]),
      (
        "iam:AttachUserPolicy", iam + "user/__probe__",
        ["iam:PolicyARN": .value(administratorAccessARN(partition))]
      ),
      ("iam:CreateAccessKey", iam + "user/__probe__", [:]),
      (
        "iam:PassRole", iam + "role/__probe__", ["iam:PassedToService": .value("ec2.amazonaws.com")]
      ),
      ("sts:AssumeRole", iam + "role/__probe__", [:]),
      ("ec2:RunInstances", "arn:\(partition):ec2:us-east-1:\(account):instance/*", [:]),
      ("s3:GetObject", "arn:\(partition):s3:::__probe__/__probe__", [:]),
      ("kms:Decrypt", "arn:\(partition):kms:us-east-1:\(account):key/__probe__", [:]),
    ]
  }

  static func administratorAccessARN(_ partition: String) -> String {
    "arn:\(partition):iam::aws:policy/AdministratorAccess"
  }

  /// Evaluates one probe-style request.
  func probe(
    _ side: IdentitySide, _ action: String, _ resource: String,
    _ context: [String: ContextValue] = [:]
  ) -> Decision? {
    guard let arn = ARN(resource) else { return nil }
    return evaluate(side, action: action, resource: arn, context: context)
  }

  /// Admin detection for one principal (ADM-1, ADM-2, ADM-4), honouring boundaries, SCPs and
  /// denies through the full single-account evaluation.
  public func adminAssessment(of side: IdentitySide) -> AdminAssessment {
    let status = adminStatus(of: side)
    var reasons: [String] = []
    var tier: Int?
    let management = facts(of: side.accountID.rawValue).isManagement
    switch status {
    case .admin(let basis):
      tier = management ? 0 : 1
      reasons.append(
        management
          ? "admin of the management account" : "admin of \(side.accountID) (\(basis.rawValue))")
    case .possibleAdmin: (tier, reasons) = (2, ["possibleAdmin"])
    case .boundedSelfEscalation: (tier, reasons) = (2, ["boundedSelfEscalation"])
    case .highValue(let why): (tier, reasons) = (2, why)
    case .none: break
    }
    if management, orgPolicyControl(side) {
      (tier, reasons) = (0, reasons + ["can change organization policies"])
    }
    return AdminAssessment(status: status, tier: tier, reasons: reasons.sorted())
  }

  /// The status part of `adminAssessment(of:)`.
  public func adminStatus(of side: IdentitySide) -> AdminStatus {
    let partition = side.arn.partition
    let results = Self.adminProbes(side.accountID.rawValue, partition: partition).compactMap {
      probe(side, $0.0, $0.1, $0.2)
    }
    if results.allSatisfy(\.isAllowed) { return .admin(.probes) }
    switch selfEscalation(side) {
    case .true: return .admin(.selfEscalation)
    case .unknown: return .boundedSelfEscalation
    case .false: break
    }
    if results.allSatisfy({ !$0.isDenied }) {
      return .possibleAdmin(Array(Set(results.flatMap(\.unresolved))).sorted())
    }
    let reasons = highValueReasons(side)
    return reasons.isEmpty ? .none : .highValue(reasons)
  }

  /// ADM-2: T = self-escalating admin, U = bounded by a boundary it cannot remove, F = no.
  func selfEscalation(_ side: IdentitySide) -> Truth {
    let candidates = selfEscalationRequests(side)
    guard candidates.contains(where: { probe(side, $0.0, $0.1, $0.2)?.isAllowed == true }) else {
      return .false
    }
    guard case .none = side.boundary else {
      let noun = side.kind == .user ? "User" : "Role"
      let removal = ["iam:Delete\(noun)PermissionsBoundary", "iam:Put\(noun)PermissionsBoundary"]
      let canRemove = removal.contains { probe(side, $0, side.arn.rawValue)?.isAllowed == true }
      return canRemove ? .true : .unknown
    }
    return .true
  }

  func selfEscalationRequests(_ side: IdentitySide) -> [(String, String, [String: ContextValue])] {
    let admin: [String: ContextValue] = [
      "iam:PolicyARN": .value(Self.administratorAccessARN(side.arn.partition))
    ]
    let noun = side.kind == .user ? "User" : "Role"
    let newRole = "arn:\(side.arn.partition):iam::\(side.accountID):role/__probe__"
    var requests: [(String, String, [String: ContextValue])] = [
      ("iam:Put\(noun)Policy", side.arn.rawValue, [:]),
      ("iam:Attach\(noun)Policy", side.arn.rawValue, admin),
    ]
    let createRole = probe(side, "iam:CreateRole", newRole)?.isAllowed == true
    if createRole {
      requests += [("iam:PutRolePolicy", newRole, [:]), ("iam:AttachRolePolicy", newRole, admin)]
    }
    for policy in side.policies where policy.source.holding == .managed {
      if let arn = policy.source.policyID, !arn.contains(":aws:policy/") {
        requests.append(("iam:CreatePolicyVersion", arn, [:]))
      }
    }
    for holder in Set(side.policies.compactMap(\.source.holder)) where holder.contains(":group/") {
      requests += [("iam:PutGroupPolicy", holder, [:]), ("iam:AttachGroupPolicy", holder, admin)]
    }
    return requests
  }

  /// ADM-4 tier 2 reasons other than possibleAdmin/boundedSelfEscalation.
  func highValueReasons(_ side: IdentitySide) -> [String] {
    let account = side.accountID.rawValue
    let partition = side.arn.partition
    func allowed(_ action: String, _ resource: String, _ context: [String: ContextValue] = [:])
      -> Bool
    {
      probe(side, action, resource, context)?.isAllowed == true
    }
    var reasons: [String] = []
    let compute = ["ec2:RunInstances", "lambda:CreateFunction"].contains {
      allowed($0, "arn:\(partition):ec2:us-east-1:\(account):instance/*")
    }
    let iamProbe = "arn:\(partition):iam::\(account):role/__probe__"
    let nonIAM = [
      "ec2:RunInstances", "s3:GetObject", "kms:Decrypt", "lambda:CreateFunction",
      "sts:GetCallerIdentity",
    ]
    if nonIAM.allSatisfy({
      allowed($0, "arn:\(partition):ec2:us-east-1:\(account):instance/*") || allowed($0, "*")
    }) {
      reasons.append("powerUserLike")
    }
    if compute && allowed("iam:PassRole", iamProbe) { reasons.append("passRoleWithCompute") }
    if allowed("sts:AssumeRole", iamProbe)
      && allowed("sts:AssumeRole", "arn:\(partition):iam::999999999999:role/__probe__")
    {
      reasons.append("assumeRoleOnAnyRole")
    }
    return reasons
  }

  /// ADM-4 tier 0: can change organization policies.
  func orgPolicyControl(_ side: IdentitySide) -> Bool {
    let probe =
      "arn:\(side.arn.partition):organizations::\(side.accountID):policy/o-probe/service_control_policy/p-probe"
    return [
      "organizations:AttachPolicy", "organizations:DetachPolicy", "organizations:UpdatePolicy",
      "organizations:DisablePolicyType",
    ]
    .contains { self.probe(side, $0, probe)?.isAllowed == true }
  }

  /// ADM-4 tier 0: roles named `OrganizationAccountAccessRole` (or `name`) that trust the
  /// management account.
  public func isOrganizationAccessRole(
    _ trust: TrustSide, name: String = "OrganizationAccountAccessRole"
  ) -> Bool {
    guard trust.roleARN.resourceName == name,
      let management = accountFacts.first(where: { $0.value.isManagement })?.key
    else {
      return false
    }
    return trust.namedAccounts.contains(management)
  }
}
