extension InspectReport {
  /// An aligned plain-text table; every value from the inputs is escaped for the terminal.
  var text: String {
    let header = [
      "ACCOUNT", "NAME", "OU PATH", "USERS", "GROUPS", "ROLES", "POLICIES", "UNKNOWN",
      "EXTERNAL TRUSTED", "NOTES",
    ]
    var table = [header]
    for row in rows {
      let counts =
        row.imported
        ? row.counts.fields.map { String($0.value) }
        : Array(repeating: "-", count: 5)
      table.append(
        [row.id.rawValue, row.name ?? "-", row.ouPath ?? "-"] + counts
          + [list(row.externalTrustedAccounts.map(\.rawValue)), list(notes(row))])
    }
    let total = totals
    table.append(
      [
        "TOTAL", total.accounts == 1 ? "1 account" : "\(total.accounts) accounts",
        "\(total.imported) imported",
      ]
        + total.counts.fields.map { String($0.value) } + [
          list(total.externalTrustedAccounts.map(\.rawValue)), "",
        ])
    return Self.align(table.map { $0.map(\.terminalEscaped) }, rightAligned: 3...7)
  }

  private func list(_ items: [String]) -> String {
    items.isEmpty ? "-" : items.joined(separator: ", ")
  }

  /// Pads every column to its widest cell; trailing spaces are trimmed.
  static func align(_ table: [[String]], rightAligned: ClosedRange<Int>) -> String {
    let columns = table.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      table.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    var lines: [String] = []
    for row in table {
      let cells = row.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return rightAligned.contains(column) ? pad + cell : cell + pad
      }
      lines.append(
        String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
