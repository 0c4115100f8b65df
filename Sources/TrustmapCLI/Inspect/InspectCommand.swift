import ArgumentParser
import TrustmapImport
import TrustmapModel

/// `trustmap inspect`: import the inputs and summarise what was found per account.
public struct InspectCommand: ParsableCommand {
  /// Output formats of `inspect`.
  public typealias Format = OutputFormat

  public static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Import IAM and Organizations exports and summarise them per account.",
    discussion: """
      Use this first: it checks that every input is understood before any analysis. Each file \
      is recognised by its shape — a get-account-authorization-details export (one or more per \
      account), the combined Organizations export, or raw `aws organizations` outputs. Every \
      problem in every file is listed at once; warnings go to standard error.

      For each account it shows the name and OU path (from the Organizations export), the \
      numbers of users, groups, roles and managed policies, how many attached policies have no \
      document in the export (UNKNOWN), and which accounts outside the inputs its roles trust.

      Example:
        aws iam get-account-authorization-details --output json > exports/account-111111111111.json
        trustmap inspect exports/ --org org.json
        trustmap inspect exports/ --org org.json --format json > summary.json
      """)

  /// The inputs.
  @OptionGroup public var input: InputOptions

  /// Output format.
  @Option(help: "Output format: text (an aligned table) or json.")
  public var format: Format = .text

  public init() {}

  public func run() throws {
    let output = try render()
    for line in output.diagnostics { printError(line) }
    print(output.report, terminator: "")
  }

  /// Imports and renders; the report for standard output and the diagnostics for standard error.
  public func render() throws -> (report: String, diagnostics: [String]) {
    let result = try input.importInputs()
    let report = InspectReport(result.organization)
    let notes = report.diagnostics.map { $0.description.terminalEscaped }
    return (format == .json ? report.json : report.text, notes)
  }
}

private func printError(_ line: String) {
  var standardError = StandardError()
  print(line, to: &standardError)
}
