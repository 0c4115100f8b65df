import TrustmapAnalysis

extension HTMLReport {
  static func rootCauseAnchor(_ id: String) -> String { "c-" + Escape.anchor(id) }

  /// Who can become administrator of each account of the most valuable tiers: one row per
  /// account, whatever the number of lower-tier accounts behind it.
  static func exposureSection(_ document: ReportDocument) -> String {
    var out = "<section id=\"exposure\">\n<h2>Who can become administrator</h2>\n"
    guard !document.exposure.isEmpty else {
      return out + "<p class=\"note\">No account of the most valuable tiers was imported.</p>\n"
        + "</section>\n"
    }
    out += "<p class=\"note\">For every account of the three most valuable tiers: the principals "
    out += "of lower-tier accounts that can become its administrator, and the root causes of "
    out += "their paths.</p>\n"
    out += "<table class=\"exposure\"><thead><tr><th>Account</th><th>Tier</th>"
    out += "<th class=\"num\">Principals</th><th>From</th><th class=\"num\">Without conditions</th>"
    out += "<th class=\"num\">Fewest hops</th><th>Root causes</th></tr></thead><tbody>\n"
    let number = Dictionary(
      uniqueKeysWithValues: document.rootCauses.enumerated().map { ($1.id, $0 + 1) })
    for entry in document.exposure {
      out += exposureRow(entry, number: number)
    }
    return out + "</tbody></table>\n</section>\n"
  }

  static func exposureRow(_ entry: ReportExposure, number: [String: Int]) -> String {
    let accounts = [entry.account] + entry.sources.map(\.account)
    var out = "<tr data-accounts=\"\(html(accounts.joined(separator: " ")))\">"
    out +=
      "<td><strong>\(html(entry.label))</strong><div class=\"arn\">\(html(entry.account))</div></td>"
    out += "<td>\(html(entry.tier))</td>"
    guard !entry.sources.isEmpty else {
      return out + "<td colspan=\"5\" class=\"ok\">nobody from a lower tier</td></tr>\n"
    }
    out += "<td class=\"num\">\(principalCount(entry.sources.flatMap(\.principals)))</td>"
    let shown = entry.sources.prefix(5).map { "\(html($0.label)) (\($0.principals.count))" }
    let more = entry.sources.count > 5 ? " and \(entry.sources.count - 5) more" : ""
    out += "<td>\(Wording.count(entry.sources.count, "account")): "
    out += shown.joined(separator: ", ") + more + "</td>"
    out += "<td class=\"num\">\(entry.sources.map(\.allowed).reduce(0, +))</td>"
    out += "<td class=\"num\">\(entry.sources.map(\.fewestHops).min() ?? 0)</td>"
    let causes = Set(entry.sources.flatMap(\.rootCauses)).sorted {
      (number[$0] ?? .max, $0) < (number[$1] ?? .max, $1)
    }
    out +=
      "<td>"
      + causes.map { id in
        "<a href=\"#\(rootCauseAnchor(id))\">\(number[id].map { "#\($0)" } ?? html(id))</a>"
      }.joined(separator: ", ") + "</td></tr>\n"
    return out
  }

  /// A count that opens into the principals' names.
  static func principalCount(_ principals: [PrincipalRef]) -> String {
    let names = principals.prefix(principalLimit).map {
      "<code title=\"\(html($0.arn))\">\(html($0.name))</code>"
    }
    let more = principals.count > principalLimit ? " …" : ""
    return "<details class=\"inline\"><summary>\(principals.count)</summary>"
      + names.joined(separator: ", ") + more + "</details>"
  }

  /// The root causes, most severe first, with the choke points above them.
  static func rootCausesSection(_ document: ReportDocument, limits: Limits) -> String {
    let causes = document.rootCauses
    var out = "<section id=\"root-causes\">\n<h2>Root causes (\(causes.count)): what to fix</h2>\n"
    guard !causes.isEmpty else { return out + "<p>No findings.</p>\n</section>\n" }
    out += "<p class=\"note\">Findings grouped by the statement a fix changes. A statement that "
    out += "a template repeats in many accounts is one root cause.</p>\n"
    out += chokePointList(document)
    for (index, cause) in causes.enumerated() {
      out += rootCauseItem(cause, number: index + 1, open: index < limits.openRootCauses)
    }
    return out + "</section>\n"
  }

  static func chokePointList(_ document: ReportDocument) -> String {
    guard let total = document.chokePoints.first?.total, total > 0 else { return "" }
    let number = Dictionary(
      uniqueKeysWithValues: document.rootCauses.enumerated().map { ($1.id, $0 + 1) })
    var out = "<h3>Choke points</h3>\n<ul class=\"choke\">"
    for point in document.chokePoints {
      let links = point.rootCauses.map { id in
        "<a href=\"#\(rootCauseAnchor(id))\">\(number[id].map { "#\($0)" } ?? html(id))</a>"
      }
      out += "<li>Fix \(Wording.count(point.statements, "statement")) ("
      out += links.joined(separator: ", ") + "): <strong>\(point.removed) of \(total)</strong> "
      out += "escalation paths disappear.</li>"
    }
    return out + "</ul>\n"
  }

  /// One root cause, whole: the markup of one item lives here alone.
  static func rootCauseItem(_ cause: ReportRootCause, number: Int, open: Bool) -> String {
    let attributes = itemAttributes(
      id: rootCauseAnchor(cause.id), severity: cause.severity, kind: cause.kind,
      accounts: cause.sourceAccounts + cause.targetAccounts)
    var out = "<article class=\"finding cause sev-\(cause.severity.rawValue)\" \(attributes)>\n"
    out += "<details class=\"collapsible\"\(open ? " open" : "")><summary>\(badge(cause.severity)) "
    out +=
      "<span class=\"num\">#\(number)</span> <span class=\"ftitle\">\(html(cause.title))</span>"
    out += " <span class=\"kind\">\(html(cause.kind))</span>"
    out += "<span class=\"fid\">\(html(cause.id))</span></summary>\n<div class=\"body\">\n"
    out += "<p><strong>Why:</strong> \(html(cause.rationale))</p>\n"
    out += "<div class=\"fix\"><strong>Fix:</strong> \(html(cause.fix.text))"
    if let snippet = cause.fix.snippet { out += "<pre><code>\(html(snippet))</code></pre>" }
    out += "</div>\n" + impactLine(cause)
    out += statementsBlock(cause)
    out += principalsBlock(
      "Affected principals", cause.sources.map(\.arn), count: cause.sources.count)
    out += findingLinks(cause.findings)
    if !cause.example.isEmpty {
      out += "<h4>Example path</h4>\n<div class=\"chain\">\(chain(cause.example))</div>\n"
      out += "<p class=\"note\">Every hop with its statements is under the findings.</p>\n"
    }
    return out + "</div>\n</details>\n</article>\n"
  }

  /// Links to the findings a root cause causes: the first dozen, the rest behind a summary.
  static func findingLinks(_ ids: [String]) -> String {
    let link = { (id: String) in
      "<a href=\"#\(findingAnchor(id))\"><code>\(html(id))</code></a>"
    }
    var out = "<p><strong>Findings (\(ids.count)):</strong> "
    out += ids.prefix(12).map(link).joined(separator: ", ")
    if ids.count > 12 {
      out += " <details class=\"inline\"><summary>and \(ids.count - 12) more</summary>"
      out += ids.dropFirst(12).prefix(principalLimit).map(link).joined(separator: ", ")
      out += "</details>"
    }
    return out + "</p>\n"
  }

  /// The impact line, such as "4 escalation paths go through it; fixing it removes all".
  static func impactLine(_ cause: ReportRootCause) -> String {
    guard cause.kind == FindingKind.crossAccountEscalation.rawValue else { return "" }
    var out = "<p>" + Wording.count(cause.paths, "escalation path") + " (principal → account) "
    out += "go through it, \(cause.allowedPaths) of them without conditions"
    if let removed = cause.removedByFix {
      out +=
        removed == cause.paths
        ? "; fixing it removes all of them."
        : "; fixing it alone removes \(removed): the others have another way, through another "
          + "root cause."
    } else {
      out += "."
    }
    return out + "</p>\n"
  }

  /// The statements to change: the first in full (a template repeats it), the rest by name.
  static func statementsBlock(_ cause: ReportRootCause) -> String {
    guard !cause.statements.isEmpty else { return "" }
    let shown = 1
    var out =
      "<h4>\(cause.statements.count == 1 ? "The statement" : "The statements (\(cause.statements.count))")</h4>\n"
    if let location = cause.location {
      out += "<p class=\"arn\">\(html(location.file))"
      if let line = location.line { out += ", line \(line)" }
      out += " — \(html(location.jsonPath))</p>\n"
    }
    out += "<div class=\"stmts\">"
    out += cause.statements.prefix(shown).map {
      statementBlock("\($0.shortReference) — \($0.source)", $0, keys: [])
    }.joined()
    out += "</div>\n"
    if cause.statements.count > shown {
      out +=
        "<p class=\"note\">The same statement in: "
        + cause.statements.dropFirst(shown).prefix(principalLimit)
        .map { html($0.source) }.joined(separator: "; ") + ".</p>\n"
    }
    return out
  }
}
