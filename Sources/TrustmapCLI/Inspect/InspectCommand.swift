import ArgumentParser
import TrustmapImport
import TrustmapModel

/// `trustmap inspect`: import the inputs and summarise what was found per account.
public struct InspectCommand: ParsableCommand {
  /// Output formats of `inspect`.
  public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
  }

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

  /// Files or directories (searched recursively for *.json).
  @Argument(help: "GAAD exports, Organizations exports, or directories of them.")
  public var inputs: [String]

  /// The Organizations export, when it lives apart from the inputs.
  @Option(
    name: .long,
    help: ArgumentHelp("An Organizations export (file or directory).", valueName: "file"))
  public var org: String?

  /// AWS managed policy documents for policies no account lists.
  @Option(
    name: .customLong("managed-policies"),
    help: ArgumentHelp(
      "Directory of `aws iam get-policy-version` outputs named <PolicyName>.json, used for AWS "
        + "managed policies that no export lists.", valueName: "dir"))
  public var managedPolicies: String?

  /// Split files that mix accounts instead of rejecting them.
  @Flag(
    name: .customLong("split-mixed-accounts"),
    help: ArgumentHelp(
      "Accept an IAM export whose ARNs name several accounts (e.g. hand-merged files) and split it "
        + "by the account of each ARN. Without it such a file is an error (FMT-3)."))
  public var splitMixedAccounts = false

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
    let result = try Importer.load(
      inputs: inputs, orgInput: org, managedPoliciesDirectory: managedPolicies,
      splitMixedAccounts: splitMixedAccounts)
    let report = InspectReport(result.organization)
    let notes = report.diagnostics.map { $0.description.terminalEscaped }
    return (format == .json ? report.json : report.text, notes)
  }
}

private func printError(_ line: String) {
  var standardError = StandardError()
  print(line, to: &standardError)
}
