/// Escaping of untrusted text for each medium the writers produce.
enum Escape {
  /// HTML text and double- or single-quoted attribute values: `& < > " '`.
  static func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\0": out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A fragment-safe id: ASCII letters, digits and `-`, everything else as `_`.
  static func anchor(_ text: String) -> String {
    String(
      text.unicodeScalars.map { scalar -> Character in
        let isSafe =
          scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
        return isSafe ? Character(scalar) : "_"
      })
  }

  /// Markdown inline text, escaped only where Markdown would read markup, so ordinary names
  /// (`northwind-dev (555555555555)`, `AWSReservedSSO_DeveloperAccess_…`) paste into Jira or
  /// Slack without stray backslashes.
  ///
  /// Backslash-escaped: `\`, `` ` ``, `*`, `[`, `]`, `<`, `>` and `|` always, `_` and `~` only
  /// where they could open or close emphasis (next to a non-alphanumeric character), `#` and
  /// `!` never (names never start a line; `!` matters only before `[`). Newlines become spaces
  /// so a name cannot start a block.
  static func markdown(_ text: String) -> String {
    var out = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      case "\n", "\r", "\r\n": out += " "
      case "\\", "`", "*", "[", "]", "<", ">", "|": out += "\\" + String(character)
      case "_", "~":
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        let inWord = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
        out += inWord ? String(character) : "\\" + String(character)
      default: out.append(character)
      }
    }
    return out
  }

  /// Markdown code span for an identifier such as an ARN: backticks can't be escaped inside a
  /// span, so they are replaced; the span is delimited with enough backticks otherwise.
  static func markdownCode(_ text: String) -> String {
    let cleaned = text.replacingOccurrences(of: "`", with: "'")
      .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
      .replacingOccurrences(of: "|", with: "\\|")
    return "`" + cleaned + "`"
  }

  /// One RFC 4180 CSV field, with spreadsheet formula injection neutralised: a cell starting
  /// with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`.
  static func csvField(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      value = "'" + value
    }
    let needsQuotes = value.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n"
    }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `csvField(text)` appended as UTF-8 to `out`, without building strings for ASCII text (the
  /// millions of `edges.csv` cells).
  ///
  /// Other text goes through `csvField`, whose checks see characters (a `,` followed by a combining
  /// mark is not a comma there).
  static func appendCSVField(_ text: String, to out: inout [UInt8]) {
    var text = text
    let handled = text.withUTF8 { bytes -> Bool in
      var needsQuotes = false
      for byte in bytes {
        guard byte < 0x80 else { return false }
        if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { needsQuotes = true }
      }
      let isFormula = bytes.first.map { csvFormulaStarts.contains($0) } ?? false
      if needsQuotes { out.append(0x22) }
      if isFormula { out.append(0x27) }
      if needsQuotes {
        for byte in bytes {
          out.append(byte)
          if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
      } else {
        out.append(contentsOf: bytes)
      }
      return true
    }
    if !handled { out.append(contentsOf: csvField(text).utf8) }
  }

  /// `=`, `+`, `-`, `@`, tab and CR as bytes.
  private static let csvFormulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
}

extension String {
  /// Plain substring replacement without Foundation.
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var out = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
