import Foundation

/// Report bytes with Graphviz's layout taken out, for comparisons.
///
/// libgvc 2.43 lays out clustered graphs slightly differently from run to run (same DOT,
/// different coordinates), so SVG and the HTML that inlines it are compared by their titles and
/// text labels only; every other file is compared byte for byte.
enum LayoutFreeText {
  static func comparable(name: String, bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    if name.hasSuffix(".svg") { return labels(text) }
    guard name.hasSuffix(".html") else { return text }
    var out = ""
    var rest = Substring(text)
    while let open = rest.range(of: "<svg"), let close = rest.range(of: "</svg>") {
      out += rest[..<open.lowerBound] + labels(String(rest[open.lowerBound..<close.upperBound]))
      rest = rest[close.upperBound...]
    }
    return out + rest
  }

  /// The `<title>` and `<text>` contents of an SVG, in order.
  static func labels(_ svg: String) -> String {
    let pattern = try? NSRegularExpression(pattern: "<(title|text)[^>]*>([^<]*)</(title|text)>")
    let range = NSRange(svg.startIndex..., in: svg)
    return (pattern?.matches(in: svg, range: range) ?? []).compactMap { match in
      Range(match.range(at: 2), in: svg).map { String(svg[$0]) }
    }.sorted().joined(separator: "\n")
  }
}
