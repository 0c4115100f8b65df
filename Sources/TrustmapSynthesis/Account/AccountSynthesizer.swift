import TrustmapModel

/// Generates one account's `get-account-authorization-details` export.
///
/// Everything random comes from the account's own stream (derived from the plan by account
/// index), so accounts can be generated in any order, or in parallel, with the same bytes.
struct AccountSynthesizer {
  let plan: OrgPlan
  let account: PlannedAccount
  let options: SynthesisOptions
  var random: SplitMix64
  var mint: IdentifierMint
  /// AWS managed policies attached so far, by ARN.
  var awsPolicies: [String: AWSManagedPolicy] = [:]
  /// How many entities attach each policy ARN, and use it as a boundary.
  var attachmentCounts: [String: Int] = [:]
  var boundaryCounts: [String: Int] = [:]

  init(plan: OrgPlan, account: PlannedAccount, options: SynthesisOptions) {
    self.plan = plan
    self.account = account
    self.options = options
    self.random = plan.random.derived(UInt64(account.index) + 1)
    var saltStream = plan.random.derived(0)
    self.mint = IdentifierMint(accountIndex: account.index, salt: saltStream.next())
  }

  var id: String { account.id }

  /// `arn:aws:iam::<this account>:<resource>`.
  func arn(_ resource: String) -> String { "arn:aws:iam::\(id):\(resource)" }

  /// The ARN of a role `path` + `name` in `accountID`.
  static func roleARN(_ accountID: String, path: String, name: String) -> String {
    "arn:aws:iam::\(accountID):role\(path)\(name)"
  }

  /// Registers an AWS managed policy for the `Policies` list and returns its ARN.
  mutating func use(_ policy: AWSManagedPolicy) -> String {
    awsPolicies[policy.arn] = policy
    return policy.arn
  }

  /// The ARN of one of this account's customer managed policies.
  func customerPolicyARN(_ spec: CustomerPolicySpec) -> String {
    arn("policy\(spec.path)\(spec.name)")
  }

  /// The document as the export carries it: an object, or a URL-encoded string (FMT-11).
  func encoded(_ document: JSONValue) -> JSONValue {
    options.urlEncodedDocuments ? .string(document.urlEncodedText) : document
  }

  /// The complete export, keys in AWS CLI order.
  mutating func generate() -> (document: JSONValue, roles: Int, users: Int) {
    let customer = customerPolicies()
    let groups = groupSpecs(customer: customer)
    let users = userSpecs(groups: groups)
    let roles = roleSpecs(customer: customer)
    let userList = users.map { render($0) }
    let groupList = groups.map { render($0) }
    let roleList = roles.map { render($0) }
    let policies = customer.map { render($0) } + renderAWSPolicies()
    let document: JSONValue = [
      "UserDetailList": .array(userList), "GroupDetailList": .array(groupList),
      "RoleDetailList": .array(roleList), "Policies": .array(policies),
    ]
    return (document, roleList.count, userList.count)
  }
}
