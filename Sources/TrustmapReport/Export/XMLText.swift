/// XML 1.0 text and attribute escaping for GraphML.
enum XMLText {
  /// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped; characters XML 1.0 cannot carry
  /// (controls other than tab, LF and CR, and U+FFFE/U+FFFF) become U+FFFD.
  static func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    let plain = text.withUTF8 { bytes -> Bool in
      guard
        !bytes.contains(where: {
          $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27
            || $0 == 0xEF
        })
      else { return false }
      out.append(contentsOf: bytes)
      return true
    }
    guard !plain else { return }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".utf8)
      case "<": out.append(contentsOf: "&lt;".utf8)
      case ">": out.append(contentsOf: "&gt;".utf8)
      case "\"": out.append(contentsOf: "&quot;".utf8)
      case "'": out.append(contentsOf: "&apos;".utf8)
      case "\t", "\n", "\r": out.append(contentsOf: String(scalar).utf8)
      default:
        let isAllowed = scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
        out.append(contentsOf: String(isAllowed ? scalar : "\u{FFFD}").utf8)
      }
    }
  }
}
