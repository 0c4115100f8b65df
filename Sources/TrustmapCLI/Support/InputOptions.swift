import ArgumentParser

/// Output formats shared by every command.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text, json
}

/// The inputs every command reads: exports, org export, managed policies, tiers.
public struct InputOptions: ParsableArguments {
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

  /// Account tier file.
  @Option(
    name: .long,
    help: ArgumentHelp(
      "JSON file mapping accounts and OUs to tiers (see README).", valueName: "file"))
  public var tiers: String?

  /// Per-phase timings on standard error.
  @Flag(name: .long, help: "Print per-phase timings to standard error.")
  public var timings = false

  public init() {}
}
