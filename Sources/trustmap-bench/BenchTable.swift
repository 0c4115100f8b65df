import Foundation

/// Formats benchmark rows as Markdown tables: time and peak memory per phase.
enum BenchTable {
  static let phases = [
    "import", "engine", "graph", "reachability", "findings", "diagrams", "HTML",
  ]

  /// The input table, the time table and the memory table.
  static func markdown(_ rows: [BenchRow]) -> String {
    var lines = [
      "| size | files | MB | principals | nodes | edges |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows {
      lines.append(
        "| \(row.label) | \(row.files) | \(mb(row.bytes)) | \(row.principals) | "
          + "\(row.nodes) | \(row.edges) |")
    }
    lines += ["", "Time (s):", ""]
    lines.append(
      "| size | " + phases.joined(separator: " | ")
        + " | total | JSONSerialization | import+engine+graph+analysis ÷ JSONSerialization |")
    lines.append("| --- |" + String(repeating: " ---: |", count: phases.count + 3))
    for row in rows {
      let cells = phases.map { name in
        row.phases.first { $0.name == name }?.seconds.map { String(format: "%.2f", $0) } ?? "n/a"
      }
      let ratio = row.importGraphAnalysisSeconds / max(row.jsonSerializationSeconds, 1e-9)
      lines.append(
        "| \(row.label) | " + cells.joined(separator: " | ")
          + String(
            format: " | %.2f | %.2f | %.1f× |", row.totalSeconds, row.jsonSerializationSeconds,
            ratio))
    }
    lines += ["", "Peak resident memory (MB) per phase:", ""]
    lines.append("| size | " + phases.joined(separator: " | ") + " | process peak |")
    lines.append("| --- |" + String(repeating: " ---: |", count: phases.count + 1))
    for row in rows {
      let cells = phases.map { name in
        row.phases.first { $0.name == name }?.peakBytes.map(mb) ?? "n/a"
      }
      lines.append(
        "| \(row.label) | " + cells.joined(separator: " | ") + " | \(mb(row.peakBytes)) |")
    }
    lines += [
      "",
      "import = read + parse + model (fused per file, in parallel). diagrams = overview view "
        + "+ Graphviz SVG. HTML = ReportBuilder document (with its finding diagrams) + HTMLReport.",
    ]
    return lines.joined(separator: "\n")
  }

  static func mb(_ bytes: Int) -> String { String(format: "%.0f", Double(bytes) / 1_048_576) }
}
