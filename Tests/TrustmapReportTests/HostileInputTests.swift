import Foundation
import Testing
import TrustmapModel

@testable import TrustmapReport

/// Names, tags and policy text from exports are untrusted: nothing may execute or break out.
@Suite("Hostile input")
struct HostileInputTests {
  static let evil =
    #"x</script><script>alert(1)</script>"'&<img src=x onerror=alert(2)>javascript:alert(3)"#
  static let evilSVG =
    #"<svg onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><text x="1" onclick="alert(4)">t</text></a><foreignObject><img src=x onerror=alert(5)></foreignObject><rect style="background:url(http://evil)" width="2"/></svg>"#

  static var document: ReportDocument {
    var document = Northwind.document
    document.metadata.title = evil
    document.metadata.organizationName = evil
    document.metadata.inputFiles.append(InputFile(path: evil, sha256: evil, kind: evil))
    document.metadata.assumptions.append(evil)
    document.topRisks.append(TopRisk(id: evil, sentence: evil))
    let hop = ReportHop(
      from: PrincipalRef(name: evil, arn: evil), to: PrincipalRef(name: evil, arn: evil),
      action: evil,
      status: .conditional,
      conditions: [
        ReportCondition(label: evil, key: evil, conditionOperator: evil, values: [evil])
      ],
      trustStatement: StatementRef(
        policyName: evil, source: evil, index: 0, sid: evil, json: "{\"Sid\": \(quoted(evil))}"),
      identityStatement: StatementRef(policyName: evil, source: evil, index: 1, json: evil))
    document.findings.append(
      ReportFinding(
        id: evil, kind: evil, severity: .critical, title: evil, summary: evil, principals: [evil],
        hops: [hop], diagramSVG: evilSVG))
    document.principals.append(ReportPrincipal(arn: evil, name: evil, account: evil, kind: evil))
    document.accounts.append(ReportAccount(id: evil, name: evil, ouPath: [evil], tier: evil))
    document.matrix.accounts.append(MatrixAccount(id: evil, name: evil))
    document.matrix.cells.append(
      MatrixCell(source: evil, target: evil, level: .reachesAdmin, count: 1))
    document.organizationTree?.children.append(OUNode(id: evil, name: evil, accounts: [evil]))
    document.externalTrust.append(
      ExternalTrust(
        kind: .publicTrust, principal: evil, roles: [evil], conditions: [evil], note: evil))
    document.coverage.lintFindings.append(
      LintFinding(level: evil, code: evil, message: evil, location: evil))
    document.coverage.unimportedAccounts.append(evil)
    document.edges = ReportEdges(
      Array(document.edges) + [
        ReportEdge(
          from: "=cmd|' /C calc'!A0", to: evil, action: "+1", status: .allowed,
          conditions: ["-2", "@x"], basis: evil, crossAccount: true)
      ])
    return document
  }

  static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }

  @Test func htmlHasOnlyItsOwnScript() {
    let page = HTMLReport.render(Self.document)
    #expect(page.lowercased().components(separatedBy: "<script").count == 2, "exactly one <script")
    #expect(
      page.lowercased().components(separatedBy: "</script").count == 2, "exactly one </script")
    var scanner = SVGScanner(page)
    var scripts = 0
    while let token = scanner.next() {
      guard case .start(let name, let attributes, _) = token else { continue }
      #expect(!["img", "iframe", "foreignObject", "object", "embed", "link"].contains(name))
      if name == "script" { scripts += 1 }
      for (key, value) in attributes {
        #expect(!key.lowercased().hasPrefix("on"), "event handler \(key) on <\(name)>")
        #expect(key != "src" && key != "style", "\(key) on <\(name)>")
        if ["href", "xlink:href", "action", "formaction", "data"].contains(key) {
          #expect(value.hasPrefix("#"), "\(key)=\(value) on <\(name)>")
        }
      }
    }
    #expect(scripts == 1)
    #expect(!page.contains("url(http"))
  }

  @Test func htmlAttributesStayQuoted() {
    let page = HTMLReport.render(Self.document)
    // Every `title="…"` value is free of raw quotes and angle brackets.
    var rest = page[...]
    while let range = rest.range(of: "title=\"") {
      let value = rest[range.upperBound...].prefix { $0 != "\"" }
      #expect(!value.contains("<") && !value.contains(">") && !value.contains("'"))
      rest = rest[range.upperBound...]
    }
    #expect(page.contains("x&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
  }

  @Test func markdownEscapesNamesAndHTML() {
    // Outside code spans (where CommonMark shows `<` literally) no raw tag may appear.
    let markdown = MarkdownSummary.render(Self.document)
      .split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 0 }.map(\.element).joined()
    // Every `<` is backslash-escaped, so no tag can form (CommonMark shows it literally).
    let characters = Array(markdown)
    let bare = characters.indices.filter {
      characters[$0] == "<" && ($0 == 0 || characters[$0 - 1] != "\\")
    }
    #expect(bare.isEmpty)
    #expect(markdown.contains("\\</script\\>"))
    #expect(!markdown.contains("&lt;"))
  }

  @Test func csvNeutralisesFormulas() {
    let csv = EdgesCSV.render(Self.document)
    #expect(csv.contains("\r\n'=cmd|' /C calc'!A0,"))
    #expect(csv.contains(",'+1,"))
    #expect(csv.contains(",'-2; @x,"))
    #expect(
      csv.contains(
        "\"x</script><script>alert(1)</script>\"\"'&<img src=x onerror=alert(2)>javascript:alert(3)\""
      ))
  }

  @Test func jsonAndSARIFStayValidJSON() throws {
    for text in [FindingsJSON.render(Self.document), SARIFReport.render(Self.document)] {
      #expect(!text.contains("<"))
      _ = try JSONParser.parse(text)
    }
  }
}
