extension String {
  /// The text with control characters and bidirectional overrides written as `\u{…}`, so names
  /// from untrusted exports cannot move the cursor, recolour or reorder a terminal line.
  var terminalEscaped: String {
    var out = ""
    for scalar in unicodeScalars {
      let value = scalar.value
      let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
      let isBidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
      if isControl || isBidi {
        out += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension Array where Element == String {
  /// Lines escaped one by one and joined with newlines, with a final newline.
  var escapedLines: String { map(\.terminalEscaped).joined(separator: "\n") + "\n" }
}
