import TrustmapAnalysis

extension HTMLReport {
  static func coverageSection(_ document: ReportDocument) -> String {
    let coverage = document.coverage
    var out = "<section id=\"coverage\">\n<h2>Coverage: what this report could not see</h2>\n"
    guard !coverage.isEmpty else {
      return out
        + "<p>Every referenced policy and account was imported and every condition decided.</p>\n</section>\n"
    }
    out += itemList("Policies missing from the export", coverage.missingPolicies)
    if !coverage.unresolvedConditions.isEmpty {
      out += "<h3>Conditions left unresolved</h3>\n<table><thead><tr><th>Condition</th>"
      out += "<th class=\"num\">Edges</th></tr></thead><tbody>\n"
      for entry in coverage.unresolvedConditions {
        out +=
          "<tr><td>\(html(ReportCondition.text(entry.label)))</td><td class=\"num\">\(entry.count)</td></tr>\n"
      }
      out += "</tbody></table>\n"
    }
    if !coverage.unimportedAccounts.isEmpty {
      out += "<h3>Accounts referenced but not imported</h3>\n<p>"
      out +=
        coverage.unimportedAccounts.map { "<code>\(html($0))</code>" }.joined(separator: ", ")
        + "</p>\n"
    }
    out += itemList("Incomplete exports", coverage.incompleteExports)
    if !coverage.lintFindings.isEmpty {
      out +=
        "<h3>Input diagnostics</h3>\n<table><thead><tr><th>Level</th><th>Code</th><th>Message</th>"
      out += "<th>Location</th></tr></thead><tbody>\n"
      for lint in coverage.lintFindings {
        out += "<tr><td>\(html(lint.level))</td><td><code>\(html(lint.code))</code></td>"
        out += "<td>\(html(lint.message))</td><td class=\"arn\">\(html(lint.location))</td></tr>\n"
      }
      out += "</tbody></table>\n"
    }
    return out + "</section>\n"
  }

  private static func itemList(_ title: String, _ items: [CoverageItem]) -> String {
    guard !items.isEmpty else { return "" }
    let rows = items.map { "<li><code>\(html($0.subject))</code> — \(html($0.detail))</li>\n" }
    return "<h3>\(title)</h3>\n<ul>\n" + rows.joined() + "</ul>\n"
  }

  static func legendSection() -> String {
    var out = "<section id=\"legend\">\n<h2>Legend</h2>\n<h3>Severity</h3>\n<div class=\"legend\">"
    for severity in Severity.mostSevereFirst {
      out += "<span class=\"badge sev-\(severity.rawValue)\">\(severity.displayName)</span>"
    }
    out += "</div>\n<h3>Edge and path status</h3>\n<div class=\"legend\">"
    out +=
      "<span><span class=\"status allowed\">allowed</span> every policy decides the hop in favour of the caller</span>"
    out +=
      "<span><span class=\"status conditional\">conditional [MFA]</span> allowed only if the listed conditions hold; "
    out += "the labels name them (MFA, ExternalId, OIDC sub, the policies of an account that was "
    out += "not imported)</span>"
    out += "<span><span class=\"status public\">public</span> open to anyone with an AWS account"
    out += "</span></div>\n"
    out += "<h3>Reachability matrix</h3>\n" + matrixLegend()
    out += "<h3>Path diagrams</h3>\n<p>Boxes are accounts. Users are boxes, roles ellipses, "
    out += "identity providers diamonds, AWS services hexagons, anyone a red octagon; principals "
    out += "outside the imported accounts are dashed and administrators have a double red "
    out += "border. Edges: solid allowed, dashed conditional, blue across accounts, bold into an "
    out += "administrator, red and bold public or unpinned OIDC.</p>\n"
    out += "<h3>Finding kinds</h3>\n<dl>\n"
    for kind in FindingKind.allCases.sorted() {
      out += "<dt><code>\(html(kind.rawValue))</code></dt><dd>\(html(kind.about.full)) "
      out += "<em>Fix:</em> \(html(kind.about.fix))</dd>\n"
    }
    return out + "</dl>\n</section>\n"
  }
}
