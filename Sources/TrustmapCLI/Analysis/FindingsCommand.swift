import ArgumentParser
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// `trustmap findings`: escalation paths and risky trusts, most severe first.
public struct FindingsCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "findings", abstract: "Report cross-account escalations and risky trusts.")

  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output format.
  @Option(help: "Output format: text or json.") public var format: OutputFormat = .text

  public init() {}

  public func run() throws { try render().emit() }

  /// Analyses and renders the findings.
  public func render() throws -> CommandOutput {
    var session = try AnalysisSession.load(input)
    let analysis = session.analyse()
    let radius = analysis.blastRadius()
    let report: String
    if format == .json {
      report =
        GraphJSON.object([
          ("findings", .array(analysis.findings.map(GraphJSON.finding))),
          (
            "blastRadius",
            .array(
              radius.map {
                GraphJSON.object([
                  ("role", .string($0.role.rawValue)),
                  ("principals", .number(String($0.principals))),
                ])
              })
          ),
        ]).prettyText + "\n"
    } else {
      var lines: [String] = []
      for finding in analysis.findings {
        lines.append("[\(finding.severity.rawValue)] \(finding.kind.rawValue) \(finding.id)")
        lines.append("  " + finding.title)
        lines += finding.evidence.map { "  - " + $0 }
        if let path = finding.path, path.hops.count > 1 || finding.kind == .crossAccountEscalation {
          lines += GraphJSON.hopLines(path)
        }
      }
      lines.append("blast radius (principals that reach each admin role):")
      lines += radius.map { "  \($0.principals) \($0.role)" }
      report = lines.escapedLines
    }
    return CommandOutput(
      report: report, notes: session.diagnostics + (input.timings ? session.timingLines : []))
  }
}
