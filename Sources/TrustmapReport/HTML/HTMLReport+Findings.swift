import TrustmapAnalysis

extension HTMLReport {
  static func findingsSection(_ findings: [ReportFinding], limits: Limits) -> String {
    var out = "<section id=\"findings\">\n<h2>Findings (\(findings.count))</h2>\n"
    guard !findings.isEmpty else { return out + "<p>No findings.</p>\n</section>\n" }
    out +=
      "<div class=\"tools js-only\"><button type=\"button\" data-expand=\"open\">Expand all</button>"
    out += "<button type=\"button\" data-expand=\"close\">Collapse all</button></div>\n"
    let expanded = findings.prefix(limits.expandedFindings)
    for (index, finding) in expanded.enumerated() {
      out += findingArticle(finding, open: index < 10)
    }
    let compact = findings.dropFirst(limits.expandedFindings).prefix(limits.listedFindings)
    if !compact.isEmpty {
      out +=
        "<h3>More findings</h3>\n<p class=\"note\">Shown compactly; every hop of every finding is in "
      out += "<code>findings.json</code>.</p>\n"
      out += "<table><thead><tr><th>Severity</th><th>Finding</th><th>Kind</th><th>Status</th>"
      out += "<th class=\"num\">Principals</th><th>Path</th></tr></thead><tbody>\n"
      out += compact.map(compactRow).joined()
      out += "</tbody></table>\n"
    }
    let omitted = findings.count - expanded.count - compact.count
    if omitted > 0 {
      out +=
        "<p class=\"note\">\(omitted) more findings are not listed here; see <code>findings.json</code>.</p>\n"
    }
    return out + "</section>\n"
  }

  private static func badge(_ severity: Severity) -> String {
    "<span class=\"badge sev-\(severity.rawValue)\">\(severity.displayName)</span>"
  }

  private static func status(_ status: HopStatus, labels: [String]) -> String {
    var text = status.rawValue
    if !labels.isEmpty { text += " [" + labels.map(html).joined(separator: ", ") + "]" }
    return "<span class=\"status \(status.rawValue)\">\(text)</span>"
  }

  private static func findingArticle(_ finding: ReportFinding, open: Bool) -> String {
    var out =
      "<article class=\"finding sev-\(finding.severity.rawValue)\" id=\"\(findingAnchor(finding.id))\">\n"
    out +=
      "<details class=\"collapsible\"\(open ? " open" : "")><summary>\(badge(finding.severity)) "
    out += "<span class=\"ftitle\">\(html(finding.title))</span> "
    out += status(finding.status, labels: finding.conditionLabels)
    out +=
      " <span class=\"kind\">\(html(finding.kind))</span><span class=\"fid\">\(html(finding.id))</span>"
    out += "</summary>\n<div class=\"body\">\n<p>\(html(finding.summary))</p>\n"
    out += principalsLine(finding)
    if !finding.hops.isEmpty {
      let chained = finding.chained ? " <span class=\"pill warn\">role chaining</span>" : ""
      out += "<div class=\"chain\">\(chain(finding.hops))\(chained)</div>\n"
    }
    if let svg = finding.diagramSVG {
      out += "<figure class=\"diagram\">\(SVGSanitizer.sanitize(svg))</figure>\n"
    }
    if !finding.hops.isEmpty {
      out += "<h4>Every hop, with the statements that allow it</h4>\n<ol class=\"hops\">\n"
      out += finding.hops.map(hopItem).joined()
      out += "</ol>\n"
    }
    out += finding.otherPaths.map(otherPath).joined()
    return out + "</div>\n</details>\n</article>\n"
  }

  private static func otherPath(_ path: ReportPath) -> String {
    let chained = path.chained ? " <span class=\"pill warn\">role chaining</span>" : ""
    var out = "<h4>Also: \(html(path.title)), \(path.hops.count) hop(s)</h4>\n"
    out += "<div class=\"chain\">\(chain(path.hops))\(chained)</div>\n<ol class=\"hops\">\n"
    return out + path.hops.map(hopItem).joined() + "</ol>\n"
  }

  private static func principalsLine(_ finding: ReportFinding) -> String {
    guard !finding.principals.isEmpty else { return "" }
    let shown = finding.principals.prefix(12).map { "<code>\(html($0))</code>" }.joined(
      separator: ", ")
    let more = finding.count > 12 ? " and \(finding.count - 12) more" : ""
    return "<p><strong>Affected principals (\(finding.count)):</strong> \(shown)\(more)</p>\n"
  }

  static func chain(_ hops: [ReportHop]) -> String {
    guard let first = hops.first else { return "" }
    var out = "<code title=\"\(html(first.from.arn))\">\(html(first.from.name))</code>"
    for hop in hops {
      let labels = hop.conditions.map(\.label)
      if labels.isEmpty {
        out += "<span class=\"arrow\">→</span>"
      } else {
        out += "<span class=\"arrow cond\">→[\(labels.map(html).joined(separator: ", "))]</span>"
      }
      out += "<code title=\"\(html(hop.to.arn))\">\(html(hop.to.name))</code>"
    }
    return out
  }

  private static func hopItem(_ hop: ReportHop) -> String {
    var out = "<li><div class=\"hophead\"><code>\(html(hop.from.name))</code> → "
    out += "<code>\(html(hop.to.name))</code> via <code>\(html(hop.action))</code> "
    out += status(hop.status, labels: []) + "</div>\n"
    out += "<div class=\"arn\">\(html(hop.from.arn)) → \(html(hop.to.arn))</div>\n"
    if !hop.conditions.isEmpty {
      out += "<ul class=\"conds\">"
      for condition in hop.conditions {
        out +=
          "<li><strong>\(html(condition.label))</strong>: <code>\(html(condition.fullText))</code> is unresolved</li>"
      }
      out += "</ul>\n"
    }
    let keys = hop.conditions.map(\.key).filter { !$0.isEmpty }
    let statements = [("Trust", hop.trustStatement), ("Identity", hop.identityStatement)]
      .compactMap { label, ref in ref.map { statementBlock(label, $0, keys: keys) } }
    if !statements.isEmpty { out += "<div class=\"stmts\">" + statements.joined() + "</div>\n" }
    return out + "</li>\n"
  }

  private static func statementBlock(_ label: String, _ ref: StatementRef, keys: [String]) -> String
  {
    var out =
      "<div class=\"stmt\"><h5>\(label) statement \(html(ref.shortReference)) — \(html(ref.source))</h5>"
    out +=
      "<pre><code>" + StatementFormatter.highlighted(ref.json, keys: keys) + "</code></pre></div>"
    return out
  }

  private static func compactRow(_ finding: ReportFinding) -> String {
    var out = "<tr id=\"\(findingAnchor(finding.id))\"><td>\(badge(finding.severity))</td>"
    out += "<td>\(html(finding.title))<div class=\"arn\">\(html(finding.id))</div></td>"
    out +=
      "<td>\(html(finding.kind))</td><td>\(status(finding.status, labels: finding.conditionLabels))</td>"
    out += "<td class=\"num\">\(finding.count)</td><td>\(chain(finding.hops))</td></tr>\n"
    return out
  }
}
