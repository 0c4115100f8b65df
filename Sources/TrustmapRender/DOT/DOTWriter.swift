/// Writes a `Diagram` as deterministic DOT text.
///
/// Node ids are `n1…` in sorted key order and cluster ids `cluster_1…` in sorted order, so the
/// caller's keys (ARNs) appear nowhere but in labels and tooltips. Attributes come in a fixed
/// order, lines end in `\n` and the text ends with a newline.
public struct DOTWriter: Sendable {
  /// The font used for every label.
  public var fontName: String

  /// Creates a writer.
  public init(fontName: String = "Helvetica") {
    self.fontName = fontName
  }

  /// The DOT text for `diagram`.
  /// - Throws: `RenderError.unknownNode` when an edge names a key no node has.
  public func write(_ diagram: Diagram) throws(RenderError) -> String {
    let ids = try DOTNodeIDs(diagram)
    var out = DOTOutput()
    out.line("digraph trustmap {")
    out.indent += 1
    writeDefaults(diagram, into: &out)
    var clusterCounter = 0
    for cluster in diagram.clusters.sorted(by: { $0.key < $1.key }) {
      writeCluster(cluster, ids: ids, counter: &clusterCounter, into: &out)
    }
    for node in diagram.nodes.sorted(by: { $0.key < $1.key }) {
      out.line(nodeStatement(node, id: ids.id(node.key)))
    }
    for edge in try ids.sortedEdges(diagram.edges) {
      out.line(edgeStatement(edge, from: ids.id(edge.from), to: ids.id(edge.to)))
    }
    if let legend = diagram.legend {
      writeLegend(legend, into: &out)
    }
    out.indent -= 1
    out.line("}")
    return out.text
  }

  private func writeDefaults(_ diagram: Diagram, into out: inout DOTOutput) {
    var graph: [(String, String)] = [
      ("label", titleLabel(diagram)), ("labelloc", "\"t\""), ("labeljust", "\"l\""),
      ("rankdir", quoted(diagram.rankDirection.rawValue)), ("fontname", quoted(fontName)),
      ("fontsize", "\"13\""), ("fontcolor", "\"#2b2f36\""), ("bgcolor", "\"#ffffff\""),
      ("pad", "\"0.3\""), ("nodesep", "\"0.3\""), ("ranksep", "\"0.55\""),
      ("newrank", "\"true\""), ("outputorder", "\"edgesfirst\""),
    ]
    if diagram.engine != .dot {
      graph += [("overlap", "\"prism\""), ("overlap_scaling", "\"-4\""), ("splines", "\"false\"")]
    }
    out.line("graph " + attributeList(graph) + ";")
    out.line(
      "node [fontname=\(quoted(fontName)), fontsize=\"11\", fontcolor=\"#2b2f36\", "
        + "style=\"filled\", margin=\"0.12,0.06\", penwidth=\"1.2\"];")
    out.line(
      "edge [fontname=\(quoted(fontName)), fontsize=\"9\", fontcolor=\"#4a5260\", "
        + "arrowsize=\"0.7\"];")
  }

  private func titleLabel(_ diagram: Diagram) -> String {
    var parts = ["<B>" + DOTText.html(diagram.title, limit: 160) + "</B>"]
    for note in diagram.notes {
      parts.append(
        "<FONT POINT-SIZE=\"10\" COLOR=\"#6b7380\">" + DOTText.html(note, limit: 240) + "</FONT>")
    }
    return "<" + parts.joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>>"
  }

  private func writeCluster(
    _ cluster: DiagramCluster, ids: DOTNodeIDs, counter: inout Int, into out: inout DOTOutput
  ) {
    counter += 1
    out.line("subgraph cluster_\(counter) {")
    out.indent += 1
    let style = cluster.dashed ? "rounded,filled,dashed" : "rounded,filled"
    out.line(
      "graph "
        + attributeList([
          ("label", label(cluster.label)), ("labeljust", "\"l\""), ("style", quoted(style)),
          ("fillcolor", color(cluster.fillColor)), ("color", color(cluster.borderColor)),
          ("fontsize", "\"11\""),
        ]) + ";")
    for child in cluster.clusters.sorted(by: { $0.key < $1.key }) {
      writeCluster(child, ids: ids, counter: &counter, into: &out)
    }
    for node in cluster.nodes.sorted(by: { $0.key < $1.key }) {
      out.line(nodeStatement(node, id: ids.id(node.key)))
    }
    out.indent -= 1
    out.line("}")
  }

  func nodeStatement(_ node: DiagramNode, id: String) -> String {
    var style = ["filled"]
    if node.shape == .box { style.insert("rounded", at: 0) }
    if node.dashed { style.append("dashed") }
    var attributes: [(String, String)] = [
      ("label", label(node.label)),
      ("tooltip", quoted(DOTText.tooltip(node.tooltip ?? node.label.fullText))),
      ("shape", quoted(node.shape.rawValue)), ("style", quoted(style.joined(separator: ","))),
    ]
    if node.doubleBorder { attributes.append(("peripheries", "\"2\"")) }
    attributes += [("color", color(node.borderColor)), ("fillcolor", color(node.fillColor))]
    return id + " " + attributeList(attributes) + ";"
  }

  func edgeStatement(_ edge: DiagramEdge, from: String, to: String) -> String {
    var attributes: [(String, String)] = []
    if let edgeLabel = edge.label { attributes.append(("label", label(edgeLabel))) }
    if let tip = edge.tooltip ?? edge.label?.fullText {
      attributes.append(("tooltip", quoted(DOTText.tooltip(tip))))
    }
    attributes += [
      ("style", quoted(edge.style.rawValue)), ("color", color(edge.color)),
      ("penwidth", quoted(DOTText.number(edge.penWidth))),
    ]
    if !edge.constraint { attributes.append(("constraint", "\"false\"")) }
    return from + " -> " + to + " " + attributeList(attributes) + ";"
  }

  private func writeLegend(_ legend: DiagramLegend, into out: inout DOTOutput) {
    let rows =
      legend.nodes.map(DOTLegendTable.row(node:)) + legend.edges.map(DOTLegendTable.row(edge:))
    out.line(
      "legend [label=<" + DOTLegendTable.table(rows) + ">, tooltip=\"Legend\", shape=\"plain\", "
        + "style=\"\"];")
  }

  func label(_ label: DiagramLabel) -> String {
    switch label {
    case .plain(let lines):
      return quoted(DOTText.plainLabel(lines))
    case .rich(let lines):
      return "<" + lines.map(htmlLine).joined(separator: "<BR/>") + ">"
    }
  }

  private func htmlLine(_ line: LabelLine) -> String {
    var text = DOTText.html(line.text)
    if text.isEmpty { text = " " }
    if line.bold { text = "<B>" + text + "</B>" }
    var font: [String] = []
    if let size = line.pointSize { font.append("POINT-SIZE=\"\(DOTText.number(size))\"") }
    if let lineColor = line.color { font.append("COLOR=" + color(lineColor)) }
    guard !font.isEmpty else { return text }
    return "<FONT " + font.joined(separator: " ") + ">" + text + "</FONT>"
  }

  private func attributeList(_ attributes: [(String, String)]) -> String {
    "[" + attributes.map { $0.0 + "=" + $0.1 }.joined(separator: ", ") + "]"
  }

  private func quoted(_ escaped: String) -> String { "\"" + escaped + "\"" }

  /// A colour as a quoted DOT string; anything but `#rrggbb(aa)` falls back to grey.
  private func color(_ value: String) -> String {
    let hex = value.dropFirst()
    let valid =
      value.first == "#" && (hex.count == 6 || hex.count == 8)
      && hex.allSatisfy(\.isHexDigit)
    return quoted(valid ? value : "#5f6b7a")
  }
}

/// Accumulates indented DOT lines.
struct DOTOutput {
  var text = ""
  var indent = 0

  mutating func line(_ content: String) {
    text += String(repeating: "  ", count: indent) + content + "\n"
  }
}
