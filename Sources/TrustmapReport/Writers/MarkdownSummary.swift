import TrustmapAnalysis

/// `summary.md`: a short Markdown summary for a pull-request comment or a ticket.
///
/// Names from the exports are put in code spans or escaped, so they cannot inject Markdown or
/// HTML.
public enum MarkdownSummary: TextReportWriter {
  /// `summary.md`.
  public static let fileName = "summary.md"
  /// How many findings are listed with their paths.
  public static let topFindingCount = 10

  /// The Markdown text.
  public static func render(_ document: ReportDocument) -> String {
    var lines = header(document)
    lines += ["", "| Severity | Findings |", "| --- | ---: |"]
    lines += document.severityCounts.map { "| \($0.severity.displayName) | \($0.count) |" }
    lines += topFindings(document)
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
        + "**\(document.findings.count) findings**.",
    ]
  }

  private static func topFindings(_ document: ReportDocument) -> [String] {
    let findings = document.findingsBySeverity
    guard !findings.isEmpty else { return ["", "No findings."] }
    var lines = ["", "### Top findings", ""]
    for (index, finding) in findings.prefix(topFindingCount).enumerated() {
      var status = finding.status.rawValue
      if !finding.conditionLabels.isEmpty {
        status += " [" + finding.conditionLabels.map(Escape.markdown).joined(separator: ", ") + "]"
      }
      lines.append(
        "\(index + 1). **\(finding.severity.displayName)** · \(Escape.markdown(finding.title)) "
          + "(\(Escape.markdownCode(finding.kind)), \(status))")
      if !finding.hops.isEmpty { lines.append("   " + chain(finding.hops, code: true)) }
      if finding.count > 1 {
        lines.append("   \(finding.count) principals in all.")
      }
    }
    if findings.count > topFindingCount {
      lines += [
        "", "…and \(findings.count - topFindingCount) more in `report.html` and `findings.json`.",
      ]
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
        "\(Escape.markdownCode($0.label)) × \($0.count)"
      }
      lines.append("- Unresolved conditions: " + labels.joined(separator: ", "))
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

  /// A path as a short chain: `a` → `b` → `c`, conditional hops marked with their labels.
  static func chain(_ hops: [ReportHop], code: Bool) -> String {
    let quote = { (name: String) in code ? Escape.markdownCode(name) : name }
    guard let first = hops.first else { return "" }
    var text = quote(first.from.name)
    for hop in hops {
      let labels = hop.conditions.map { code ? Escape.markdown($0.label) : $0.label }
      let (open, close) = code ? ("\\[", "\\]") : ("[", "]")
      text += labels.isEmpty ? " → " : " →\(open)\(labels.joined(separator: ", "))\(close) "
      text += quote(hop.to.name)
    }
    return text
  }
}
