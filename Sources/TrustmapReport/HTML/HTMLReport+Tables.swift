extension HTMLReport {
  static func principalsSection(_ principals: [ReportPrincipal], limit: Int) -> String {
    var out = "<section id=\"principals\">\n<h2>Principals (\(principals.count))</h2>\n"
    guard !principals.isEmpty else { return out + "<p>No principals.</p>\n</section>\n" }
    let shown = principals.prefix(limit)
    if shown.count < principals.count {
      out +=
        "<p class=\"note\">Showing the first \(shown.count) of \(principals.count) principals. "
      out += "All of them are in <code>findings.json</code> (<code>principals</code>).</p>\n"
    }
    out += "<div class=\"tools js-only\"><label>Search <input type=\"search\" "
    out += "data-filter=\"principals-table\" data-count=\"principals-count\" "
    out += "placeholder=\"name, ARN, account, kind…\" aria-label=\"Filter principals\"></label>"
    out += "<span id=\"principals-count\" class=\"note\" aria-live=\"polite\"></span></div>\n"
    out += "<table id=\"principals-table\"><thead><tr>"
    let headers: [(String, Bool)] = [
      ("Principal", false), ("Account", false), ("Kind", false), ("Admin", false),
      ("Reachable accounts", true), ("Blast radius", true),
    ]
    for (title, numeric) in headers {
      let attributes = numeric ? " class=\"num\" data-numeric" : ""
      out += "<th data-sortable\(attributes)><button type=\"button\">\(title)</button></th>"
    }
    out += "</tr></thead><tbody>\n"
    for principal in shown {
      out +=
        "<tr><td><code>\(html(principal.name))</code><div class=\"arn\">\(html(principal.arn))</div></td>"
      out += "<td class=\"mono\">\(html(principal.account))</td><td>\(html(principal.kind))</td>"
      out +=
        principal.isAdmin
        ? "<td data-value=\"1\"><span class=\"pill admin\">admin</span></td>"
        : "<td data-value=\"0\">—</td>"
      out +=
        "<td class=\"num\" data-value=\"\(principal.reachableAccounts)\">\(principal.reachableAccounts)</td>"
      out +=
        "<td class=\"num\" data-value=\"\(principal.blastRadius)\">\(principal.blastRadius)</td></tr>\n"
    }
    return out + "</tbody></table>\n</section>\n"
  }

  static func accountsSection(_ document: ReportDocument, limit: Int) -> String {
    var out = "<section id=\"accounts\">\n<h2>Accounts and organisation</h2>\n"
    if let tree = document.organizationTree {
      out +=
        "<h3>Organisational units</h3>\n<ul class=\"tree\">\n" + ouItem(tree, document.accounts)
        + "</ul>\n"
    } else {
      out += "<p class=\"note\">No Organizations export: OU structure and SCPs are not shown.</p>\n"
    }
    let shown = document.accounts.prefix(limit)
    out += "<h3>Accounts (\(document.accounts.count))</h3>\n"
    if shown.count < document.accounts.count {
      out +=
        "<p class=\"note\">Showing \(shown.count) of \(document.accounts.count) accounts.</p>\n"
    }
    out += "<table><thead><tr><th>Account</th><th>Name</th><th>OU path</th><th>Tier</th>"
    out +=
      "<th class=\"num\">Principals</th><th class=\"num\">Admins</th><th class=\"num\">Findings</th></tr></thead><tbody>\n"
    for account in shown {
      let imported = account.imported ? "" : " <span class=\"pill warn\">not imported</span>"
      var path =
        account.ouPath.isEmpty
        ? "Root" : "Root / " + account.ouPath.map(html).joined(separator: " / ")
      if !account.imported { path = "—" }
      out +=
        "<tr><td class=\"mono\">\(html(account.id))</td><td>\(html(account.name))\(imported)</td>"
      out +=
        "<td>\(path)</td><td>\(html(account.tier))</td><td class=\"num\">\(account.principalCount)</td>"
      out +=
        "<td class=\"num\">\(account.adminCount)</td><td class=\"num\">\(account.findingCount)</td></tr>\n"
    }
    return out + "</tbody></table>\n</section>\n"
  }

  private static func ouItem(_ node: OUNode, _ accounts: [ReportAccount]) -> String {
    var out =
      "<li><span class=\"ou\">\(html(node.name))</span> <span class=\"arn\">\(html(node.id))</span>"
    let names = Dictionary(
      accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    if !node.accounts.isEmpty || !node.children.isEmpty {
      out += "\n<ul>\n"
      for id in node.accounts {
        let name = names[id].map { " " + html($0) } ?? ""
        out += "<li class=\"acct\"><code>\(html(id))</code>\(name)</li>\n"
      }
      out += node.children.map { ouItem($0, accounts) }.joined()
      out += "</ul>\n"
    }
    return out + "</li>\n"
  }

  static func externalSection(_ entries: [ExternalTrust], limits: Limits) -> String {
    var out = "<section id=\"external\">\n<h2>External trust inventory (\(entries.count))</h2>\n"
    guard !entries.isEmpty else {
      return out + "<p>No role trusts a principal outside the imported accounts.</p>\n</section>\n"
    }
    let shown = entries.prefix(limits.externalEntries)
    if shown.count < entries.count
      || entries.contains(where: { $0.roles.count > limits.externalRoles })
    {
      out += "<p class=\"note\">Showing \(shown.count) of \(entries.count) entries and at most "
      out += "\(limits.externalRoles) roles each; every edge is in <code>edges.csv</code>.</p>\n"
    }
    out +=
      "<table><thead><tr><th>Trusted</th><th>Kind</th><th>Roles</th><th>Conditions</th><th>Note</th>"
    out += "</tr></thead><tbody>\n"
    for entry in shown {
      var roles = entry.roles.prefix(limits.externalRoles).map { "<code>\(html($0))</code>" }
        .joined(separator: "<br>")
      if entry.roles.count > limits.externalRoles {
        roles += "<br>… and \(entry.roles.count - limits.externalRoles) more"
      }
      let conditions =
        entry.conditions.isEmpty
        ? "<span class=\"pill admin\">none</span>"
        : entry.conditions.map { html(ReportCondition.text($0)) }.joined(separator: ", ")
      out +=
        "<tr><td><code>\(html(entry.principal))</code></td><td>\(html(entry.kind.rawValue))</td>"
      out += "<td>\(roles)</td><td>\(conditions)</td><td>\(html(entry.note))</td></tr>\n"
    }
    return out + "</tbody></table>\n</section>\n"
  }
}
