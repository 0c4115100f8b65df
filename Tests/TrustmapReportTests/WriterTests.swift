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
        "summary", "findings", "principals", "coverage",
      ])
    let findings = try #require(json["findings"]?.arrayValue)
    #expect(
      findings.map { $0["id"]?.stringValue } == [
        "TM-0001", "TM-0004", "TM-0003", "TM-0006", "TM-0009",
      ])
    #expect(findings[0]["hops"]?.arrayValue?.count == 3)
    #expect(findings[2]["status"] == "conditional")
    #expect(json["summary"]?["bySeverity"]?["critical"] == .number("2"))
  }

  @Test func sarifHasRulesResultsAndFingerprints() throws {
    let sarif = try JSONParser.parse(SARIFReport.render(document))
    #expect(sarif["version"] == "2.1.0")
    let run = try #require(sarif["runs"]?.arrayValue?.first)
    let rules = try #require(run["tool"]?["driver"]?["rules"]?.arrayValue)
    #expect(
      rules.map { $0["id"]?.stringValue } == [
        "admin-user", "cross-account-escalation", "missing-external-id", "unguarded-oidc-trust",
      ])
    #expect(rules[1]["defaultConfiguration"]?["level"] == "error")
    let results = try #require(run["results"]?.arrayValue)
    #expect(results.count == 5)
    let first = results[0]
    #expect(first["ruleId"] == "cross-account-escalation")
    #expect(first["ruleIndex"] == .number("1"))
    #expect(first["level"] == "error")
    #expect(first["partialFingerprints"]?["trustmapFindingId/v1"] == "TM-0001")
    #expect(
      first["locations"]?.arrayValue?.first?["logicalLocations"]?.arrayValue?.first?[
        "fullyQualifiedName"]
        == "arn:aws:iam::555555555555:user/dan.dev")
    #expect(
      results.map { $0["level"]?.stringValue } == ["error", "error", "error", "warning", "note"])
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

  @Test func markdownEscapesPunctuation() {
    #expect(Escape.markdown("a_b*[c](d)") == "a\\_b\\*\\[c\\]\\(d\\)")
    #expect(Escape.markdownCode("x`y|z") == "`x'y\\|z`")
  }
}
