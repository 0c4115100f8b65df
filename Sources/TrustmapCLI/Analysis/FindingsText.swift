import TrustmapAnalysis
import TrustmapReport

/// The text of `trustmap findings`: root causes with why and how to fix, then each finding
/// with its path and the statements of each hop.
enum FindingsText {
  static func lines(_ grouped: ReportBuilder.Grouped, radius: [BlastRadius]) -> [String] {
    var lines = [
      Wording.count(grouped.rootCauses.count, "root cause") + " ("
        + Wording.count(grouped.findings.count, "finding") + "), most severe first:"
    ]
    for cause in grouped.rootCauses {
      lines.append("")
      lines.append("[\(cause.severity.rawValue)] \(cause.title)")
      lines.append("  id: \(cause.id)")
      lines.append("  why: \(cause.rationale)")
      lines.append("  fix: \(cause.fix.text)")
      if let snippet = cause.fix.snippet { lines.append("       \(snippet)") }
      if let location = cause.location {
        lines.append(
          "  where: \(location.file)" + (location.line.map { ":\($0)" } ?? "") + " "
            + location.jsonPath)
      }
      lines.append("  findings: " + cause.findings.joined(separator: ", "))
    }
    lines += ["", "Findings:"]
    for finding in grouped.findings {
      lines.append("[\(finding.severity.rawValue)] \(finding.kind) \(finding.id)")
      lines.append("  " + finding.title)
      if !finding.rationale.isEmpty { lines.append("  why: " + finding.rationale) }
      if let admin = finding.admin { lines.append("  admin: " + admin.text) }
      if finding.principals.count > 1 {
        lines.append(
          "  affected (\(finding.count)): "
            + finding.principals.prefix(20).map(PrincipalRef.displayID).joined(separator: ", ")
            + (finding.principals.count > 20 ? ", …" : ""))
      }
      lines += finding.hops.flatMap(hopLines)
    }
    lines.append("blast radius (principals that reach each admin role):")
    lines += radius.map { "  \($0.principals) \($0.role)" }
    return lines
  }

  /// One line per hop, then one per statement that decides it.
  static func hopLines(_ hop: ReportHop) -> [String] {
    var status = hop.status.rawValue
    if !hop.conditions.isEmpty {
      status += " if " + hop.conditions.map(\.text).joined(separator: ", ")
    }
    let (from, to) = (PrincipalRef.displayID(hop.from.arn), PrincipalRef.displayID(hop.to.arn))
    return ["  \(from) -> \(to) (\(hop.action), \(status))"]
      + hop.grants.filter { $0.layer == "trust" || $0.layer == "identity" }.map {
        "      \($0.layer): \($0.statement.shortReference) — \($0.statement.source) (\($0.effect))"
      }
  }
}
