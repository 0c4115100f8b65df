/// `report.html`: one self-contained page (all CSS, JS and SVG inline, nothing fetched).
///
/// A Content-Security-Policy `<meta>` forbids every remote load and allows only the one inline
/// script by its hash. Every string from the exports is escaped for its context; renderer SVG
/// goes through `SVGSanitizer`. Without JavaScript everything is readable (`<details>` for
/// collapse); the script only adds search, sort and collapse-all. Large organisations are
/// summarised (see `Limits`) so the file stays small enough to open quickly.
public enum HTMLReport: TextReportWriter {
  /// `report.html`.
  public static let fileName = "report.html"

  /// Caps that keep a report of a large organisation usable.
  public struct Limits: Hashable, Sendable {
    /// Findings shown with every hop and statement (the rest as compact rows).
    public var expandedFindings: Int
    /// Root causes shown open (the rest collapsed).
    public var openRootCauses = 10
    /// Findings listed at all (the rest only in `findings.json`).
    public var listedFindings: Int
    /// Rows of the principals table (the rest in `findings.json`).
    public var principals: Int
    /// Accounts shown in the matrix (the rest aggregated in one row and column).
    public var matrixAccounts: Int
    /// Rows of the accounts table.
    public var accounts: Int
    /// Rows of the external trust inventory (all of them are in `edges.csv`).
    public var externalEntries: Int
    /// Roles listed per external trust entry.
    public var externalRoles: Int

    /// Creates limits.
    public init(
      expandedFindings: Int = 25, listedFindings: Int = 1000, principals: Int = 2000,
      matrixAccounts: Int = 40, accounts: Int = 1000, externalEntries: Int = 500,
      externalRoles: Int = 20
    ) {
      self.expandedFindings = expandedFindings
      self.listedFindings = listedFindings
      self.principals = principals
      self.matrixAccounts = matrixAccounts
      self.accounts = accounts
      self.externalEntries = externalEntries
      self.externalRoles = externalRoles
    }
  }

  /// The Content-Security-Policy of every report.
  public static var contentSecurityPolicy: String {
    let hash = Base64.encode(SHA256.digest(Array(HTMLScript.source.utf8)))
    return
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-\(hash)'; "
      + "base-uri 'none'; form-action 'none'"
  }

  /// The page with default limits.
  public static func render(_ document: ReportDocument) -> String {
    render(document, limits: Limits())
  }

  /// The page with the given limits.
  public static func render(_ document: ReportDocument, limits: Limits) -> String {
    var page = head(document.metadata)
    page += "<body>\n" + banner(document.metadata) + navigation() + "<main>\n"
    page += summarySection(document)
    page += exposureSection(document)
    page += rootCausesSection(document, limits: limits)
    page += matrixSection(document.matrix, limit: limits.matrixAccounts)
    page += findingsSection(
      document.findingsBySeverity, rootCauses: document.rootCauses, limits: limits)
    page += principalsSection(document.principals, limit: limits.principals)
    page += accountsSection(document, limit: limits.accounts)
    page += externalSection(document.externalTrust, limits: limits)
    page += coverageSection(document)
    page += legendSection()
    page += "</main>\n" + footer(document.metadata)
    page += "<script>" + HTMLScript.source + "</script>\n</body>\n</html>\n"
    return page
  }

  private static func head(_ metadata: ReportMetadata) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
    <meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="trustmap \(html(metadata.toolVersion))">
    <title>\(html(pageTitle(metadata)))</title>
    <style>\(HTMLStyle.css)</style>
    </head>

    """
  }

  static func pageTitle(_ metadata: ReportMetadata) -> String {
    let organisation = metadata.organizationName ?? metadata.organizationID
    return organisation.map { "\(metadata.title) — \($0)" } ?? metadata.title
  }

  private static func banner(_ metadata: ReportMetadata) -> String {
    var out = "<header class=\"top\">\n<h1>\(html(pageTitle(metadata)))</h1>\n"
    var facts: [String] = []
    if let id = metadata.organizationID { facts.append("Organization <code>\(html(id))</code>") }
    facts.append("generated \(html(metadata.generatedAt))")
    facts.append("trustmap \(html(metadata.toolVersion))")
    facts.append("\(metadata.inputFiles.count) input files")
    out += "<p class=\"sub\">" + facts.joined(separator: " · ") + "</p>\n"
    out +=
      "<details class=\"collapsible\"><summary>Input files and SHA-256 fingerprints</summary>\n"
    out += "<table><thead><tr><th>File</th><th>Kind</th><th>SHA-256</th></tr></thead><tbody>\n"
    for file in metadata.inputFiles {
      out += "<tr><td><code>\(html(file.path))</code></td><td>\(html(file.kind))</td>"
      out += "<td class=\"mono\">\(html(file.sha256))</td></tr>\n"
    }
    return out + "</tbody></table>\n</details>\n</header>\n"
  }

  private static func navigation() -> String {
    let links = [
      ("summary", "Summary"), ("exposure", "Who can become admin"), ("root-causes", "Root causes"),
      ("matrix", "Reachability"), ("findings", "Findings"),
      ("principals", "Principals"), ("accounts", "Accounts"), ("external", "External trust"),
      ("coverage", "Coverage"), ("legend", "Legend"),
    ]
    let anchors = links.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined(separator: "\n")
    return "<nav class=\"toc\" aria-label=\"Sections\">\n\(anchors)\n</nav>\n"
  }

  private static func footer(_ metadata: ReportMetadata) -> String {
    "<footer>Generated by trustmap \(html(metadata.toolVersion)) at \(html(metadata.generatedAt)). "
      + "This file is self-contained: it loads nothing from the network.</footer>\n"
  }

  /// Escapes untrusted text for HTML text and quoted attributes.
  static func html(_ text: String) -> String { Escape.html(text) }
}
