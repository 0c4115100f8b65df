import TrustmapModel

/// Formats a policy statement's JSON for the report and highlights its conditions.
enum StatementFormatter {
  /// Pretty JSON (re-indented when it parses), HTML-escaped, with every line of a `Condition`
  /// block, and every line naming one of `keys`, wrapped in `<mark class="cond">`.
  static func highlighted(_ json: String, keys: [String]) -> String {
    let text = (try? JSONParser.parse(json))?.prettyText ?? json
    let quotedKeys = keys.map { "\"" + $0.lowercased() + "\"" }
    var out: [String] = []
    var blockIndent: Int?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = line.prefix { $0 == " " }.count
      let trimmed = line.drop { $0 == " " }
      var mark = false
      if let open = blockIndent {
        if indent > open {
          mark = true
        } else {
          mark = indent == open && trimmed.hasPrefix("}")
          blockIndent = nil
        }
      }
      if trimmed.hasPrefix("\"Condition\"") {
        mark = true
        if trimmed.hasSuffix("{") { blockIndent = indent }
      }
      let lowered = line.lowercased()
      if quotedKeys.contains(where: { lowered.contains($0) }) { mark = true }
      let escaped = Escape.html(String(line))
      out.append(mark ? "<mark class=\"cond\">\(escaped)</mark>" : escaped)
    }
    return out.joined(separator: "\n")
  }
}
