import Foundation
import Testing
import TrustmapTestSupport

@testable import TrustmapCLI

@Suite("trustmap report")
struct ReportCommandTests {
  static let title = "Northwind Logistics — Trustmap sample report"

  func produce(_ extra: [String]) throws -> ReportOutcome {
    let parsed = try TrustmapCommand.parseAsRoot(
      ["report", SamplesFixture.samples, "--out", "unused", "--quiet"] + extra)
    let command = try #require(parsed as? ReportCommand)
    return try ReportRun(command: command, baseDirectory: SamplesFixture.packageRoot).produce()
  }

  func names(_ outcome: ReportOutcome) -> [String] { outcome.files.map(\.name).sorted() }

  @Test("writes the five report files, overview.svg and one SVG per finding with a path")
  func files() throws {
    let outcome = try produce(["--generated-at", SamplesFixture.generatedAt])
    let names = names(outcome)
    for name in [
      "report.html", "findings.json", "findings.sarif", "summary.md", "edges.csv", "overview.svg",
    ] {
      #expect(names.contains(name))
    }
    #expect(names.contains("diagrams/cross-account-escalation_555555555555-_444444444444.svg"))
    // Nine findings; the admin user and the dangling trust have no path to draw.
    #expect(names.filter { $0.hasPrefix("diagrams/") }.count == 7)
    #expect(outcome.exitCode == 0)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmap-report-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    try outcome.write(to: directory.path)
    let written = try Data(
      contentsOf: directory.appendingPathComponent("diagrams")
        .appendingPathComponent(
          "public-trust_arn_aws_iam__666666666666_role_demo-shared-readonly.svg"))
    #expect(String(decoding: written, as: UTF8.self).contains("<svg"))
  }

  @Test("streaming into a directory writes the bytes a run into memory keeps")
  func directoryMatchesMemory() throws {
    let arguments = ["--generated-at", SamplesFixture.generatedAt]
    let memory = try produce(arguments)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmap-stream-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let parsed = try TrustmapCommand.parseAsRoot(
      ["report", SamplesFixture.samples, "--out", directory.path, "--quiet"] + arguments)
    let command = try #require(parsed as? ReportCommand)
    let destination = DirectoryDestination(path: directory.path)
    let exitCode = try ReportRun(command: command, baseDirectory: SamplesFixture.packageRoot)
      .run(into: destination)
    #expect(exitCode == memory.exitCode)
    #expect(destination.fileCount == memory.files.count)
    for file in memory.files {
      let written = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file.name)))
      #expect(written == file.bytes, "\(file.name) differs on disk")
    }
  }

  @Test("deterministic: two runs with the same --generated-at give the same bytes")
  func deterministic() throws {
    let first = try produce(["--generated-at", SamplesFixture.generatedAt])
    let second = try produce(["--generated-at", SamplesFixture.generatedAt])
    #expect(names(first) == names(second))
    for (left, right) in zip(first.files, second.files) {
      #expect(left.bytes == right.bytes, "\(left.name) differs between runs")
    }
  }

  @Test(
    "--fail-on: exit 2 when a finding at or above the level exists (Samples has critical ones)",
    arguments: ["low", "critical"])
  func failOn(_ level: String) throws {
    let outcome = try produce(["--generated-at", SamplesFixture.generatedAt, "--fail-on", level])
    #expect(outcome.exitCode == ReportCommand.findingsExitCode)
  }

  @Test("--min-severity high leaves medium and low findings out of findings.json")
  func minSeverity() throws {
    let outcome = try produce([
      "--generated-at", SamplesFixture.generatedAt, "--min-severity", "high",
    ])
    let json = try #require(outcome.files.first { $0.name == "findings.json" })
    let text = String(decoding: json.bytes, as: UTF8.self)
    #expect(text.contains("cross-account-escalation:555555555555-"))
    #expect(!text.contains("dangling-trust-principal:"))
    #expect(text.contains("\"medium\": 0,"))
  }

  @Test("--generated-at must be ISO 8601")
  func badTime() {
    #expect(throws: (any Error).self) {
      try TrustmapCommand.parseAsRoot(["report", "x", "--out", "o", "--generated-at", "yesterday"])
    }
  }

  @Test("the committed Reports/samples is up to date (run `make report` when this fails)")
  func committedReportIsFresh() throws {
    let outcome = try produce(["--generated-at", SamplesFixture.generatedAt, "--title", Self.title])
    let folder = SamplesFixture.packageRoot + "/Reports/samples/"
    let committed = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".html") || $0.hasSuffix(".json") || $0.hasSuffix(".sarif")
        || $0.hasSuffix(".md") || $0.hasSuffix(".csv") || $0.hasSuffix(".svg")
    }.sorted()
    #expect(committed == names(outcome), "files in Reports/samples differ; run make report")
    for file in outcome.files {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + file.name)))
      #expect(bytes == file.bytes, "Reports/samples/\(file.name) is stale; run make report")
    }
  }

  @Test("summary.md pastes into Jira or Slack: no backslashes; root causes lead the top risks")
  func summaryPastesCleanly() throws {
    let outcome = try produce(["--generated-at", SamplesFixture.generatedAt])
    let summary = try #require(outcome.files.first { $0.name == "summary.md" })
    let text = String(decoding: summary.bytes, as: UTF8.self)
    #expect(!text.contains("\\"))
    #expect(text.contains("### Who can become administrator of the most valuable accounts"))
    let top = try #require(text.range(of: "### Top risks: what to fix first"))
    #expect(text[top.upperBound...].contains("1. **Critical** · IAM user ops-legacy"))
    #expect(text.contains("- Fix 1 statement (#5): 4 of 15 escalation paths disappear."))
  }
}
