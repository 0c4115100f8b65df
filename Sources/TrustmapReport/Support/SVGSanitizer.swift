/// An allow-list sanitiser for SVG that is inlined into the HTML report.
///
/// It keeps only known drawing elements and presentation attributes, re-serialises every tag,
/// and drops comments, processing instructions, doctypes, CDATA, `<script>`, `<style>`,
/// `<foreignObject>` (with their content), every `on*` attribute, and any link that is not a
/// same-document `#fragment`. `xmlns` goes too: the HTML parser puts inline `<svg>` in the SVG
/// namespace by itself. What it does not know, it removes.
public enum SVGSanitizer {
  static let allowedElements: Set<String> = [
    "svg", "g", "title", "desc", "polygon", "polyline", "ellipse", "circle", "rect", "line",
    "path", "text", "tspan", "defs", "linearGradient", "radialGradient", "stop", "marker", "a",
    "clipPath",
  ]

  static let allowedAttributes: Set<String> = [
    "id", "class", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
    "r", "rx", "ry", "points", "d", "fill", "stroke", "stroke-width", "stroke-dasharray",
    "stroke-opacity", "stroke-linecap", "stroke-linejoin", "fill-opacity", "opacity", "transform",
    "text-anchor", "font-family", "font-size", "font-weight", "font-style", "preserveAspectRatio",
    "version", "offset", "stop-color", "stop-opacity", "role",
    "aria-label", "markerWidth", "markerHeight", "refX", "refY", "orient", "gradientUnits",
    "clip-path", "marker-end", "marker-start", "dominant-baseline",
  ]

  /// Raw-text elements whose content is dropped with them.
  static let droppedWithContent: Set<String> = ["script", "style", "foreignObject", "iframe"]

  /// Returns `svg` with everything outside the allow-list removed.
  public static func sanitize(_ svg: String) -> String {
    var scanner = SVGScanner(svg)
    var out = ""
    var skipDepth = 0
    while let token = scanner.next() {
      switch token {
      case .text(let text):
        if skipDepth == 0 { out += escapeText(text) }
      case .end(let name):
        if skipDepth > 0 {
          skipDepth -= 1
        } else if allowedElements.contains(name) {
          out += "</\(name)>"
        }
      case .start(let name, let attributes, let selfClosing):
        if droppedWithContent.contains(name.lowercased()) {
          if !selfClosing { scanner.skipRawText(until: name) }
        } else if skipDepth > 0 || !allowedElements.contains(name) {
          if !selfClosing { skipDepth += 1 }
        } else {
          out += startTag(name, attributes, selfClosing: selfClosing)
        }
      }
    }
    return String(out.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }

  private static func startTag(_ name: String, _ attributes: [(String, String)], selfClosing: Bool)
    -> String
  {
    var tag = "<" + name
    for (key, value) in attributes where isAllowed(key, value) {
      tag += " \(key)=\"\(escapeText(value).replacingOccurrences(of: "\"", with: "&quot;"))\""
    }
    return tag + (selfClosing ? "/>" : ">")
  }

  private static func isAllowed(_ key: String, _ value: String) -> Bool {
    let lowered = value.lowercased().filter { !$0.isWhitespace }
    if key == "href" || key == "xlink:href" {
      return lowered.hasPrefix("#") && isPlainFragment(value)
    }
    guard allowedAttributes.contains(key) else { return false }
    if lowered.contains("javascript:") || lowered.contains("&#") { return false }
    if lowered.contains("url(") { return lowered.hasPrefix("url(#") && !lowered.contains("url(h") }
    return true
  }

  private static func isPlainFragment(_ value: String) -> Bool {
    value.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
  }

  /// Escapes `<`, `>` and any `&` that does not start a character reference.
  static func escapeText(_ text: String) -> String {
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      switch character {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += startsEntity(text[index...]) ? "&" : "&amp;"
      default: out.append(character)
      }
      index = text.index(after: index)
    }
    return out
  }

  private static func startsEntity(_ rest: Substring) -> Bool {
    let body = rest.dropFirst().prefix(12)
    guard let semicolon = body.firstIndex(of: ";") else { return false }
    let name = body[..<semicolon]
    if name.hasPrefix("#x") { return name.count > 2 && name.dropFirst(2).allSatisfy(\.isHexDigit) }
    if name.hasPrefix("#") { return name.count > 1 && name.dropFirst().allSatisfy(\.isNumber) }
    return !name.isEmpty && name.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
