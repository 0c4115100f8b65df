import Foundation
import TrustmapReport

/// The steps of `trustmap export`: load and analyse the inputs, then stream the format's files.
struct ExportRun {
  let command: ExportCommand

  /// Writes the export into `files`; returns a one-line summary of what was written.
  func run(into files: any ExportFileSet) throws -> String {
    let time = command.generatedAt.flatMap(ReportClock.date)?.timeIntervalSince1970
    var session = try AnalysisSession.load(command.input, referenceTime: time)
    progress(
      "read \(session.files.count) files; graph: \(session.graph.nodes.count) nodes, "
        + "\(session.graph.edges.count) edges")
    for line in session.diagnostics { progress(line) }
    let analysis = session.analyse()
    let input = ExportInput(analysis: analysis, organization: session.organization)
    let scope = command.scope ?? command.format.defaultScope
    let subgraph = ExportSubgraph.make(scope, analysis)
    let counts = subgraph.counts
    progress("writing \(command.format.rawValue) (\(scope.rawValue)) into \(command.out)")
    var timings = session.timings
    let announced = AnnouncedFiles(files) { progress("writing " + $0) }
    try AnalysisSession.timed("export", &timings) {
      try write(input, subgraph: subgraph, to: announced)
    }
    if command.input.timings {
      for line in AnalysisSession.timingLines(timings) { progress(line) }
    }
    return "\(counts.nodes) of \(session.graph.nodes.count) nodes, \(counts.edges) of "
      + "\(session.graph.edges.count) edges, \(analysis.findings.count) findings"
  }

  func write(_ input: ExportInput, subgraph: ExportSubgraph, to files: any ExportFileSet) throws {
    switch command.format {
    case .neo4jCSV:
      try BulkCSVExport.write(input, dialect: .neo4j, subgraph: subgraph, to: files)
    case .neptuneCSV:
      try BulkCSVExport.write(input, dialect: .neptune, subgraph: subgraph, to: files)
    case .openGraph: try OpenGraphExport.write(input, subgraph: subgraph, to: files)
    case .graphML: try GraphMLExport.write(input, subgraph: subgraph, to: files)
    }
  }

  func progress(_ line: String) { Self.progress(line, quiet: command.quiet) }

  static func progress(_ line: String, quiet: Bool) {
    guard !quiet else { return }
    var standardError = StandardError()
    print("trustmap export: " + line, to: &standardError)
  }
}

/// Passes files through to another file set, saying each one's name first (a large export
/// writes for minutes).
final class AnnouncedFiles: ExportFileSet {
  private let base: any ExportFileSet
  private let announce: (String) -> Void

  init(_ base: any ExportFileSet, announce: @escaping (String) -> Void) {
    self.base = base
    self.announce = announce
  }

  func file(_ name: String, _ body: (ByteSink) throws -> Void) throws {
    announce(name)
    try base.file(name, body)
  }
}
