import TrustmapAnalysis

extension HTMLReport {
  static func summarySection(_ document: ReportDocument) -> String {
    var out = "<section id=\"summary\">\n<h2>Executive summary</h2>\n<div class=\"cards\">\n"
    for (severity, count) in document.severityCounts {
      out += "<div class=\"card sev-\(severity.rawValue)\"><div class=\"n\">\(count)</div>"
      out += "<div class=\"l\">\(severity.displayName)</div></div>\n"
    }
    out += "</div>\n"
    out += "<p>\(Wording.count(document.findings.count, "finding")) and "
    out += "\(Wording.count(document.rootCauses.count, "root cause")) (what a fix changes: "
    out += "one statement, or one statement that a template repeats).</p>\n"
    let findingIDs = Set(document.findings.map(\.id))
    let causeIDs = Set(document.rootCauses.map(\.id))
    if !document.topRisks.isEmpty {
      out += "<h3>Top risks</h3>\n<ol class=\"risks\">\n"
      for risk in document.topRisks {
        let text = html(risk.sentence)
        if causeIDs.contains(risk.id) {
          out += "<li><a href=\"#\(rootCauseAnchor(risk.id))\">\(text)</a></li>\n"
        } else if findingIDs.contains(risk.id) {
          out += "<li><a href=\"#\(findingAnchor(risk.id))\">\(text)</a></li>\n"
        } else {
          out += "<li>\(text)</li>\n"
        }
      }
      out += "</ol>\n"
    }
    if !document.metadata.assumptions.isEmpty {
      out += "<h3>Assumptions</h3>\n<ul>\n"
      out += document.metadata.assumptions.map { "<li>\(html($0))</li>\n" }.joined()
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  static func findingAnchor(_ id: String) -> String { "f-" + Escape.anchor(id) }

  static func matrixSection(_ matrix: ReachabilityMatrix, limit: Int) -> String {
    var out = "<section id=\"matrix\">\n<h2>Account reachability</h2>\n"
    guard !matrix.accounts.isEmpty else {
      return out + "<p class=\"note\">No cross-account reach was computed.</p>\n</section>\n"
    }
    let view = MatrixView(matrix, limit: limit)
    out +=
      "<p class=\"note\">Rows: accounts whose principals start a path. Columns: the account reached. "
    out +=
      "Each cell shows the worst reach and how many principal → role pairs stand behind it.</p>\n"
    if view.hiddenCount > 0 {
      out += "<p class=\"note\">Showing the \(view.columns.count - 1) most connected of "
      out += "\(matrix.accounts.count) accounts; the other \(view.hiddenCount) are summed in "
      out += "“Other accounts”. The full edge list is in <code>edges.csv</code>.</p>\n"
    }
    out += matrixLegend()
    out += "<div class=\"matrix-wrap\"><table class=\"matrix\">\n<thead><tr><th>from \\ to</th>"
    out += view.columns.map {
      "<th scope=\"col\" title=\"\(html($0.title))\">\(html($0.label))</th>"
    }.joined()
    out += "</tr></thead>\n<tbody>\n"
    for row in view.columns {
      out += "<tr><th scope=\"row\" title=\"\(html(row.title))\">\(html(row.label))</th>"
      for column in view.columns {
        out += matrixCell(
          view.cell(row.key, column.key), self: row.key == column.key && !row.isOther)
      }
      out += "</tr>\n"
    }
    return out + "</tbody></table></div>\n</section>\n"
  }

  private static func matrixCell(_ cell: (level: ReachLevel, count: Int), self isSelf: Bool)
    -> String
  {
    let classes = "lv-\(cell.level.rawValue)" + (isSelf ? " lv-self" : "")
    guard cell.level != .none else { return "<td class=\"\(classes)\" title=\"none\">·</td>" }
    let letter = matrixLetter(cell.level)
    return
      "<td class=\"\(classes)\" title=\"\(cell.level.displayName): \(cell.count)\">\(letter)\(cell.count)</td>"
  }

  static func matrixLetter(_ level: ReachLevel) -> String {
    switch level {
    case .reachesAdmin: return "A"
    case .reachesRole: return "R"
    case .conditionalOnly: return "C"
    case .none: return "·"
    }
  }

  static func matrixLegend() -> String {
    let entries: [(ReachLevel, String)] = [
      (.reachesAdmin, "reaches an administrator role"), (.reachesRole, "reaches a non-admin role"),
      (.conditionalOnly, "only conditionally (unresolved conditions)"), (.none, "no path"),
    ]
    var out = "<div class=\"legend\">"
    for (level, text) in entries {
      out +=
        "<span><span class=\"sw lv-\(level.rawValue)\">\(matrixLetter(level))</span> \(text)</span>"
    }
    return out + "<span><span class=\"sw lv-none lv-self\">·</span> same account</span></div>\n"
  }
}
