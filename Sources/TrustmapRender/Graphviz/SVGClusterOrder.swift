/// Puts Graphviz's SVG cluster groups in a stable order.
///
/// libgvc 2.43 emits the `<g id="clustN" class="cluster">` siblings in an order that changes
/// from run to run (the coordinates do not), which would break byte-reproducible reports. Each
/// run of consecutive cluster groups is sorted by `N`; nothing else changes.
enum SVGClusterOrder {
  static func canonical(_ svg: String) -> String {
    let lines = svg.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [Substring] = []
    var run: [(number: Int, lines: ArraySlice<Substring>)] = []
    var index = 0
    while index < lines.count {
      if let number = clusterNumber(lines[index]) {
        let end = blockEnd(lines, from: index)
        run.append((number, lines[index...end]))
        index = end + 1
        continue
      }
      out += run.sorted { $0.number < $1.number }.flatMap(\.lines)
      run = []
      out.append(lines[index])
      index += 1
    }
    out += run.sorted { $0.number < $1.number }.flatMap(\.lines)
    return out.joined(separator: "\n")
  }

  /// `N` of a `<g id="clustN" class="cluster">` line.
  static func clusterNumber(_ line: Substring) -> Int? {
    let prefix = "<g id=\"clust"
    let suffix = "\" class=\"cluster\">"
    guard line.hasPrefix(prefix), line.hasSuffix(suffix) else { return nil }
    return Int(line.dropFirst(prefix.count).dropLast(suffix.count))
  }

  /// The line of the `</g>` that closes the group opened at `start`.
  static func blockEnd(_ lines: [Substring], from start: Int) -> Int {
    var depth = 0
    for index in start..<lines.count {
      if lines[index].hasPrefix("<g ") || lines[index].hasPrefix("<g>") { depth += 1 }
      if lines[index].hasPrefix("</g>") || lines[index].hasSuffix("</g>") { depth -= 1 }
      if depth == 0 { return index }
    }
    return lines.count - 1
  }
}
