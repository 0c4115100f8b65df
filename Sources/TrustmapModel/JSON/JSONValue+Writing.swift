extension JSONValue {
  /// Compact JSON text, keys in stored order: the same value always gives the same bytes.
  public var compactText: String {
    var out = ""
    write(to: &out, indent: nil, level: 0)
    return out
  }

  /// Indented JSON text (two spaces) for showing policies to people.
  public var prettyText: String {
    var out = ""
    write(to: &out, indent: "  ", level: 0)
    return out
  }

  private func write(to out: inout String, indent: String?, level: Int) {
    let newline = indent == nil ? "" : "\n"
    let pad = { (depth: Int) in String(repeating: indent ?? "", count: depth) }
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let text): out += text
    case .string(let text): out += JSONValue.quoted(text)
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "[" + newline
      for (index, element) in elements.enumerated() {
        out += pad(level + 1)
        element.write(to: &out, indent: indent, level: level + 1)
        out += (index == elements.count - 1 ? "" : ",") + newline
      }
      out += pad(level) + "]"
    case .object(let object):
      guard !object.members.isEmpty else {
        out += "{}"
        return
      }
      out += "{" + newline
      for (index, member) in object.members.enumerated() {
        out += pad(level + 1) + JSONValue.quoted(member.key) + (indent == nil ? ":" : ": ")
        member.value.write(to: &out, indent: indent, level: level + 1)
        out += (index == object.members.count - 1 ? "" : ",") + newline
      }
      out += pad(level) + "}"
    }
  }

  /// A JSON string literal that is also safe inside an HTML `<script>` block.
  ///
  /// `<`, `>`, `&`, U+2028 and U+2029 are escaped as well as what JSON requires.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
