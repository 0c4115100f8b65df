import TrustmapModel

/// Merges the GAAD files of one account (pages, or repeated exports) into one `Account`.
///
/// An entity (keyed by ARN) found in two files must be identical: identical copies are merged
/// with one info diagnostic per file pair, different copies are a `conflictingEntity` error
/// naming both files. So a whole-account export passed twice imports once; an older and a newer
/// export of the same account are rejected when they differ.
struct AccountMerger {
  private(set) var errors: [ImportError] = []
  private(set) var diagnostics: [Diagnostic] = []
  private var repeats: [String: Int] = [:]

  /// Merges `parts` (all of one account, sorted by file).
  mutating func merge(_ parts: [GAADPart]) -> Account? {
    guard let first = parts.first else { return nil }
    let users = unique(parts.map { ($0.file, $0.users) }, key: \.arn.rawValue)
    let groups = unique(parts.map { ($0.file, $0.groups) }, key: \.arn.rawValue)
    let roles = unique(parts.map { ($0.file, $0.roles) }, key: \.arn.rawValue)
    let policies = unique(parts.map { ($0.file, $0.policies) }, key: \.arn.rawValue)
    for (pair, count) in repeats.sorted(by: { $0.key < $1.key }) {
      diagnostics.append(
        Diagnostic(
          .info, code: "duplicateEntities",
          message:
            "account \(first.accountID): \(count) entities appear identically in \(pair); merged."))
    }
    repeats = [:]
    diagnostics += parts.flatMap(\.diagnostics)
    let account = Account(
      id: first.accountID, users: users, groups: groups, roles: roles, managedPolicies: policies,
      exportedLists: parts.reduce(into: []) { $0.formUnion($1.exportedLists) },
      isIncomplete: parts.contains(where: \.isTruncated), sourceFiles: parts.map(\.file))
    checkGroupMemberships(account)
    return account
  }

  /// Entities of several files, identical repeats merged, conflicts reported.
  private mutating func unique<T: Equatable>(_ lists: [(String, [T])], key: (T) -> String) -> [T] {
    var seen: [String: (value: T, file: String)] = [:]
    var result: [T] = []
    for (file, list) in lists {
      for item in list {
        let id = key(item)
        guard let earlier = seen[id] else {
          seen[id] = (item, file)
          result.append(item)
          continue
        }
        if earlier.value != item {
          errors.append(.conflictingEntity(id: id, firstFile: earlier.file, secondFile: file))
        } else {
          repeats[earlier.file == file ? file : "\(earlier.file) and \(file)", default: 0] += 1
        }
      }
    }
    return result
  }

  /// FMT-5: a `GroupList` name with no group of that name is kept, with a warning.
  private mutating func checkGroupMemberships(_ account: Account) {
    for user in account.users {
      for name in user.groupNames where account.group(named: name) == nil {
        let reason =
          account.exportedLists.contains(.groups)
          ? "which is not in the export" : "but groups were not exported (FMT-1)"
        diagnostics.append(
          Diagnostic(
            .warning, code: "danglingGroupMembership", file: account.sourceFiles.first,
            message: "\(user.arn) is in group \"\(name)\", \(reason); the membership is kept but "
              + "grants nothing known (FMT-5)."))
      }
    }
  }
}
