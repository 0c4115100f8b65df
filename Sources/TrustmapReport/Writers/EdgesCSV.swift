/// `edges.csv`: every trust-graph edge, one row each (RFC 4180, CRLF line ends).
///
/// Fields are quoted when needed, and cells that a spreadsheet would run as a formula
/// (leading `=`, `+`, `-`, `@`) are prefixed with `'`.
public enum EdgesCSV: ReportWriter {
  /// `edges.csv`.
  public static let fileName = "edges.csv"

  /// The header row's field names.
  public static let header = [
    "from", "to", "action", "status", "conditions", "basis", "cross_account", "trust_statement",
    "identity_statement",
  ]

  /// The CSV text.
  public static func render(_ document: ReportDocument) -> String {
    var out = row(header)
    for edge in document.edges {
      out += row([
        edge.from, edge.to, edge.action, edge.status.rawValue,
        edge.conditions.joined(separator: "; "), edge.basis, edge.crossAccount ? "true" : "false",
        edge.trustStatement, edge.identityStatement,
      ])
    }
    return out
  }

  private static func row(_ fields: [String]) -> String {
    fields.map(Escape.csvField).joined(separator: ",") + "\r\n"
  }
}
