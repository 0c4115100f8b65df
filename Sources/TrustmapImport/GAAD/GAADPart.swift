import TrustmapModel

/// What one GAAD file contributes to its account, before pages and duplicates are merged.
struct GAADPart: Sendable {
  var file: String
  var accountID: AccountID
  var users: [User] = []
  var groups: [Group] = []
  var roles: [Role] = []
  var policies: [ManagedPolicy] = []
  /// FMT-1: the lists this file carried.
  var exportedLists: Set<EntityList> = []
  /// FMT-2: `IsTruncated`, `Marker` or `NextToken` seen.
  var isTruncated = false
  var diagnostics: [Diagnostic] = []
}

extension GAADPart {
  /// Splits a file that mixes accounts (allowed only with `--split-mixed-accounts`): each entity
  /// goes to the account of its ARN; AWS managed policies (account `aws`) go to every part.
  func splitByAccount(_ accounts: Set<AccountID>) -> [GAADPart] {
    let ids = accounts.sorted()
    let note = Diagnostic(
      .warning, code: "splitMixedAccounts", file: file,
      message: "the file holds entities of \(ids.count) accounts "
        + "(\(ids.map(\.rawValue).joined(separator: ", "))); split by the account of each ARN "
        + "because --split-mixed-accounts was given (FMT-3).")
    return ids.map { id in
      var part = self
      part.accountID = id
      part.users = users.filter { $0.arn.accountID == id }
      part.groups = groups.filter { $0.arn.accountID == id }
      part.roles = roles.filter { $0.arn.accountID == id }
      part.policies = policies.filter { $0.arn.accountID == id || $0.isAWSManaged }
      part.diagnostics = id == ids[0] ? diagnostics + [note] : diagnostics
      return part
    }
  }
}
