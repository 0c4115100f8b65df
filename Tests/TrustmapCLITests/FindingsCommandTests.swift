import Foundation
import Testing
import TrustmapTestSupport

@testable import TrustmapCLI

@Suite("trustmap findings")
struct FindingsCommandTests {
  func render(_ extra: [String]) throws -> CommandOutput {
    let parsed = try TrustmapCommand.parseAsRoot(
      ["findings", SamplesFixture.samples, "--generated-at", SamplesFixture.generatedAt] + extra)
    let command = try #require(parsed as? FindingsCommand)
    return try command.render(base: SamplesFixture.packageRoot)
  }

  @Test("--format json is the report's findings.json, byte for byte (one schema)")
  func jsonIsFindingsJSON() throws {
    let output = try render(["--format", "json"])
    let parsed = try TrustmapCommand.parseAsRoot(
      [
        "report", SamplesFixture.samples, "--out", "unused", "--quiet", "--generated-at",
        SamplesFixture.generatedAt,
      ])
    let report = try ReportRun(
      command: try #require(parsed as? ReportCommand), baseDirectory: SamplesFixture.packageRoot
    ).produce()
    let json = try #require(report.files.first { $0.name == "findings.json" })
    #expect(output.report == String(decoding: json.bytes, as: UTF8.self))
  }

  @Test("text: root causes first, with why and fix, and no engine tokens")
  func text() throws {
    let report = try render([]).report
    #expect(report.hasPrefix("10 root causes (9 findings)"))
    #expect(
      report.contains(
        "fix: Statement 0 (Sid CiCallers) of the trust policy of role ci/deploy-runner"))
    #expect(report.contains("where: Samples/accounts/shared-tooling-333333333333.json:404"))
    for token in [
      "identityNotImported", "EXTERNAL_ANY", "selfEscalation", "(probes)", "TRU-", "ADM-",
    ] {
      #expect(!report.contains(token), "\(token) in the findings text")
    }
  }
}
