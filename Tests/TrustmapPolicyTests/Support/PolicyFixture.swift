import TrustmapModel
import TrustmapPolicy
import TrustmapTestSupport

/// Fixture accounts of the spec (§0): A, B (members), M (management), C (imported, outside the
/// org), X (neither).
enum Acct {
  static let a = "111111111111"
  static let b = "222222222222"
  static let m = "333333333333"
  static let x = "444444444444"
  static let c = "555555555555"
  static let org = "o-a1b2c3d4e5"
  static let root = "r-ab12"
  static let dev = "ou-ab12-11111111"
  static let prod = "ou-ab12-22222222"
}

/// `ID(x)` of §6.2: `Allow sts:AssumeRole on x`.
func idAllow(_ resource: String) -> String {
  #"{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"\#(resource)"}"#
}

/// `TRUST(p)` of §6.2, optionally with a condition block (JSON text).
func trust(_ principal: String, condition: String? = nil, action: String = #""sts:AssumeRole""#)
  -> String
{
  let cond = condition.map { #","Condition":\#($0)"# } ?? ""
  return
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":\#(quoteIfNeeded(principal))},"Action":\#(action)\#(cond)}]}"#
}

/// A document from statements (JSON texts).
func document(_ statements: [String], version: String? = "2012-10-17") -> String {
  let head = version.map { #""Version":"\#($0)","# } ?? ""
  return "{\(head)\"Statement\":[\(statements.joined(separator: ","))]}"
}

private func quoteIfNeeded(_ text: String) -> String {
  text.hasPrefix("[") || text.hasPrefix("\"") ? text : "\"\(text)\""
}

func arn(_ text: String) -> ARN {
  guard let arn = ARN(text) else { fatalError("bad test ARN \(text)") }
  return arn
}

func arn(_ account: String, _ resource: String) -> ARN {
  arn("arn:aws:iam::\(account):\(resource)")
}

func doc(_ json: String) -> PolicyDocument {
  do { return PolicyDocument(json: try TestSupport.json(json)) } catch {
    fatalError("bad test JSON: \(error)\n\(json)")
  }
}

/// Builds the §6.2 default organisation in code; rows add principals, policies and guardrails.
struct PolicyFixture {
  var users: [String: [User]] = [:]
  var roles: [String: [Role]] = [:]
  var groups: [String: [Group]] = [:]
  var managed: [String: [ManagedPolicy]] = [:]
  var awsManaged: [ManagedPolicy] = []
  var orgPolicies: [OrgPolicy] = []
  var fullAccessTargets = [Acct.root, Acct.dev, Acct.prod, Acct.a, Acct.b, Acct.m]
  var withOrg = true
  var scpEnabled = true
  var incomplete: Set<String> = []
  var referenceTime = "2025-01-15T00:00:00Z"

  init() {
    addUser("alice", tags: ["team": "platform"])
    addUser("bob", tags: ["team": "web"])
    addRole("ci", id: "AROAEXAMPLECIROLE0001", trust: trust("arn:aws:iam::111111111111:root"))
    addUser("carol", in: Acct.b)
    addUser("eve", in: Acct.c)
    addUser("admin", in: Acct.m)
  }

  /// Adds or replaces a user; `policies` are identity statements (one inline policy).
  mutating func addUser(
    _ name: String, in account: String = Acct.a, id: String? = nil, policies: [String] = [],
    version: String? = "2012-10-17", boundary: [String]? = nil, groups groupNames: [String] = [],
    attached: [String] = [], tags: [String: String] = [:]
  ) {
    let userARN = arn(account, "user/\(name)")
    let inline =
      policies.isEmpty
      ? []
      : [InlinePolicy(name: "\(name)-inline", document: doc(document(policies, version: version)))]
    var user = User(
      arn: userARN, name: name, id: id ?? "AIDA" + name.uppercased() + "0000000000001",
      groupNames: groupNames, inlinePolicies: inline,
      attachedPolicies: attached.map { PolicyAttachment(name: arn($0).resourceName, arn: arn($0)) },
      tags: tags.sorted { $0.key < $1.key }.map { Tag(key: $0.key, value: $0.value) })
    if let boundary {
      user.permissionsBoundary = addManaged("\(name)-boundary", in: account, statements: boundary)
    }
    users[account, default: []].removeAll { $0.name == name }
    users[account, default: []].append(user)
  }

  /// Adds or replaces a role.
  mutating func addRole(
    _ name: String, in account: String = Acct.a, path: String = "/", id: String? = nil,
    trust trustJSON: String, policies: [String] = [], boundary: [String]? = nil,
    attached: [String] = [], tags: [String: String] = [:]
  ) {
    let roleARN = arn(account, "role\(path)\(name)")
    let inline =
      policies.isEmpty
      ? [] : [InlinePolicy(name: "\(name)-inline", document: doc(document(policies)))]
    var role = Role(
      arn: roleARN, name: name, path: path,
      id: id ?? "AROA" + name.uppercased().filter(\.isLetter) + "000000000001",
      trustPolicy: doc(trustJSON), inlinePolicies: inline,
      attachedPolicies: attached.map { PolicyAttachment(name: arn($0).resourceName, arn: arn($0)) },
      tags: tags.map { Tag(key: $0.key, value: $0.value) })
    if let boundary {
      role.permissionsBoundary = addManaged("\(name)-boundary", in: account, statements: boundary)
    }
    roles[account, default: []].removeAll { $0.arn == roleARN }
    roles[account, default: []].append(role)
  }

  /// Adds a group with inline statements and attached managed policies.
  mutating func addGroup(
    _ name: String, in account: String = Acct.a, policies: [String] = [], attached: [String] = []
  ) {
    let inline =
      policies.isEmpty
      ? [] : [InlinePolicy(name: "\(name)-inline", document: doc(document(policies)))]
    groups[account, default: []].append(
      Group(
        arn: arn(account, "group/\(name)"), name: name, id: "AGPA" + name.uppercased() + "00000001",
        inlinePolicies: inline,
        attachedPolicies: attached.map {
          PolicyAttachment(name: arn($0).resourceName, arn: arn($0))
        }))
  }

  /// Adds a customer managed policy with one default version (or several versions).
  @discardableResult
  mutating func addManaged(
    _ name: String, in account: String = Acct.a, statements: [String],
    versions: [(String, [String], Bool)] = []
  ) -> ARN {
    let policyARN = arn(account, "policy/\(name)")
    let list =
      versions.isEmpty
      ? [PolicyVersion(versionID: "v1", document: doc(document(statements)), isDefault: true)]
      : versions.map {
        PolicyVersion(versionID: $0.0, document: doc(document($0.1)), isDefault: $0.2)
      }
    let defaultID = list.first(where: \.isDefault)?.versionID ?? "v1"
    managed[account, default: []].append(
      ManagedPolicy(
        name: name, id: "ANPA" + name.uppercased().filter(\.isLetter), arn: policyARN, path: "/",
        defaultVersionID: defaultID, versions: list))
    return policyARN
  }

  /// Adds an SCP (JSON document) attached to `targets`.
  mutating func addSCP(
    _ id: String, _ json: String, targets: [String], type: OrgPolicyType = .serviceControlPolicy
  ) {
    orgPolicies.append(
      OrgPolicy(id: id, name: id, type: type, document: doc(json), targets: targets))
  }

  /// The §1.3 SCP `p-denyxacct01` (deny AssumeRole outside account A) on OU Dev.
  mutating func addDenyCrossAccountSCP() {
    addSCP(
      "p-denyxacct01",
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"*","Condition":{"StringNotEquals":{"aws:ResourceAccount":["111111111111"]}}}]}"#,
      targets: [Acct.dev])
  }

  /// The §1.3 RCP `p-rcporgonly1` at the root.
  mutating func addOrgOnlyRCP() {
    addSCP(
      "p-rcporgonly1",
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":["sts:AssumeRole","sts:AssumeRoleWithSAML","sts:AssumeRoleWithWebIdentity"],"Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"},"Bool":{"aws:PrincipalIsAWSService":"false"}}}]}"#,
      targets: [Acct.root], type: .resourceControlPolicy)
  }
}
