import TrustmapAnalysis

extension HTMLReport {
  /// `allowed`, `conditional [MFA]` or `public`, as a coloured label.
  static func status(_ status: HopStatus, labels: [String]) -> String {
    var text = status.rawValue
    if status == .public { text = "public: anyone with an AWS account" }
    if !labels.isEmpty { text += " [" + labels.map(html).joined(separator: ", ") + "]" }
    return "<span class=\"status \(status.rawValue)\">\(text)</span>"
  }

  /// A path as names and arrows; conditional arrows name their conditions.
  static func chain(_ hops: [ReportHop]) -> String {
    guard let first = hops.first else { return "" }
    var out = "<code title=\"\(html(first.from.arn))\">\(html(first.from.name))</code>"
    for hop in hops {
      let labels = hop.conditions.map(\.text)
      if hop.status == .public {
        out += "<span class=\"arrow public\">→[public]</span>"
      } else if labels.isEmpty {
        out += "<span class=\"arrow\">→</span>"
      } else {
        out += "<span class=\"arrow cond\">→[if \(labels.map(html).joined(separator: ", "))]</span>"
      }
      out += "<code title=\"\(html(hop.to.arn))\">\(html(hop.to.name))</code>"
    }
    return out
  }

  /// The hops of a path, each with every statement that decides it.
  static func hopList(_ hops: [ReportHop]) -> String {
    guard !hops.isEmpty else { return "" }
    return "<ol class=\"hops\">\n" + hops.map(hopItem).joined() + "</ol>\n"
  }

  static func hopItem(_ hop: ReportHop) -> String {
    var out = "<li><div class=\"hophead\"><code>\(html(hop.from.name))</code> → "
    out += "<code>\(html(hop.to.name))</code> via <code>\(html(hop.action))</code> "
    out += status(hop.status, labels: []) + "</div>\n"
    out += "<div class=\"arn\">\(html(displayID(hop.from.arn))) → \(html(displayID(hop.to.arn)))"
    out += "</div>\n"
    if !hop.conditions.isEmpty {
      out += "<ul class=\"conds\">"
      for condition in hop.conditions {
        out += "<li><strong>\(html(condition.text))</strong>: "
        out +=
          condition.key.isEmpty
          ? "the exports cannot tell whether it holds</li>"
          : "<code>\(html(condition.fullText))</code> is not decided by the exports</li>"
      }
      out += "</ul>\n"
    }
    let keys = hop.conditions.map(\.key).filter { !$0.isEmpty }
    let deciding = hop.grants.filter { $0.layer == "trust" || $0.layer == "identity" }
    let limiting = hop.grants.filter { $0.layer != "trust" && $0.layer != "identity" }
    if !deciding.isEmpty {
      out += "<div class=\"stmts\">" + deciding.map { grantBlock($0, keys: keys) }.joined()
      out += "</div>\n"
    } else {
      out += "<p class=\"note\">No statement of this hop is in the imported documents.</p>\n"
    }
    if !limiting.isEmpty {
      out += "<details class=\"limits\"><summary>Also let through by "
      out += limiting.map { html(layerName($0.layer) + " " + $0.statement.shortReference) }
        .joined(separator: ", ")
      out +=
        "</summary><div class=\"stmts\">" + limiting.map { grantBlock($0, keys: keys) }.joined()
      out += "</div></details>\n"
    }
    return out + "</li>\n"
  }

  /// One statement of a hop, headed by its layer and what it did.
  static func grantBlock(_ grant: ReportGrant, keys: [String]) -> String {
    let effect =
      grant.effect == "conditional" ? "allows it only if its conditions hold" : grant.effect
    // A trust statement belongs to the hop's role: its source would repeat the role's ARN.
    let source = grant.layer == "trust" ? "" : " — " + grant.statement.source
    let heading =
      "\(layerName(grant.layer)) \(grant.statement.shortReference), \(effect) \(grant.action)"
      + source
    return statementBlock(heading, grant.statement, keys: keys)
  }

  /// A statement's JSON under a heading, with the unresolved condition keys highlighted.
  static func statementBlock(_ heading: String, _ ref: StatementRef, keys: [String]) -> String {
    var out = "<div class=\"stmt\"><h5>\(html(heading))</h5>"
    out +=
      "<pre><code>" + StatementFormatter.highlighted(ref.json, keys: keys) + "</code></pre></div>"
    return out
  }

  static func displayID(_ id: String) -> String { PrincipalRef.displayID(id) }

  /// `Trust`, `Identity`, `Permissions boundary`, `SCP`, `RCP`.
  static func layerName(_ layer: String) -> String {
    switch layer {
    case "trust": return "Trust"
    case "identity": return "Identity"
    case "boundary": return "Permissions boundary"
    default: return layer.uppercased()
    }
  }
}
