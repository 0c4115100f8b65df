import TrustmapAnalysis

extension HTMLReport {
  static func findingsSection(
    _ findings: [ReportFinding], rootCauses: [ReportRootCause], limits: Limits
  ) -> String {
    var out = "<section id=\"findings\">\n<h2>Findings (\(findings.count))</h2>\n"
    guard !findings.isEmpty else { return out + "<p>No findings.</p>\n</section>\n" }
    out += "<p class=\"note\">Every finding with its evidence: each hop with every statement "
    out += "that decides it, why the target is an administrator, and the fix of its root "
    out += "causes. Finding ids are stable across runs.</p>\n"
    out +=
      "<div class=\"tools js-only\"><button type=\"button\" data-expand=\"open\">Expand all</button>"
    out += "<button type=\"button\" data-expand=\"close\">Collapse all</button></div>\n"
    let expanded = findings.prefix(limits.expandedFindings)
    let titles = Dictionary(
      uniqueKeysWithValues: rootCauses.enumerated().map { ($1.id, ($0 + 1, $1.title)) })
    out += expanded.map { findingArticle($0, open: false, titles: titles) }.joined()
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

  static func badge(_ severity: Severity) -> String {
    "<span class=\"badge sev-\(severity.rawValue)\">\(severity.displayName)</span>"
  }

  /// The attributes filters read: a stable element id, `data-severity`, `data-kind` and
  /// `data-accounts` (space-separated ids).
  static func itemAttributes(id: String, severity: Severity, kind: String, accounts: [String])
    -> String
  {
    "id=\"\(id)\" data-severity=\"\(severity.rawValue)\" data-kind=\"\(html(kind))\" "
      + "data-accounts=\"\(html(Array(Set(accounts)).sorted().joined(separator: " ")))\""
  }

  /// One finding, whole: the markup of one item lives here alone.
  static func findingArticle(
    _ finding: ReportFinding, open: Bool, titles: [String: (Int, String)] = [:]
  ) -> String {
    let attributes = itemAttributes(
      id: findingAnchor(finding.id), severity: finding.severity, kind: finding.kind,
      accounts: finding.accounts)
    var out = "<article class=\"finding sev-\(finding.severity.rawValue)\" \(attributes)>\n"
    out +=
      "<details class=\"collapsible\"\(open ? " open" : "")><summary>\(badge(finding.severity)) "
    out += "<span class=\"ftitle\">\(html(finding.title))</span> "
    out += status(finding.status, labels: finding.conditionTexts)
    out +=
      " <span class=\"kind\">\(html(finding.kind))</span><span class=\"fid\">\(html(finding.id))</span>"
    out += "</summary>\n<div class=\"body\">\n<p>\(html(finding.summary))</p>\n"
    if !finding.rationale.isEmpty {
      out += "<p><strong>Why:</strong> \(html(finding.rationale))</p>\n"
    }
    out += fixLinks(finding, titles: titles)
    out += adminBlock(finding.admin)
    out += principalsBlock(
      "Affected principals", finding.principals, count: finding.count)
    if !finding.hops.isEmpty {
      let chained = finding.chained ? " <span class=\"pill warn\">role chaining</span>" : ""
      out += "<div class=\"chain\">\(chain(finding.hops))\(chained)</div>\n"
    }
    if let svg = finding.diagramSVG {
      out += "<figure class=\"diagram\">\(SVGSanitizer.sanitize(svg))</figure>\n"
    }
    if !finding.hops.isEmpty {
      out += "<h4>Every hop, with the statements that decide it</h4>\n" + hopList(finding.hops)
    }
    out += finding.otherPaths.map(otherPath).joined()
    return out + "</div>\n</details>\n</article>\n"
  }

  /// The root causes whose fix removes it, linked (their fix texts are there).
  static func fixLinks(_ finding: ReportFinding, titles: [String: (Int, String)]) -> String {
    guard !finding.rootCauses.isEmpty else { return "" }
    var out = "<div class=\"fix\"><strong>Fix: see root cause"
    out += finding.rootCauses.count > 1 ? "s" : ""
    out += "</strong><ul>"
    for id in finding.rootCauses {
      let (number, title) = titles[id] ?? (0, id)
      out += "<li><a href=\"#\(rootCauseAnchor(id))\">#\(number) \(html(title))</a></li>"
    }
    return out + "</ul></div>\n"
  }

  /// Why the target is an administrator, with the statements.
  static func adminBlock(_ reason: ReportAdminReason?) -> String {
    guard let reason else { return "" }
    var out = "<h4>Why it is an administrator</h4>\n<p>\(html(reason.text))</p>\n"
    if !reason.statements.isEmpty {
      out += "<div class=\"stmts\">"
      out += reason.statements.map {
        statementBlock("Identity statement \($0.shortReference) — \($0.source)", $0, keys: [])
      }.joined()
      out += "</div>\n"
    }
    return out
  }

  /// Every affected principal, by account (the account is the ARN's fifth field).
  static func principalsBlock(_ heading: String, _ arns: [String], count: Int) -> String {
    guard !arns.isEmpty else { return "" }
    var byAccount: [String: [String]] = [:]
    for arn in arns {
      let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
      byAccount[fields.count > 4 ? String(fields[4]) : "", default: []].append(arn)
    }
    var out = "<details class=\"principals\"\(arns.count <= 12 ? " open" : "")><summary><strong>"
    out += "\(html(heading)) (\(count))</strong></summary>\n<ul class=\"principals\">"
    var shown = 0
    for account in byAccount.keys.sorted() {
      let names = (byAccount[account] ?? []).prefix(max(principalLimit - shown, 0))
      guard !names.isEmpty else { break }
      shown += names.count
      out +=
        "<li><span class=\"acct\">\(html(account.isEmpty ? "outside the input" : account))</span>: "
      out += names.map { arn in
        let short =
          arn.hasPrefix("arn:")
          ? arn.split(separator: ":", maxSplits: 5).last.map(String.init) ?? arn : displayID(arn)
        return "<code title=\"\(html(arn))\">\(html(short))</code>"
      }.joined(separator: ", ")
      out += "</li>"
    }
    out += "</ul>"
    if count > shown {
      out += "<p class=\"note\">\(count - shown) more are listed in <code>findings.json</code>.</p>"
    }
    return out + "</details>\n"
  }

  /// Affected principals listed per item before the rest is left to `findings.json`.
  static let principalLimit = 200

  static func otherPath(_ path: ReportPath) -> String {
    let chained = path.chained ? " <span class=\"pill warn\">role chaining</span>" : ""
    var out = "<h4>Also: \(html(path.title)), \(Wording.count(path.hops.count, "hop"))</h4>\n"
    out += "<div class=\"chain\">\(chain(path.hops))\(chained)</div>\n"
    return out + hopList(path.hops)
  }

  static func compactRow(_ finding: ReportFinding) -> String {
    let attributes = itemAttributes(
      id: findingAnchor(finding.id), severity: finding.severity, kind: finding.kind,
      accounts: finding.accounts)
    var out = "<tr \(attributes)><td>\(badge(finding.severity))</td>"
    out += "<td>\(html(finding.title))<div class=\"arn\">\(html(finding.id))</div></td>"
    out +=
      "<td>\(html(finding.kind))</td><td>\(status(finding.status, labels: finding.conditionTexts))</td>"
    out += "<td class=\"num\">\(finding.count)</td><td>\(chain(finding.hops))</td></tr>\n"
    return out
  }
}
