import ArgumentParser
import Foundation
import TrustmapAnalysis
import TrustmapReport

/// `--fail-on` / `--min-severity` levels.
public enum SeverityThreshold: String, ExpressibleByArgument, CaseIterable, Sendable {
  case info, low, medium, high, critical

  var severity: TrustmapAnalysis.Severity { TrustmapAnalysis.Severity(rawValue: rawValue) ?? .info }
}

/// `trustmap report`: the HTML report, findings JSON/SARIF, Markdown summary, edges CSV and
/// diagrams, written into one directory.
public struct ReportCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the full report (HTML, JSON, SARIF, Markdown, CSV, SVG).",
    discussion: """
      Writes report.html, findings.json, findings.sarif, summary.md, edges.csv, overview.svg and \
      diagrams/<finding id>.svg into --out. The same inputs and --generated-at give the same \
      bytes. Exit status: 0 written, 2 written and a finding at or above --fail-on exists \
      (all findings count, whatever --min-severity hides), 1 error.
      """)

  /// Exit status when `--fail-on` trips.
  public static let findingsExitCode: Int32 = 2

  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output directory.
  @Option(help: ArgumentHelp("Directory to write into (created if missing).", valueName: "dir"))
  public var out: String
  /// Report title.
  @Option(help: "Report title.") public var title = "Trustmap report"
  /// Generation time shown in the report.
  @Option(
    name: .customLong("generated-at"),
    help: ArgumentHelp(
      "ISO 8601 time to stamp into the report (e.g. 2025-01-15T09:00:00Z) for reproducible "
        + "output; also the time conditions are evaluated at. Default: now (UTC).",
      valueName: "time"))
  public var generatedAt: String?
  /// Exit 2 when a finding at or above this severity exists.
  @Option(
    name: .customLong("fail-on"),
    help: "Exit with status 2 when a finding at or above this severity exists.")
  public var failOn: SeverityThreshold?
  /// Hide findings below this severity.
  @Option(
    name: .customLong("min-severity"), help: "Leave findings below this severity out of the report."
  )
  public var minSeverity: SeverityThreshold?
  /// No progress lines.
  @Flag(help: "Print no progress lines on standard error.") public var quiet = false

  public init() {}

  public func validate() throws { try ReportClock.validate(generatedAt) }

  public func run() throws {
    let run = ReportRun(command: self, baseDirectory: FileManager.default.currentDirectoryPath)
    let destination = DirectoryDestination(path: out)
    let exitCode = try run.run(into: destination)
    run.progress("wrote \(destination.fileCount) files into \(out)")
    if exitCode != 0 { throw ExitCode(exitCode) }
  }
}

/// Formats and parses the report's time stamps (ISO 8601, UTC, whole seconds).
enum ReportClock {
  /// Rejects a `--generated-at` value that is not an ISO 8601 time.
  static func validate(_ generatedAt: String?) throws {
    if let generatedAt, date(generatedAt) == nil {
      throw ValidationError(
        "--generated-at \"\(generatedAt)\" is not an ISO 8601 time such as 2025-01-15T09:00:00Z")
    }
  }

  static func date(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
  }

  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(
      from: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))
  }
}
