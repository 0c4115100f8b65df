/// `edges.csv`: every trust-graph edge, one row each (RFC 4180, CRLF line ends).
///
/// Fields are quoted when needed, and cells that a spreadsheet would run as a formula
/// (leading `=`, `+`, `-`, `@`) are prefixed with `'`. Rows are formatted in parallel chunks
/// and streamed, in order, into the sink.
public enum EdgesCSV: ReportWriter {
  /// `edges.csv`.
  public static let fileName = "edges.csv"

  /// The header row's field names.
  public static let header = [
    "from", "to", "action", "status", "conditions", "basis", "cross_account", "trust_statement",
    "identity_statement",
  ]

  /// The CSV bytes: the header, then one row per edge.
  public static func write(_ document: ReportDocument, to sink: ByteSink) {
    write(edges: document.edges, to: sink)
  }

  /// The CSV bytes of `edges`.
  public static func write(edges: ReportEdges, to sink: ByteSink) {
    var headerRow: [UInt8] = []
    append(header, to: &headerRow)
    sink.write(headerRow)
    ChunkedWriter.write(count: edges.count, to: sink) { range, bytes in
      for edge in edges.rows(range) { append(edge, to: &bytes) }
    }
  }

  /// The CSV text, in memory.
  public static func render(_ document: ReportDocument) -> String { text(document) }

  static func append(_ edge: ReportEdge, to bytes: inout [UInt8]) {
    let comma = UInt8(ascii: ",")
    Escape.appendCSVField(edge.from, to: &bytes)
    bytes.append(comma)
    Escape.appendCSVField(edge.to, to: &bytes)
    bytes.append(comma)
    Escape.appendCSVField(edge.action, to: &bytes)
    bytes.append(comma)
    Escape.appendCSVField(edge.status.rawValue, to: &bytes)
    bytes.append(comma)
    if !edge.conditions.isEmpty {
      Escape.appendCSVField(edge.conditions.joined(separator: "; "), to: &bytes)
    }
    bytes.append(comma)
    Escape.appendCSVField(edge.basis, to: &bytes)
    bytes.append(contentsOf: (edge.crossAccount ? ",true," : ",false,").utf8)
    Escape.appendCSVField(edge.trustStatement, to: &bytes)
    bytes.append(comma)
    Escape.appendCSVField(edge.identityStatement, to: &bytes)
    bytes.append(0x0D)
    bytes.append(0x0A)
  }

  private static func append(_ fields: [String], to bytes: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      Escape.appendCSVField(field, to: &bytes)
    }
    bytes.append(contentsOf: [0x0D, 0x0A])
  }
}
