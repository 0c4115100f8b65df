import Foundation
import TrustmapAnalysis
import TrustmapModel
import TrustmapPolicy
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
    let destination = DirectoryDestination(path: directory)
    for file in files { try destination.file(file.name) { $0.write(file.bytes) } }
  }
}

/// Runs import → analysis → report document → writers and diagrams, into a destination: the
/// output directory (streamed) or memory (so tests can compare bytes).
public struct ReportRun {
  let command: ReportCommand
  /// Input paths under this directory are shown relative to it.
  let baseDirectory: String

  /// Creates a run of `command`, showing paths relative to `baseDirectory`.
  public init(command: ReportCommand, baseDirectory: String) {
    self.command = command
    self.baseDirectory = baseDirectory
  }

  /// Everything the report consists of, in memory.
  public func produce() throws -> ReportOutcome {
    let destination = MemoryDestination()
    let exitCode = try run(into: destination)
    return ReportOutcome(files: destination.files, exitCode: exitCode)
  }

  /// Writes every file of the report into `destination`; returns 0, or 2 when `--fail-on` trips.
  public func run(into destination: some ReportDestination) throws -> Int32 {
    let generatedAt = command.generatedAt ?? ReportClock.now()
    let time = ReportClock.date(generatedAt)?.timeIntervalSince1970
    // Hashing reads every input again: it starts as soon as the files are known and runs
    // beside the phases that leave a core idle.
    var started: BackgroundWork<[InputFile]>?
    var session = try AnalysisSession.load(command.input, referenceTime: time) { imported in
      let listed = Self.inputFiles(imported.organization, imported.files, baseDirectory)
      started = BackgroundWork { try Self.hashed(listed) }
    }
    guard let hashing = started else { preconditionFailure("the import callback did not run") }
    progress(
      "read \(session.files.count) files; graph: \(session.graph.nodes.count) nodes, "
        + "\(session.graph.edges.count) edges")
    for line in session.diagnostics where !command.quiet { progress(line) }
    // edges.csv needs only the graph: written beside the analysis, it fills the idle core.
    let edgesSink = try destination.begin(EdgesCSV.fileName)
    let edgesCSV = BackgroundWork { [graph = session.graph, edgesSink] in
      EdgesCSV.write(edges: ReportBuilder.edges(of: graph), to: edgesSink)
    }
    let analysis = session.analyse()
    progress("analysis: \(analysis.findings.count) findings")
    var timings = session.timings
    let builder = builder(analysis, session)
    // The overview needs only the analysis: it is drawn beside the document and the writers.
    let adapter = builder.adapter
    let overview = BackgroundWork {
      try GraphvizRenderer().render(OverviewDiagram.diagram(adapter.overview()))
    }
    progress("rendering \(min(builder.findings.count, builder.maxDiagrams)) finding diagrams")
    let context = ReportContext(
      title: command.title, generatedAt: generatedAt, toolVersion: TrustmapVersion.current,
      baseDirectory: baseDirectory)
    var document = AnalysisSession.timed("report document", &timings) {
      builder.document(context)
    }
    ProcessTeardown.keep(document)
    document.metadata.inputFiles = try AnalysisSession.timed("hash inputs (rest)", &timings) {
      try hashing.result()
    }
    try write(
      document, overview: overview, edgesCSV: (edgesCSV, edgesSink), into: destination,
      timings: &timings)
    if command.input.timings {
      for line in AnalysisSession.timingLines(timings) { progress(line) }
    }
    let tripped =
      command.failOn.map { threshold in
        analysis.findings.contains { $0.severity >= threshold.severity }
      } ?? false
    return tripped ? ReportCommand.findingsExitCode : 0
  }

  /// The document builder, with the findings `--min-severity` keeps.
  func builder(_ analysis: TrustAnalysis, _ session: AnalysisSession) -> ReportBuilder {
    var builder = ReportBuilder(
      analysis: analysis, organization: session.organization, engine: session.engine)
    builder.readSource = Self.readSource
    if let minimum = command.minSeverity?.severity {
      builder.findings = analysis.findings.filter { $0.severity >= minimum }
    }
    return builder
  }

  /// The writers' files, `overview.svg` and the finding diagrams, each timed.
  func write(
    _ document: ReportDocument, overview: BackgroundWork<[UInt8]>,
    edgesCSV: (work: BackgroundWork<Void>, sink: ByteSink),
    into destination: some ReportDestination, timings: inout [PhaseTiming]
  ) throws {
    for writer in reportWriters {
      guard writer != EdgesCSV.self else {
        try AnalysisSession.timed("write edges.csv (rest)", &timings) {
          try edgesCSV.work.result()
          try destination.finish(EdgesCSV.fileName, edgesCSV.sink)
        }
        continue
      }
      try AnalysisSession.timed("write " + writer.fileName, &timings) {
        try destination.file(writer.fileName) { writer.write(document, to: $0) }
      }
    }
    try AnalysisSession.timed("overview diagram (rest)", &timings) {
      let svg = try overview.result()
      try destination.file("overview.svg") { $0.write(svg) }
    }
    try AnalysisSession.timed("write diagrams", &timings) {
      for file in diagramFiles(document) {
        try destination.file(file.name) { $0.write(file.bytes) }
      }
    }
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

  /// Reads an input file again, for the line and column of the statements findings point at.
  static let readSource: @Sendable (String) -> [UInt8]? = { path in
    FileManager.default.contents(atPath: path).map { Array($0) }
  }

  /// The files the importer read: where to read each, and its entry with the path relative to
  /// `baseDirectory` and no digest yet (see `hashed`).
  static func inputFiles(_ organization: Organization, _ files: [String], _ baseDirectory: String)
    -> [(path: String, entry: InputFile)]
  {
    let owners = Dictionary(
      organization.accounts.flatMap { account in
        account.sourceFiles.map { ($0, "IAM export " + account.id.rawValue) }
      }, uniquingKeysWith: { first, _ in first })
    let context = ReportContext(
      title: "", generatedAt: "", toolVersion: "", baseDirectory: baseDirectory)
    return files.map { path in
      let kind = owners[path] ?? (organization.structure != nil ? "Organizations export" : "input")
      return (path, InputFile(path: context.displayPath(path), sha256: "", kind: kind))
    }
  }

  /// The entries of `files` with each file hashed (streamed, on all cores).
  static func hashed(_ files: [(path: String, entry: InputFile)]) throws -> [InputFile] {
    let digests = ParallelMap.map(files.map(\.path)) { path in
      Result { try SHA256.hex(ofFileAt: path) }
    }
    return try zip(files, digests).map { file, digest in
      var entry = file.entry
      entry.sha256 = try digest.get()
      return entry
    }
  }

  /// A progress line on standard error, unless `--quiet`.
  func progress(_ line: String) {
    guard !command.quiet else { return }
    var standardError = StandardError()
    print("trustmap report: " + line, to: &standardError)
  }
}
