import ArgumentParser
import Foundation
import TrustmapSynthesis

/// `trustmap-synth`: writes a synthetic organisation for tests and benchmarks.
@main
struct SynthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trustmap-synth",
    abstract: "Generate a synthetic AWS organisation (IAM exports + Organizations export).",
    discussion: """
      Writes DIR/accounts/<account id>.json (aws iam get-account-authorization-details output)
      and DIR/org.json (the combined Organizations export). The same options always produce
      the same bytes.
      """)

  @Option(help: "Number of accounts, the management account included.")
  var accounts: Int

  @Option(name: .customLong("roles-per-account"), help: "IAM roles in every account.")
  var rolesPerAccount: Int

  @Option(name: .customLong("users-per-account"), help: "IAM users in every account.")
  var usersPerAccount: Int

  @Option(help: "Seed for the generator.")
  var seed: UInt64

  @Option(help: "Output folder (created if missing).")
  var out: String

  @Flag(
    name: .customLong("url-encoded"), help: "Write policy documents URL-encoded (raw IAM API form)."
  )
  var urlEncoded = false

  func run() throws {
    let options = SynthesisOptions(
      accountCount: accounts, rolesPerAccount: rolesPerAccount, usersPerAccount: usersPerAccount,
      seed: seed, urlEncodedDocuments: urlEncoded)
    let clock = ContinuousClock()
    let start = clock.now
    let summary = try OrganizationSynthesizer(options: options)
      .write(to: URL(fileURLWithPath: out, isDirectory: true))
    let seconds = (clock.now - start) / .milliseconds(1) / 1000
    let megabytes = Double(summary.totalBytes) / 1_048_576
    print(
      "wrote \(summary.accountFiles) accounts, \(summary.roleCount) roles, \(summary.userCount) users, "
        + String(format: "%.1f MiB in %.2f s", megabytes, seconds))
  }
}
