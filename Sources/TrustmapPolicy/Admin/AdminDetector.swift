import TrustmapModel

extension PolicyEngine {
  /// The ADM-1 probes for an account: (action, resource, extra context).
  static func adminProbes(_ targets: AdminProbeTargets) -> [(
    String, ARN?, [String: ContextValue]
  )] {
    [
      ("iam:PutRolePolicy", targets.role, [:]),
      (
        "iam:AttachUserPolicy", targets.user,
        ["iam:PolicyARN": .value(administratorAccessARN(targets.partition))]
      ),
      ("iam:CreateAccessKey", targets.user, [:]),
      ("iam:PassRole", targets.role, ["iam:PassedToService": .value("ec2.amazonaws.com")]),
      ("sts:AssumeRole", targets.role, [:]),
      ("ec2:RunInstances", targets.instance, [:]),
      ("s3:GetObject", targets.object, [:]),
      ("kms:Decrypt", targets.key, [:]),
    ]
  }

  static func administratorAccessARN(_ partition: String) -> String {
    "arn:\(partition):iam::aws:policy/AdministratorAccess"
  }

  /// Evaluates one probe-style request; nil when the resource did not parse.
  func probe(
    _ side: IdentitySide, _ action: String, _ resource: ARN?,
    _ context: [String: ContextValue] = [:]
  ) -> Decision? {
    guard let resource else { return nil }
    return evaluate(side, action: action, resource: resource, context: context)
  }

  /// Evaluates one probe-style request on a resource given as text.
  func probe(
    _ side: IdentitySide, _ action: String, _ resource: String,
    _ context: [String: ContextValue] = [:]
  ) -> Decision? {
    probe(side, action, ARN(resource), context)
  }

  /// Admin detection for one principal (ADM-1, ADM-2, ADM-4), honouring boundaries, SCPs and
  /// denies through the full single-account evaluation.
  public func adminAssessment(of side: IdentitySide) -> AdminAssessment {
    adminAssessment(of: side, targets: AdminProbeTargets(side))
  }

  /// `adminAssessment(of:)` with the probe resources of the side's account parsed by the
  /// caller (ignored unless they fit the side).
  public func adminAssessment(of side: IdentitySide, targets: AdminProbeTargets)
    -> AdminAssessment
  {
    let targets = targets.fits(side) ? targets : AdminProbeTargets(side)
    let status = adminStatus(of: side, targets: targets)
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
    if management, orgPolicyControl(side, targets: targets) {
      (tier, reasons) = (0, reasons + ["can change organization policies"])
    }
    return AdminAssessment(status: status, tier: tier, reasons: reasons.sorted())
  }

  /// The status part of `adminAssessment(of:)`.
  public func adminStatus(of side: IdentitySide) -> AdminStatus {
    adminStatus(of: side, targets: AdminProbeTargets(side))
  }

  /// `adminStatus(of:)` with the probe resources of the side's account and partition.
  func adminStatus(of side: IdentitySide, targets: AdminProbeTargets) -> AdminStatus {
    let results = Self.adminProbes(targets).compactMap { probe(side, $0.0, $0.1, $0.2) }
    if results.allSatisfy(\.isAllowed) { return .admin(.probes) }
    switch selfEscalation(side, targets: targets) {
    case .true: return .admin(.selfEscalation)
    case .unknown: return .boundedSelfEscalation
    case .false: break
    }
    if results.allSatisfy({ !$0.isDenied }) {
      return .possibleAdmin(Array(Set(results.flatMap(\.unresolved))).sorted())
    }
    let reasons = highValueReasons(side, targets: targets)
    return reasons.isEmpty ? .none : .highValue(reasons)
  }

  /// ADM-2: T = self-escalating admin, U = bounded by a boundary it cannot remove, F = no.
  func selfEscalation(_ side: IdentitySide, targets: AdminProbeTargets) -> Truth {
    let candidates = selfEscalationRequests(side, targets: targets)
    guard candidates.contains(where: { probe(side, $0.0, $0.1, $0.2)?.isAllowed == true }) else {
      return .false
    }
    guard case .none = side.boundary else {
      let noun = side.kind == .user ? "User" : "Role"
      let removal = ["iam:Delete\(noun)PermissionsBoundary", "iam:Put\(noun)PermissionsBoundary"]
      let canRemove = removal.contains { probe(side, $0, side.arn)?.isAllowed == true }
      return canRemove ? .true : .unknown
    }
    return .true
  }

  func selfEscalationRequests(_ side: IdentitySide, targets: AdminProbeTargets) -> [(
    String, ARN?, [String: ContextValue]
  )] {
    let admin: [String: ContextValue] = [
      "iam:PolicyARN": .value(Self.administratorAccessARN(side.arn.partition))
    ]
    let noun = side.kind == .user ? "User" : "Role"
    let newRole = targets.role
    var requests: [(String, ARN?, [String: ContextValue])] = [
      ("iam:Put\(noun)Policy", side.arn, [:]),
      ("iam:Attach\(noun)Policy", side.arn, admin),
    ]
    let createRole = probe(side, "iam:CreateRole", newRole)?.isAllowed == true
    if createRole {
      requests += [("iam:PutRolePolicy", newRole, [:]), ("iam:AttachRolePolicy", newRole, admin)]
    }
    for policy in side.policies where policy.source.holding == .managed {
      if let arn = policy.source.policyID, !arn.contains(":aws:policy/") {
        requests.append(("iam:CreatePolicyVersion", ARN(arn), [:]))
      }
    }
    let groups = side.policies.lazy.filter(\.source.isHeldByGroup).compactMap(\.source.holder)
    for holder in Set(groups) {
      let group = ARN(holder)
      requests += [("iam:PutGroupPolicy", group, [:]), ("iam:AttachGroupPolicy", group, admin)]
    }
    return requests
  }

  /// ADM-4 tier 2 reasons other than possibleAdmin/boundedSelfEscalation.
  func highValueReasons(_ side: IdentitySide, targets: AdminProbeTargets) -> [String] {
    func allowed(_ action: String, _ resource: ARN?) -> Bool {
      probe(side, action, resource)?.isAllowed == true
    }
    var reasons: [String] = []
    let compute = ["ec2:RunInstances", "lambda:CreateFunction"].contains {
      allowed($0, targets.instance)
    }
    let nonIAM = [
      "ec2:RunInstances", "s3:GetObject", "kms:Decrypt", "lambda:CreateFunction",
      "sts:GetCallerIdentity",
    ]
    // `*` is no ARN and was never probed: a `Resource: "*"` statement covers the instance.
    if nonIAM.allSatisfy({ allowed($0, targets.instance) }) {
      reasons.append("powerUserLike")
    }
    if compute && allowed("iam:PassRole", targets.role) { reasons.append("passRoleWithCompute") }
    if allowed("sts:AssumeRole", targets.role) && allowed("sts:AssumeRole", targets.foreignRole) {
      reasons.append("assumeRoleOnAnyRole")
    }
    return reasons
  }

  /// ADM-4 tier 0: can change organization policies.
  func orgPolicyControl(_ side: IdentitySide, targets: AdminProbeTargets) -> Bool {
    let probe = targets.organizationPolicy
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
