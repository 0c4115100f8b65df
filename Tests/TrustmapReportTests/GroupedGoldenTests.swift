import Testing
import TrustmapAnalysis
import TrustmapReport
import TrustmapTestSupport

/// The grouped findings of Samples/ as a reviewer reads them, held in a golden file: root
/// causes with their statements, affected principals, what-if and fix; exposure; choke points.
@Suite("Grouped findings golden")
struct GroupedGoldenTests {
  @Test func samplesRootCauses() throws {
    let loaded = try #require(SamplesFixture.loaded)
    let builder = ReportBuilder(
      analysis: loaded.analysis, organization: loaded.organization, engine: loaded.engine,
      renderer: nil)
    let grouped = builder.grouped(
      ReportContext(title: "t", generatedAt: SamplesFixture.generatedAt, toolVersion: "0.0.0"))
    assertGolden(Self.text(grouped), ext: "txt")
  }

  static func text(_ grouped: ReportBuilder.Grouped) -> String {
    var lines: [String] = []
    for (index, cause) in grouped.rootCauses.enumerated() {
      lines.append("#\(index + 1) [\(cause.severity.rawValue)] \(cause.id)")
      lines.append("  title: \(cause.title)")
      lines.append("  why: \(cause.rationale)")
      lines.append(
        "  paths: \(cause.paths), allowed \(cause.allowedPaths), removed by fix "
          + (cause.removedByFix.map(String.init) ?? "-"))
      lines += cause.statements.map { "  statement: \($0.shortReference) — \($0.source)" }
      lines.append("  sources: " + cause.sources.map(\.name).joined(separator: ", "))
      lines.append("  findings: " + cause.findings.joined(separator: ", "))
      lines.append("  fix: \(cause.fix.text)")
      if let snippet = cause.fix.snippet { lines.append("  snippet: \(snippet)") }
    }
    for entry in grouped.exposure {
      let sources = entry.sources.map {
        "\($0.label) \($0.principals.count) (allowed \($0.allowed), hops \($0.fewestHops))"
      }
      lines.append(
        "exposure \(entry.label) [\(entry.tier)]: "
          + (sources.isEmpty ? "nobody" : sources.joined(separator: "; ")))
    }
    for point in grouped.chokePoints {
      lines.append(
        "choke: \(point.rootCauses.count) root causes, \(point.statements) statements: "
          + "\(point.removed) of \(point.total)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
