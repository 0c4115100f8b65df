import TrustmapModel
import TrustmapPolicy

extension PolicyFixture {
  /// The organisation model.
  func organization() -> Organization {
    let accountIDs = Set([Acct.a, Acct.b, Acct.m, Acct.c]).union(users.keys).union(roles.keys)
    let accounts = accountIDs.sorted().compactMap { id -> Account? in
      guard let accountID = AccountID(rawValue: id) else { return nil }
      return Account(
        id: accountID, users: users[id] ?? [], groups: groups[id] ?? [], roles: roles[id] ?? [],
        managedPolicies: managed[id] ?? [], isIncomplete: incomplete.contains(id))
    }
    return Organization(
      accounts: accounts, structure: withOrg ? structure() : nil, awsManagedPolicies: awsManaged)
  }

  func structure() -> OrgStructure {
    let full = OrgPolicy(
      id: "p-FullAWSAccess", name: "FullAWSAccess", type: .serviceControlPolicy, awsManaged: true,
      document: doc(
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#),
      targets: fullAccessTargets)
    var types: Set<OrgPolicyType> = [.resourceControlPolicy]
    if scpEnabled { types.insert(.serviceControlPolicy) }
    func account(_ id: String, _ name: String, _ parent: String) -> OrgAccount {
      OrgAccount(
        id: AccountID(rawValue: id) ?? AccountID(rawValue: "000000000000")!, name: name,
        parentID: parent)
    }
    return OrgStructure(
      id: Acct.org, managementAccountID: AccountID(rawValue: Acct.m),
      roots: [OrgRoot(id: Acct.root, enabledPolicyTypes: types)],
      units: [
        OrganizationalUnit(id: Acct.dev, name: "Dev", parentID: Acct.root),
        OrganizationalUnit(id: Acct.prod, name: "Prod", parentID: Acct.root),
      ],
      accounts: [
        account(Acct.a, "dev", Acct.dev), account(Acct.b, "prod", Acct.prod),
        account(Acct.m, "mgmt", Acct.root),
      ],
      policies: [full] + orgPolicies)
  }

  /// The compiled engine at the fixture's reference time.
  func engine() -> PolicyEngine {
    guard let time = ReferenceTime(referenceTime) else { fatalError("bad reference time") }
    return PolicyEngine(organization: organization(), options: EngineOptions(referenceTime: time))
  }

  /// Decides caller → role (both ARNs; the caller may be a placeholder).
  func decide(_ caller: String, _ role: String, action: String? = nil) -> Decision {
    let engine = engine()
    guard let trustSide = engine.trustSide(for: arn(role)) else { fatalError("no role \(role)") }
    return engine.decideChecked(
      caller: engine.caller(for: arn(caller)), role: trustSide, action: action)
  }
}

/// Shorthand ARNs of the fixture.
enum P {
  static let alice = "arn:aws:iam::111111111111:user/alice"
  static let bob = "arn:aws:iam::111111111111:user/bob"
  static let ci = "arn:aws:iam::111111111111:role/ci"
  static let carol = "arn:aws:iam::222222222222:user/carol"
  static let eve = "arn:aws:iam::555555555555:user/eve"
  static let mAdmin = "arn:aws:iam::333333333333:user/admin"
  static let rA = "arn:aws:iam::111111111111:role/R"
  static let rB = "arn:aws:iam::222222222222:role/R"
  static let rM = "arn:aws:iam::333333333333:role/R"
  static let rootA = "arn:aws:iam::111111111111:root"
}

extension Decision {
  /// "allowed", "conditional" or "denied(<reason>)" for compact expectations.
  var summary: String {
    switch verdict {
    case .allowed: return "allowed"
    case .conditional: return "conditional"
    case .denied(let reason): return "denied(\(reason))"
    }
  }
}
