import ArgumentParser
import Foundation
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapReport

/// `trustmap findings`: root causes and the findings they cause, most severe first.
public struct FindingsCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "findings", abstract: "Report cross-account escalations and risky trusts.",
    discussion: """
      Text: the root causes (what one fix changes) with why and how to fix each, then every \
      finding with its path. JSON: the same document as the report's findings.json (schema \
      Sources/TrustmapReport/Schemas/findings.schema.json).
      """)

  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output format.
  @Option(help: "Output format: text or json.") public var format: OutputFormat = .text
  /// Generation time written into the JSON.
  @Option(
    name: .customLong("generated-at"),
    help: ArgumentHelp(
      "ISO 8601 time to stamp into the JSON (e.g. 2025-01-15T09:00:00Z) for reproducible "
        + "output; also the time conditions are evaluated at. Default: now (UTC).",
      valueName: "time"))
  public var generatedAt: String?

  public init() {}

  public func validate() throws {
    if let generatedAt, ReportClock.date(generatedAt) == nil {
      throw ValidationError(
        "--generated-at \"\(generatedAt)\" is not an ISO 8601 time such as 2025-01-15T09:00:00Z")
    }
  }

  public func run() throws { try render().emit() }

  /// Analyses and renders the findings; input paths under `base` are shown relative to it.
  public func render(base: String = FileManager.default.currentDirectoryPath) throws
    -> CommandOutput
  {
    let stamp = generatedAt ?? ReportClock.now()
    var session = try AnalysisSession.load(
      input, referenceTime: ReportClock.date(stamp)?.timeIntervalSince1970)
    let analysis = session.analyse()
    var builder = ReportBuilder(
      analysis: analysis, organization: session.organization, engine: session.engine,
      renderer: nil)
    builder.readSource = ReportRun.readSource
    let context = ReportContext(
      title: "Trustmap report", generatedAt: stamp, toolVersion: TrustmapVersion.current,
      baseDirectory: base)
    let report: String
    if format == .json {
      var document = builder.document(context)
      document.metadata.inputFiles = try ReportRun.hashed(
        ReportRun.inputFiles(session.organization, session.files, base))
      report = FindingsJSON.render(document)
    } else {
      report =
        FindingsText.lines(builder.grouped(context), radius: analysis.blastRadius())
        .escapedLines
    }
    return CommandOutput(
      report: report, notes: session.diagnostics + (input.timings ? session.timingLines : []))
  }
}
