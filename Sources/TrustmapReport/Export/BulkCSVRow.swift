/// Formats the rows of a bulk-load CSV file: RFC 4180 fields, CRLF line ends.
///
/// Unlike `edges.csv`, these files are read by importers, not spreadsheets: a value is written
/// exactly (no formula guard), and quoted when it holds `,`, `"`, CR or LF, or starts or ends
/// with white space (`neo4j-admin` trims unquoted fields).
struct BulkCSVRow {
  let dialect: BulkCSVDialect
  let onRelationship: Bool
  private(set) var bytes: [UInt8] = []
  private var first = true

  init(dialect: BulkCSVDialect, onRelationship: Bool) {
    self.dialect = dialect
    self.onRelationship = onRelationship
  }

  /// Appends a system field (`:ID`, `:LABEL`, `:START_ID`, …) or a string value.
  mutating func text(_ value: String) {
    separate()
    Self.appendField(value, to: &bytes)
  }

  /// Appends a property value.
  mutating func value(_ value: PropertyValue) {
    switch value {
    case .string(let text): self.text(text ?? "")
    case .boolean(let flag): self.text(flag ? "true" : "false")
    case .int(let number): self.text(number.map(String.init) ?? "")
    case .strings(let items):
      self.text(items.isEmpty ? "" : dialect.joinedList(items, onRelationship: onRelationship))
    }
  }

  /// Ends the row (CRLF) and hands its bytes to `out`.
  mutating func end(into out: inout [UInt8]) {
    bytes.append(contentsOf: [0x0D, 0x0A])
    out.append(contentsOf: bytes)
    bytes.removeAll(keepingCapacity: true)
    first = true
  }

  private mutating func separate() {
    if !first { bytes.append(UInt8(ascii: ",")) }
    first = false
  }

  /// One RFC 4180 field, quoted only when needed.
  static func appendField(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { field in
      guard let firstByte = field.first, let lastByte = field.last else { return }
      let needsQuotes =
        isSpace(firstByte) || isSpace(lastByte)
        || field.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      guard needsQuotes else { return out.append(contentsOf: field) }
      out.append(0x22)
      for byte in field {
        out.append(byte)
        if byte == 0x22 { out.append(0x22) }
      }
      out.append(0x22)
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
