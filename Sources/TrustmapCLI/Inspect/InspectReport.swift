import TrustmapModel

/// What `trustmap inspect` shows: one row per account (imported or only named by the org
/// export), and totals.
struct InspectReport: Equatable {
  /// One account.
  struct Row: Equatable {
    var id: AccountID
    var name: String?
    var ouPath: String?
    var imported: Bool
    var counts = Counts()
    var externalTrustedAccounts: [AccountID] = []
    var incomplete = false
    var notExported: [EntityList] = []
  }

  /// The per-account numbers, in table order.
  struct Counts: Equatable {
    var users = 0
    var groups = 0
    var roles = 0
    var managedPolicies = 0
    var unknownPolicyReferences = 0

    /// The numbers in column order, with their JSON keys.
    var fields: [(key: String, value: Int)] {
      [
        ("users", users), ("groups", groups), ("roles", roles),
        ("managedPolicies", managedPolicies),
        ("unknownPolicyReferences", unknownPolicyReferences),
      ]
    }

    static func += (lhs: inout Counts, rhs: Counts) {
      lhs.users += rhs.users
      lhs.groups += rhs.groups
      lhs.roles += rhs.roles
      lhs.managedPolicies += rhs.managedPolicies
      lhs.unknownPolicyReferences += rhs.unknownPolicyReferences
    }
  }

  var rows: [Row]
  var organizationID: String?
  var diagnostics: [Diagnostic]

  /// Builds the report from an imported model.
  init(_ organization: Organization) {
    let imported = Set(organization.accounts.map(\.id))
    let unknown = Dictionary(grouping: organization.unknownPolicyReferences) { $0.holder.accountID }
    var rows: [Row] = organization.accounts.map { account in
      var row = Row(id: account.id, imported: true)
      row.counts = Counts(
        users: account.users.count, groups: account.groups.count, roles: account.roles.count,
        managedPolicies: account.managedPolicies.count,
        unknownPolicyReferences: unknown[account.id]?.count ?? 0)
      row.externalTrustedAccounts = TrustedAccountScanner.trustedAccounts(of: account)
        .subtracting(imported).sorted()
      row.incomplete = account.isIncomplete
      row.notExported = EntityList.allCases.filter { !account.exportedLists.contains($0) }.sorted()
      return row
    }
    let structure = organization.structure
    for member in structure?.accounts ?? [] where !imported.contains(member.id) {
      rows.append(Row(id: member.id, imported: false))
    }
    self.rows = rows.sorted { $0.id < $1.id }.map { row in
      var named = row
      named.name = structure?.account(row.id)?.name
      named.ouPath = structure?.ouNamePath(for: row.id)
      return named
    }
    organizationID = structure?.id
    diagnostics = organization.diagnostics
  }

  /// Sums over the imported accounts.
  struct Totals: Equatable {
    var accounts = 0
    var imported = 0
    var counts = Counts()
    var externalTrustedAccounts: [AccountID] = []
  }

  /// The sums over imported accounts; external accounts are counted once.
  var totals: Totals {
    var total = Totals(accounts: rows.count)
    for row in rows where row.imported {
      total.imported += 1
      total.counts += row.counts
    }
    total.externalTrustedAccounts = Array(Set(rows.flatMap(\.externalTrustedAccounts))).sorted()
    return total
  }

  /// Notes for a row: incomplete export, lists not exported, no IAM export.
  func notes(_ row: Row) -> [String] {
    guard row.imported else { return ["no IAM export"] }
    var notes: [String] = []
    if row.incomplete { notes.append("incomplete export") }
    if !row.notExported.isEmpty {
      notes.append(row.notExported.map(\.rawValue).joined(separator: ", ") + " not exported")
    }
    return notes
  }
}
