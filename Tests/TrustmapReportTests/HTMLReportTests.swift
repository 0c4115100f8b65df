import Testing
import TrustmapTestSupport

@testable import TrustmapReport

@Suite("HTML report")
struct HTMLReportTests {
  let page = HTMLReport.render(Northwind.document)

  @Test func matchesGolden() {
    assertGolden(page, named: "northwind", ext: "html")
  }

  @Test func isDeterministic() {
    #expect(HTMLReport.render(Northwind.document) == page)
  }

  @Test func hasContentSecurityPolicyWithTheScriptHash() throws {
    let csp = HTMLReport.contentSecurityPolicy
    #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp)\">"))
    #expect(csp.hasPrefix("default-src 'none';"))
    let hash = Base64.encode(SHA256.digest(Array(HTMLScript.source.utf8)))
    #expect(csp.contains("script-src 'sha256-\(hash)'"))
    // The hashed text must be exactly what sits between the tags.
    #expect(page.contains("<script>" + HTMLScript.source + "</script>"))
  }

  @Test func fetchesNothing() {
    for attribute in [
      "src=", "href=\"http", "href='http", "url(", "@import", "<link", "<iframe", "<img",
    ] {
      #expect(!page.contains(attribute), "page contains \(attribute)")
    }
    // http(s) only in visible text, never in an attribute or CSS.
    #expect(!page.contains("=\"http"))
  }

  @Test func sortsFindingsMostSevereFirst() throws {
    let critical = try #require(page.range(of: "id=\"f-TM-0001\""))
    let oidc = try #require(page.range(of: "id=\"f-TM-0004\""))
    let high = try #require(page.range(of: "id=\"f-TM-0003\""))
    #expect(critical.lowerBound < oidc.lowerBound && oidc.lowerBound < high.lowerBound)
  }

  @Test func highlightsConditionsInStatements() {
    #expect(page.contains("<mark class=\"cond\">    &quot;Bool&quot;: {</mark>"))
    #expect(
      page.contains("<strong>MFA</strong>: <code>Bool aws:MultiFactorAuthPresent = true</code>"))
  }

  @Test func readableWithoutJavaScript() {
    // Search tools are hidden until the script runs; top findings are open by default.
    #expect(page.contains("<div class=\"tools js-only\">"))
    #expect(page.contains("<details class=\"collapsible\" open>"))
  }

  @Test func capsLargeSections() {
    var document = Northwind.document
    document.principals = (0..<30).map {
      ReportPrincipal(
        arn: "arn:aws:iam::111111111111:role/r\($0)", name: "role/r\($0)", account: "111111111111",
        kind: "role")
    }
    let capped = HTMLReport.render(
      document,
      limits: HTMLReport.Limits(
        expandedFindings: 1, listedFindings: 2, principals: 10, matrixAccounts: 3))
    #expect(capped.contains("Showing the first 10 of 30 principals."))
    #expect(!capped.contains("role/r10<"))
    #expect(capped.contains("Other accounts (3)"))
    #expect(capped.contains("2 more findings are not listed here"))
  }
}
