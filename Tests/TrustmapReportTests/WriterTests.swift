import Foundation
import Testing
import TrustmapModel
import TrustmapTestSupport

@testable import TrustmapReport

@Suite("Text writers")
struct WriterTests {
  let document = Northwind.document

  @Test func markdownMatchesGolden() {
    assertGolden(MarkdownSummary.render(document), named: "northwind", ext: "md")
  }

  @Test func csvMatchesGolden() {
    assertGolden(EdgesCSV.render(document), named: "northwind", ext: "csv")
  }

  @Test func jsonMatchesGolden() {
    assertGolden(FindingsJSON.render(document), named: "northwind", ext: "json")
  }

  @Test func sarifMatchesGolden() {
    assertGolden(SARIFReport.render(document), named: "northwind", ext: "sarif")
  }

  @Test func everyWriterIsDeterministic() {
    for writer in reportWriters {
      #expect(writer.bytes(document) == writer.bytes(document), "\(writer.fileName)")
    }
  }

  @Test func findingsJSONHasStableShape() throws {
    let json = try JSONParser.parse(FindingsJSON.render(document))
    #expect(
      json.objectValue?.keys == [
        "schemaVersion", "tool", "generatedAt", "title", "organization", "inputs", "assumptions",
        "summary", "exposure", "chokePoints", "rootCauses", "findings", "principals", "coverage",
      ])
    let causes = try #require(json["rootCauses"]?.arrayValue)
    #expect(causes.first?["fix"]?["snippet"]?.stringValue?.contains("github-actions-build") == true)
    #expect(causes.first?["location"]?["line"] == .number("412"))
    #expect(json["exposure"]?.arrayValue?.first?["sources"]?.arrayValue?.count == 1)
    let findings = try #require(json["findings"]?.arrayValue)
    #expect(
      findings.map { $0["id"]?.stringValue } == [
        "TM-0001", "TM-0004", "TM-0003", "TM-0006", "TM-0009",
      ])
    #expect(findings[0]["hops"]?.arrayValue?.count == 3)
    #expect(findings[2]["status"] == "conditional")
    #expect(json["summary"]?["bySeverity"]?["critical"] == .number("2"))
  }

  @Test func sarifHasOneResultPerRootCauseWithLocationSeverityAndHelp() throws {
    let sarif = try JSONParser.parse(SARIFReport.render(document))
    #expect(sarif["version"] == "2.1.0")
    let run = try #require(sarif["runs"]?.arrayValue?.first)
    let rules = try #require(run["tool"]?["driver"]?["rules"]?.arrayValue)
    #expect(
      rules.map { $0["id"]?.stringValue } == ["cross-account-escalation", "unguarded-oidc-trust"])
    #expect(rules[0]["properties"]?["security-severity"] == "9.5")
    #expect(rules[0]["help"]?["text"]?.stringValue?.contains("How to fix:") == true)
    let results = try #require(run["results"]?.arrayValue)
    #expect(results.count == 2)
    let first = results[0]
    #expect(first["ruleId"] == "cross-account-escalation")
    #expect(first["level"] == "error")
    #expect(
      first["partialFingerprints"]?["trustmapRootCause/v1"]
        == "rc:cross-account-escalation:role/ci/deploy-runner#0~3e441a07")
    #expect(first["properties"]?["findingIds"] == .array(["TM-0001"]))
    let physical = try #require(first["locations"]?.arrayValue?.first?["physicalLocation"])
    #expect(
      physical["artifactLocation"]?["uri"] == "Samples/accounts/shared-tooling-333333333333.json")
    #expect(physical["region"]?["startLine"] == .number("412"))
    #expect(first["message"]?["text"]?.stringValue?.contains("Fix: Statement 0") == true)
    // Without a known statement location, a result still points at an input file.
    let second = try #require(
      results[1]["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"])
    #expect(second == "Samples/org/organization.json")
    #expect(
      run["artifacts"]?.arrayValue?.first?["hashes"]?["sha-256"]
        == .string(SHA256.hex(Array("{}".utf8))))
  }

  @Test func sarifPathsAreURIReferences() {
    #expect(SARIFReport.uriReference("Samples/a b/ü.json") == "Samples/a%20b/%C3%BC.json")
  }

  @Test func csvQuotesPerRFC4180() {
    #expect(Escape.csvField("plain") == "plain")
    #expect(Escape.csvField("a,b") == "\"a,b\"")
    #expect(Escape.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Escape.csvField("line\nbreak") == "\"line\nbreak\"")
    #expect(Escape.csvField("=SUM(A1)") == "'=SUM(A1)")
    #expect(Escape.csvField("@x,y") == "\"'@x,y\"")
    #expect(
      EdgesCSV.render(document).hasPrefix("from,to,action,status,conditions,basis,cross_account,"))
  }

  @Test func markdownEscapesOnlyMarkup() {
    // Ordinary names paste without backslashes; markup characters are escaped.
    #expect(Escape.markdown("northwind-dev (555555555555)") == "northwind-dev (555555555555)")
    #expect(Escape.markdown("AWSReservedSSO_Dev_6694") == "AWSReservedSSO_Dev_6694")
    #expect(Escape.markdown("_x_ *y* [c](d) <b>") == "\\_x\\_ \\*y\\* \\[c\\](d) \\<b\\>")
    #expect(Escape.markdownCode("x`y|z") == "`x'y\\|z`")
  }
}
