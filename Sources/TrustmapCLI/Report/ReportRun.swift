import Foundation
import TrustmapAnalysis
import TrustmapRender
import TrustmapReport

/// The files of one report, in memory, and the exit status `--fail-on` asks for.
public struct ReportOutcome: Sendable {
  /// File names relative to the output directory (such as `diagrams/x.svg`) and their bytes.
  public var files: [(name: String, bytes: [UInt8])]
  /// 0, or 2 when `--fail-on` trips.
  public var exitCode: Int32

  /// Writes every file under `directory`, creating folders as needed.
  public func write(to directory: String) throws {
    let root = URL(fileURLWithPath: directory, isDirectory: true)
    for file in files {
      let url = root.appendingPathComponent(file.name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.bytes).write(to: url)
    }
  }
}

/// Runs import → analysis → report document → writers and diagrams, without touching the
/// output directory (so tests can compare bytes).
public struct ReportRun {
  let command: ReportCommand
  /// Input paths under this directory are shown relative to it.
  let baseDirectory: String

  /// Creates a run of `command`, showing paths relative to `baseDirectory`.
  public init(command: ReportCommand, baseDirectory: String) {
    self.command = command
    self.baseDirectory = baseDirectory
  }

  /// Everything the report consists of.
  public func produce() throws -> ReportOutcome {
    let generatedAt = command.generatedAt ?? ReportClock.now()
    let time = ReportClock.date(generatedAt)?.timeIntervalSince1970
    var session = try AnalysisSession.load(command.input, referenceTime: time)
    progress(
      "read \(session.files.count) files; graph: \(session.graph.nodes.count) nodes, "
        + "\(session.graph.edges.count) edges")
    for line in session.diagnostics where !command.quiet { progress(line) }
    let analysis = session.analyse()
    progress("analysis: \(analysis.findings.count) findings")
    var timings = session.timings
    var builder = ReportBuilder(
      analysis: analysis, organization: session.organization, engine: session.engine)
    if let minimum = command.minSeverity?.severity {
      builder.findings = analysis.findings.filter { $0.severity >= minimum }
    }
    progress("rendering \(min(builder.findings.count, builder.maxDiagrams)) finding diagrams")
    let context = ReportContext(
      title: command.title, generatedAt: generatedAt, toolVersion: TrustmapVersion.current,
      inputFiles: try inputFiles(session), baseDirectory: baseDirectory)
    let document = AnalysisSession.timed("report document", &timings) { builder.document(context) }
    var files = reportWriters.map { writer in
      AnalysisSession.timed("write " + writer.fileName, &timings) {
        (name: writer.fileName, bytes: writer.bytes(document))
      }
    }
    try AnalysisSession.timed("overview diagram", &timings) {
      let overview = OverviewDiagram.diagram(builder.adapter.overview())
      files.append((name: "overview.svg", bytes: try GraphvizRenderer().render(overview)))
    }
    files += diagramFiles(document)
    if command.input.timings {
      for line in AnalysisSession.timingLines(timings) { progress(line) }
    }
    let tripped =
      command.failOn.map { threshold in
        analysis.findings.contains { $0.severity >= threshold.severity }
      } ?? false
    return ReportOutcome(files: files, exitCode: tripped ? ReportCommand.findingsExitCode : 0)
  }

  /// `diagrams/<finding id>.svg` for every finding with a diagram; ids made file-safe.
  func diagramFiles(_ document: ReportDocument) -> [(name: String, bytes: [UInt8])] {
    var used = Set<String>()
    return document.findingsBySeverity.compactMap { finding in
      guard let svg = finding.diagramSVG else { return nil }
      var name = Self.fileName(finding.id)
      var suffix = 2
      while !used.insert(name).inserted {
        name = Self.fileName(finding.id) + "-\(suffix)"
        suffix += 1
      }
      return (name: "diagrams/" + name + ".svg", bytes: Array(svg.utf8))
    }
  }

  /// Letters, digits, `.`, `-` and `_` kept; everything else becomes `_`.
  static func fileName(_ id: String) -> String {
    String(
      id.map { character in
        character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character))
          ? character : "_"
      })
  }

  /// The files the importer read, hashed now, with paths relative to `baseDirectory`.
  func inputFiles(_ session: AnalysisSession) throws -> [InputFile] {
    let owners = Dictionary(
      session.organization.accounts.flatMap { account in
        account.sourceFiles.map { ($0, "IAM export " + account.id.rawValue) }
      }, uniquingKeysWith: { first, _ in first })
    let context = ReportContext(
      title: "", generatedAt: "", toolVersion: "", baseDirectory: baseDirectory)
    return try session.files.map { path in
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      return InputFile(
        path: context.displayPath(path), contents: bytes,
        kind: owners[path]
          ?? (session.organization.structure != nil ? "Organizations export" : "input"))
    }
  }

  /// A progress line on standard error, unless `--quiet`.
  func progress(_ line: String) {
    guard !command.quiet else { return }
    var standardError = StandardError()
    print("trustmap report: " + line, to: &standardError)
  }
}
