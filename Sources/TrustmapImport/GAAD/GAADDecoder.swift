import TrustmapModel

/// Decodes one `aws iam get-account-authorization-details` file (§1.1), collecting every entity
/// error rather than stopping at the first.
struct GAADDecoder {
  let root: Node
  private(set) var errors: [ImportError] = []
  private var firstAccount: (id: AccountID, path: JSONPath)?
  private var reportedMismatch = false
  /// With `--split-mixed-accounts`, a file holding several accounts is split instead of rejected.
  private let splitMixedAccounts: Bool
  private var accountsSeen: Set<AccountID> = []

  init(root: Node, splitMixedAccounts: Bool = false) {
    self.root = root
    self.splitMixedAccounts = splitMixedAccounts
  }

  /// Decodes the file into one part per account (one, unless a mixed file is split); throws all
  /// problems found in it.
  static func decode(
    _ root: Node, splitMixedAccounts: Bool = false
  ) throws(ImportFailure) -> [GAADPart] {
    var decoder = GAADDecoder(root: root, splitMixedAccounts: splitMixedAccounts)
    let lists = decoder.decodeLists()
    let truncated = decoder.truncation()
    let accountID = decoder.resolveAccountID()
    guard decoder.errors.isEmpty, let accountID else { throw ImportFailure(decoder.errors) }
    var part = GAADPart(file: root.file, accountID: accountID)
    (part.users, part.groups, part.roles, part.policies) = lists
    part.exportedLists = Set(EntityList.allCases.filter { root.child($0.rawValue) != nil })
    part.isTruncated = truncated
    if truncated {
      part.diagnostics.append(
        Diagnostic(
          .warning, code: "incompleteExport", file: root.file,
          message: "account \(accountID): the export is truncated (IsTruncated/Marker/NextToken); "
            + "results that say \"no path\" for this account are unreliable (FMT-2)."))
    }
    guard decoder.accountsSeen.count > 1 else { return [part] }
    return part.splitByAccount(decoder.accountsSeen)
  }

  private mutating func decodeLists() -> ([User], [Group], [Role], [ManagedPolicy]) {
    let users = each(EntityList.users.rawValue) { (decoder, node) throws(ImportError) in
      try decoder.user(node)
    }
    let groups = each(EntityList.groups.rawValue) { (decoder, node) throws(ImportError) in
      try decoder.group(node)
    }
    let roles = each(EntityList.roles.rawValue) { (decoder, node) throws(ImportError) in
      try decoder.role(node)
    }
    let policies = each(EntityList.policies.rawValue) { (decoder, node) throws(ImportError) in
      try decoder.managedPolicy(node)
    }
    return (users, groups, roles, policies)
  }

  /// Decodes every element of a list, recording failures and continuing.
  private mutating func each<T>(
    _ key: String, _ decode: (inout GAADDecoder, Node) throws(ImportError) -> T
  ) -> [T] {
    let elements: [Node]
    do {
      elements = try root.elements(key)
    } catch {
      errors.append(error)
      return []
    }
    var result: [T] = []
    result.reserveCapacity(elements.count)
    for element in elements {
      do {
        result.append(try decode(&self, element))
      } catch {
        errors.append(error)
      }
    }
    return result
  }

  /// FMT-2: any sign that more pages exist.
  private mutating func truncation() -> Bool {
    do {
      let flagged = try root.optionalBool("IsTruncated") ?? false
      return flagged || root.child("Marker") != nil || root.child("NextToken") != nil
    } catch {
      errors.append(error)
      return false
    }
  }

  /// FMT-3: every 12-digit account field of an entity ARN must agree (`aws` is excluded).
  ///
  /// The first mismatch is reported once per file.
  mutating func noteAccount(of arn: ARN, at path: @autoclosure () -> JSONPath) {
    guard let id = arn.accountID else { return }
    accountsSeen.insert(id)
    guard let first = firstAccount else {
      firstAccount = (id, path())
      return
    }
    if first.id != id, !reportedMismatch, !splitMixedAccounts {
      reportedMismatch = true
      errors.append(
        .accountMismatch(
          file: root.file, first: first.id, firstPath: first.path, second: id, secondPath: path()))
    }
  }

  /// FMT-3: from the ARNs, else from the file name `account-<12 digits>.json` / `<12 digits>.json`.
  private mutating func resolveAccountID() -> AccountID? {
    if let firstAccount { return firstAccount.id }
    if let id = Self.accountID(fromFileName: root.file) { return id }
    errors.append(.accountIDUnknown(file: root.file))
    return nil
  }

  /// The account id encoded in a file name, if it follows the convention.
  static func accountID(fromFileName file: String) -> AccountID? {
    var name = Substring(file.split(separator: "/").last ?? "")
    guard name.hasSuffix(".json") else { return nil }
    name = name.dropLast(5)
    if name.hasPrefix("account-") { name = name.dropFirst(8) }
    return AccountID(rawValue: String(name))
  }
}
