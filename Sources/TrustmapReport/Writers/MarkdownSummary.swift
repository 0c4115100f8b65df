import TrustmapAnalysis

/// `summary.md`: a short Markdown summary for a pull-request comment, a Jira ticket or a Slack
/// message: who can become administrator of the valuable accounts, the top root causes with
/// their fixes, the choke points, coverage and assumptions.
///
/// Names from the exports are escaped only where Markdown would read markup (`Escape.markdown`)
/// or put in code spans, so ordinary text pastes without stray backslashes.
public enum MarkdownSummary: TextReportWriter {
  /// `summary.md`.
  public static let fileName = "summary.md"
  /// How many root causes are listed with their fixes.
  public static let topFindingCount = 10

  /// The Markdown text.
  public static func render(_ document: ReportDocument) -> String {
    var lines = header(document)
    lines += ["", "| Severity | Root causes | Findings |", "| --- | ---: | ---: |"]
    for (severity, count) in document.severityCounts {
      let causes = document.rootCauses.filter { $0.severity == severity }.count
      lines.append("| \(severity.displayName) | \(causes) | \(count) |")
    }
    lines += exposure(document)
    lines += topRootCauses(document)
    lines += chokePoints(document)
    lines += coverage(document)
    if !document.metadata.assumptions.isEmpty {
      lines += ["", "### Assumptions", ""]
      lines += document.metadata.assumptions.map { "- " + Escape.markdown($0) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func header(_ document: ReportDocument) -> [String] {
    let metadata = document.metadata
    let organisation = [metadata.organizationName, metadata.organizationID.map { "(\($0))" }]
      .compactMap { $0 }.joined(separator: " ")
    var title = "## " + Escape.markdown(metadata.title)
    if !organisation.isEmpty { title += " — " + Escape.markdown(organisation) }
    return [
      title, "",
      "Generated \(Escape.markdown(metadata.generatedAt)) by trustmap "
        + "\(Escape.markdown(metadata.toolVersion)) from \(metadata.inputFiles.count) input files: "
        + "**\(Wording.count(document.findings.count, "finding"))** and "
        + "**\(Wording.count(document.rootCauses.count, "root cause"))** (what a fix changes).",
    ]
  }

  /// Who can become administrator of each valuable account: one line per exposed account,
  /// one line for the accounts nobody from a lower tier can take over.
  private static func exposure(_ document: ReportDocument) -> [String] {
    guard !document.exposure.isEmpty else { return [] }
    var lines = ["", "### Who can become administrator of the most valuable accounts", ""]
    let number = Dictionary(
      uniqueKeysWithValues: document.rootCauses.enumerated().map { ($1.id, $0 + 1) })
    // Accounts a template exposes alike (same sources, counts and root causes) share a line.
    var groups: [[ReportExposure]] = []
    for entry in document.exposure where !entry.sources.isEmpty {
      if let index = groups.firstIndex(where: {
        $0[0].tier == entry.tier && $0[0].sources == entry.sources
      }) {
        groups[index].append(entry)
      } else {
        groups.append([entry])
      }
    }
    lines += groups.map { exposureLine($0, number: number) }
    let safe = document.exposure.filter(\.sources.isEmpty).map { Escape.markdown($0.label) }
    if !safe.isEmpty {
      lines.append(
        "- Nobody from a lower tier can become administrator of " + safe.joined(separator: ", ")
          + ".")
    }
    return lines
  }

  /// One line for accounts a template exposes alike.
  private static func exposureLine(_ group: [ReportExposure], number: [String: Int]) -> String {
    let entry = group[0]
    let principals = entry.sources.map(\.principals.count).reduce(0, +)
    let allowed = entry.sources.map(\.allowed).reduce(0, +)
    let shown = entry.sources.prefix(3).map {
      Escape.markdown($0.label) + " \($0.principals.count)"
    }
    let more = entry.sources.count > 3 ? " and \(entry.sources.count - 3) more" : ""
    let causes = Set(entry.sources.flatMap(\.rootCauses)).sorted {
      (number[$0] ?? .max, $0) < (number[$1] ?? .max, $1)
    }
    let names =
      group.prefix(5).map { "**" + Escape.markdown($0.label) + "**" }.joined(separator: ", ")
      + (group.count > 5 ? " and \(group.count - 5) more" : "")
    let each = group.count > 1 ? "each: " : ""
    return "- \(names) (\(Escape.markdown(entry.tier))): \(each)"
      + Wording.count(principals, "principal") + " of "
      + Wording.count(entry.sources.count, "lower-tier account") + " ("
      + shown.joined(separator: ", ") + more + "); \(allowed) without conditions; fewest "
      + Wording.count(entry.sources.map(\.fewestHops).min() ?? 0, "hop") + "; root causes "
      + causes.map { id in number[id].map { "#\($0)" } ?? Escape.markdownCode(id) }
      .joined(separator: ", ") + "."
  }

  private static func topRootCauses(_ document: ReportDocument) -> [String] {
    let causes = document.rootCauses
    guard !causes.isEmpty else { return ["", "No findings."] }
    var lines = ["", "### Top risks: what to fix first", ""]
    for (index, cause) in causes.prefix(topFindingCount).enumerated() {
      lines.append(
        "\(index + 1). **\(cause.severity.displayName)** · \(Escape.markdown(cause.title)) "
          + "(\(Escape.markdownCode(cause.kind)))")
      lines.append("   " + Escape.markdown(cause.rationale))
      var fix = "   Fix: " + Escape.markdown(cause.fix.text)
      if let snippet = cause.fix.snippet { fix += " " + Escape.markdownCode(snippet) }
      lines.append(fix)
      if let impact = impact(cause) { lines.append("   " + impact) }
    }
    if causes.count > topFindingCount {
      lines += [
        "",
        "…and \(causes.count - topFindingCount) more root causes in report.html and findings.json.",
      ]
    }
    return lines
  }

  /// "4 paths; fixing it removes 4." for escalations.
  private static func impact(_ cause: ReportRootCause) -> String? {
    guard cause.kind == FindingKind.crossAccountEscalation.rawValue else { return nil }
    var text = Wording.count(cause.paths, "escalation path") + " go through it"
    if let removed = cause.removedByFix {
      text +=
        removed == cause.paths
        ? "; fixing it removes all of them."
        : "; fixing it alone removes \(removed): the others have another way."
    } else {
      text += "."
    }
    return text
  }

  private static func chokePoints(_ document: ReportDocument) -> [String] {
    guard let total = document.chokePoints.first?.total, total > 0 else { return [] }
    var lines = ["", "### Choke points", ""]
    let number = Dictionary(
      uniqueKeysWithValues: document.rootCauses.prefix(topFindingCount).enumerated().map {
        ($1.id, $0 + 1)
      })
    for point in document.chokePoints {
      let which = point.rootCauses.map { id in
        number[id].map { "#\($0)" } ?? Escape.markdownCode(id)
      }
      lines.append(
        "- Fix " + Wording.count(point.statements, "statement") + " ("
          + which.joined(separator: ", ") + "): \(point.removed) of \(total) escalation paths "
          + "disappear.")
    }
    return lines
  }

  private static func coverage(_ document: ReportDocument) -> [String] {
    let coverage = document.coverage
    guard !coverage.isEmpty else { return [] }
    var lines = ["", "### Coverage", ""]
    if !coverage.missingPolicies.isEmpty {
      lines.append(
        "- Policies referenced but missing from the export: \(coverage.missingPolicies.count)")
    }
    if !coverage.unresolvedConditions.isEmpty {
      let labels = coverage.unresolvedConditions.map {
        "\(Escape.markdown(ReportCondition.text($0.label))) × \($0.count)"
      }
      lines.append("- Conditions the exports cannot decide: " + labels.joined(separator: ", "))
    }
    if !coverage.unimportedAccounts.isEmpty {
      lines.append(
        "- Accounts referenced but not imported: "
          + coverage.unimportedAccounts.map(Escape.markdownCode).joined(separator: ", "))
    }
    if !coverage.incompleteExports.isEmpty {
      lines.append("- Incomplete exports: \(coverage.incompleteExports.count)")
    }
    if !coverage.lintFindings.isEmpty {
      lines.append("- Input diagnostics: \(coverage.lintFindings.count)")
    }
    return lines
  }

  /// A path as a short chain: `a` → `b` → `c`, conditional hops marked with their conditions.
  static func chain(_ hops: [ReportHop], code: Bool) -> String {
    let quote = { (name: String) in code ? Escape.markdownCode(name) : name }
    guard let first = hops.first else { return "" }
    var text = quote(first.from.name)
    for hop in hops {
      let labels = hop.conditions.map { code ? Escape.markdown($0.text) : $0.text }
      text += labels.isEmpty ? " → " : " → (if \(labels.joined(separator: ", "))) "
      text += quote(hop.to.name)
    }
    return text
  }
}
