/// Escapes untrusted text (names, paths, tags from export files) for `DOTWriter`.
///
/// Every function here returns text that cannot leave its DOT string or HTML-like
/// label, and that Graphviz turns into well-formed SVG.
///
/// Graphviz processes backslashes after parsing (`\N` is the node id, `\\` a backslash), once
/// for labels and twice for tooltips; it decodes `&…;` entities after that and copies them
/// into SVG unchanged, so a bare `&` must become `&amp;`.
public enum DOTText {
  /// The longest label line drawn, in characters; longer lines end with an ellipsis and the
  /// full text goes to the tooltip.
  public static let maximumLineLength = 60
  /// The longest tooltip written, in characters.
  public static let maximumTooltipLength = 2_000

  /// Replaces line breaks and tabs with spaces, and other control characters, bidirectional
  /// overrides and non-characters with U+FFFD, so text can neither break lines nor reorder.
  public static func sanitized(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D, 0x85, 0x2028, 0x2029: result.append(" ")
      case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
        0xFFFE, 0xFFFF:
        result.append("\u{FFFD}")
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// Cuts `text` to `limit` characters, ending with `…` when it was longer.
  public static func truncated(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(max(limit - 1, 0))) + "…"
  }

  /// One label line, sanitised and truncated: the text a reader will see.
  public static func visibleLine(_ text: String) -> String {
    truncated(sanitized(text), to: maximumLineLength)
  }

  /// The body of a quoted DOT label for plain lines, joined by DOT's `\n` line break.
  public static func plainLabel(_ lines: [String]) -> String {
    lines.map { escapedForDOT(visibleLine($0), backslash: "\\\\") }.joined(separator: "\\n")
  }

  /// The body of a quoted DOT tooltip; lines are joined with an SVG newline.
  public static func tooltip(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      sanitized(String($0))
    }
    let joined = truncated(lines.joined(separator: "\n"), to: maximumTooltipLength)
    return joined.split(separator: "\n", omittingEmptySubsequences: false)
      .map { escapedForDOT(String($0), backslash: "\\\\\\\\") }
      .joined(separator: "&#10;")
  }

  /// Text for inside an HTML-like label: sanitised, truncated to `limit` and entity-escaped.
  public static func html(_ text: String, limit: Int = maximumLineLength) -> String {
    escapedForHTML(truncated(sanitized(text), to: limit))
  }

  /// Escapes markup characters and backslashes for an HTML-like label or attribute value.
  public static func escapedForHTML(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\\": out += "&#92;&#92;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Escapes for a quoted DOT string: quotes, `&`, and backslashes as `backslash`.
  static func escapedForDOT(_ text: String, backslash: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\": out += backslash
      case "\"": out += "\\\""
      case "&": out += "&amp;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A number as DOT expects it: no exponent, no trailing `.0`.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
    return String(value)
  }
}
