import TrustmapModel

/// Assembles raw `aws organizations` outputs into one `OrgStructure` (ORG-11).
///
/// File names carry the ids the outputs lack: `ous-for-parent-<parentId>.json`,
/// `accounts-for-parent-<parentId>.json` and `targets-for-policy-<policyId>.json`. Every root and
/// OU needs its `ous-for-parent-…` file (possibly with an empty list), so the walk is complete.
struct RawOrgAssembler {
  private var elements = OrgElements()
  private var organization: OrgStructure?
  private var roots: [OrgRoot] = []
  private var units: [OrganizationalUnit] = []
  private var walkedParents: Set<String> = []
  private var accounts: [AccountID: OrgAccount] = [:]
  private var policies: [String: OrgPolicy] = [:]
  private var listedPolicies: [String: String] = [:]
  private var describedPolicies: Set<String> = []
  private var targets: [String: (file: String, ids: [String])] = [:]
  private let firstFile: String

  /// Assembles the given files (already recognised as raw outputs); throws every problem.
  static func assemble(_ files: [(Node, RawOrgCommand)]) throws(ImportFailure) -> OrgDecodeResult {
    var assembler = RawOrgAssembler(firstFile: files.map(\.0.file).min() ?? "")
    for (node, command) in files {
      do throws(ImportError) {
        try assembler.add(node, command)
      } catch {
        assembler.elements.errors.append(error)
      }
    }
    return try assembler.finish(files: files.map(\.0.file).sorted())
  }

  private init(firstFile: String) {
    self.firstFile = firstFile
  }

  private mutating func add(_ node: Node, _ command: RawOrgCommand) throws(ImportError) {
    var fileID: String?
    if let prefix = command.fileNamePrefix {
      fileID = RawOrgCommand.id(in: node.file, prefix: prefix)
      if fileID == nil, command != .listAccounts {
        throw .rawFileName(
          file: node.file, command: command.rawValue, expectedName: "\(prefix)<id>.json")
      }
    }
    switch command {
    case .describeOrganization:
      if organization != nil {
        throw .conflictingOrgExports(firstFile: firstFile, secondFile: node.file)
      }
      organization = try elements.organization(try node.required("Organization"))
    case .listRoots:
      roots += elements.each(try node.required("Roots")) { (e, n) throws(ImportError) in
        try e.root(n)
      }
    case .listOUsForParent:
      walkedParents.insert(fileID ?? "")
      units += elements.each(try node.required("OrganizationalUnits")) {
        (e, n) throws(ImportError) in
        try e.unit(n, parent: fileID)
      }
    case .listAccounts:
      try addAccounts(node, parent: fileID)
    case .listPolicies:
      for entry in try node.elements("Policies")
      where OrgPolicyType(rawValue: try entry.string("Type")) != nil {
        listedPolicies[try entry.string("Id")] = node.file
      }
    case .describePolicy:
      let record = try node.required("Policy")
      describedPolicies.insert(try (record.child("PolicySummary") ?? record).string("Id"))
      let policy = elements.each(try node.required("Policy")) { (e, n) throws(ImportError) in
        try e.policy(n)
      }
      for item in policy { policies[item.id] = item }
    case .listTargetsForPolicy:
      targets[fileID ?? ""] = (node.file, try elements.targets(try node.required("Targets")))
    }
  }

  /// `list-accounts` (no parent) and `list-accounts-for-parent` (parent from the file name)
  /// describe the same accounts; the parent is taken from whichever has it.
  private mutating func addAccounts(_ node: Node, parent: String?) throws(ImportError) {
    let list = elements.each(try node.required("Accounts")) { (e, n) throws(ImportError) in
      try e.account(n, parent: parent, parentRequired: false)
    }
    for account in list {
      var merged = accounts[account.id] ?? account
      merged.parentID = merged.parentID ?? account.parentID
      accounts[account.id] = merged
    }
  }

  private mutating func finish(files: [String]) throws(ImportFailure) -> OrgDecodeResult {
    checkCompleteness()
    guard let organization, elements.errors.isEmpty else {
      if organization == nil {
        elements.errors.append(
          .missingOrgPart(
            file: firstFile, expected: "the organisation record",
            command: RawOrgCommand.describeOrganization.rawValue + " > organization.json"))
      }
      throw ImportFailure(elements.errors)
    }
    var withTargets: [OrgPolicy] = []
    for (id, policy) in policies.sorted(by: { $0.key < $1.key }) {
      var copy = policy
      copy.targets = (targets[id]?.ids ?? []).sorted()
      withTargets.append(copy)
    }
    let structure = OrgStructure(
      id: organization.id, arn: organization.arn, featureSet: organization.featureSet,
      managementAccountID: organization.managementAccountID, roots: roots, units: units,
      accounts: Array(accounts.values), policies: withTargets)
    var result = try OrgValidator.validate(structure, file: firstFile, elements: elements)
    result.files = files
    return result
  }

  /// Every part the walk needs must be there; each error names the file to add.
  private mutating func checkCompleteness() {
    let ousCommand = RawOrgCommand.listOUsForParent.rawValue
    for id in (roots.map(\.id) + units.map(\.id)).sorted() where !walkedParents.contains(id) {
      elements.errors.append(
        .missingOrgPart(
          file: firstFile, expected: "the OUs under \(id)",
          command: "\(ousCommand) --parent-id \(id) > ous-for-parent-\(id).json"))
    }
    for account in accounts.values.sorted(by: { $0.id < $1.id }) where account.parentID == nil {
      elements.errors.append(
        .missingOrgPart(
          file: firstFile, expected: "the parent of account \(account.id)",
          command: "aws organizations list-accounts-for-parent --parent-id <parent> "
            + "> accounts-for-parent-<parent>.json"))
    }
    for id in policies.keys.sorted() where targets[id] == nil {
      elements.errors.append(
        .missingOrgPart(
          file: firstFile, expected: "the targets of policy \(id)",
          command:
            "aws organizations list-targets-for-policy --policy-id \(id) > targets-for-policy-\(id).json"
        ))
    }
    let described = describedPolicies
    for (id, file) in listedPolicies.sorted(by: { $0.key < $1.key }) where !described.contains(id) {
      elements.errors.append(
        .missingOrgPart(
          file: file, expected: "the content of policy \(id)",
          command: "aws organizations describe-policy --policy-id \(id) > policy-\(id).json"))
    }
    for (id, entry) in targets.sorted(by: { $0.key < $1.key })
    where !described.contains(id) && listedPolicies[id] == nil {
      elements.errors.append(
        .missingOrgPart(
          file: entry.file, expected: "the content of policy \(id)",
          command: "aws organizations describe-policy --policy-id \(id) > policy-\(id).json"))
    }
  }
}
