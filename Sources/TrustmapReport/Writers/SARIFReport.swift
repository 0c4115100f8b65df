import TrustmapAnalysis
import TrustmapModel

/// `findings.sarif`: SARIF 2.1.0 for code-scanning dashboards such as GitHub code scanning.
///
/// One result per root cause (what one fix changes), so a templated CI trust behind 265 paths
/// is one alert. Each result points at the statement to change: the export file and, when it
/// could be found, the line and column (`physicalLocation`); further statements of the same
/// template are `relatedLocations`. The finding ids it groups are in its properties; the root
/// cause id is its fingerprint. One rule per finding kind (ids sorted) with the fix as help and
/// `security-severity` for GitHub: GitHub reads that score from the rule, so it is the worst
/// severity of the kind's results in this run; each result's own level and severity are on the
/// result.
public enum SARIFReport: TextReportWriter {
  /// `findings.sarif`.
  public static let fileName = "findings.sarif"
  /// The `$schema` URI written into the log (an identifier; nothing is fetched).
  public static let schemaURI =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  /// Related locations listed per result, at most (templates can repeat a statement in
  /// hundreds of accounts; all are in `findings.json`).
  public static let relatedLimit = 50

  /// The SARIF text (two-space indent, final newline).
  public static func render(_ document: ReportDocument) -> String {
    let causes = document.rootCauses
    let kinds = Array(Set(causes.map(\.kind))).sorted()
    let driver = object([
      ("name", "trustmap"), ("version", .string(document.metadata.toolVersion)),
      ("rules", .array(kinds.map { rule($0, causes: causes) })),
    ])
    let fallback = document.metadata.inputFiles.first?.path ?? "."
    let run = object([
      ("tool", object([("driver", driver)])),
      ("artifacts", .array(document.metadata.inputFiles.map(artifact))),
      (
        "results",
        .array(
          causes.map {
            result($0, ruleIndex: kinds.firstIndex(of: $0.kind) ?? 0, fallback: fallback)
          })
      ),
      ("properties", object([("generatedAt", .string(document.metadata.generatedAt))])),
    ])
    let log = object([
      ("$schema", .string(schemaURI)), ("version", "2.1.0"), ("runs", .array([run])),
    ])
    return log.prettyText + "\n"
  }

  private static func rule(_ kind: String, causes: [ReportRootCause]) -> JSONValue {
    let worst = causes.filter { $0.kind == kind }.map(\.severity).max() ?? .info
    let about = FindingKind(rawValue: kind)?.about
    let help = (about?.full ?? kind) + "\n\nHow to fix: " + (about?.fix ?? "see the result.")
    return object([
      ("id", .string(kind)), ("name", .string(about?.name ?? kind)),
      ("shortDescription", object([("text", .string(about?.short ?? kind))])),
      ("fullDescription", object([("text", .string(about?.full ?? kind))])),
      (
        "help",
        object([
          ("text", .string(help)),
          (
            "markdown",
            .string(help.replacingOccurrences(of: "How to fix:", with: "**How to fix:**"))
          ),
        ])
      ),
      ("defaultConfiguration", object([("level", .string(worst.sarifLevel))])),
      (
        "properties",
        object([
          ("tags", strings(["security", "iam"])), ("precision", "high"),
          ("security-severity", .string(worst.securitySeverity)),
        ])
      ),
    ])
  }

  private static func result(_ cause: ReportRootCause, ruleIndex: Int, fallback: String)
    -> JSONValue
  {
    let primary =
      cause.location.map(physical) ?? physical(ReportLocation(file: fallback, jsonPath: "$"))
    let related = cause.statements.dropFirst().prefix(relatedLimit).enumerated().map {
      index, statement in
      object([
        ("id", number(index + 1)),
        (
          "message",
          object([("text", .string(statement.shortReference + " — " + statement.source))])
        ),
      ])
    }
    var members: [(String, JSONValue)] = [
      ("ruleId", .string(cause.kind)), ("ruleIndex", number(ruleIndex)),
      ("level", .string(cause.severity.sarifLevel)),
      ("message", object([("text", .string(message(cause)))])),
      ("locations", .array([primary])),
    ]
    if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
    members += [
      ("partialFingerprints", object([("trustmapRootCause/v1", .string(cause.id))])),
      ("properties", properties(cause)),
    ]
    return object(members)
  }

  /// Title, why, fix (with the JSON to paste) and the first affected principals.
  private static func message(_ cause: ReportRootCause) -> String {
    var text = cause.title + ". " + cause.rationale + " Fix: " + cause.fix.text
    if let snippet = cause.fix.snippet { text += " " + snippet }
    let names = cause.sources.prefix(10).map(\.name)
    if !names.isEmpty {
      text +=
        " Affected (\(cause.sources.count)): " + names.joined(separator: ", ")
        + (cause.sources.count > 10 ? ", …" : "") + "."
    }
    return text
  }

  /// The result's properties: ids, severity, counts and the specification rules.
  private static func properties(_ cause: ReportRootCause) -> JSONValue {
    object([
      ("rootCauseId", .string(cause.id)), ("findingIds", strings(cause.findings)),
      ("severity", .string(cause.severity.rawValue)),
      ("security-severity", .string(cause.severity.securitySeverity)),
      ("paths", number(cause.paths)), ("allowedPaths", number(cause.allowedPaths)),
      ("removedByFix", cause.removedByFix.map(number) ?? .null),
      ("statements", number(cause.statements.count)),
      ("affectedPrincipals", number(cause.sources.count)), ("rules", strings(cause.rules)),
    ])
  }

  /// A physical location: the file as a URI reference and, when known, the region.
  private static func physical(_ location: ReportLocation) -> JSONValue {
    var artifact: [(String, JSONValue)] = [("uri", .string(uriReference(location.file)))]
    if !location.file.hasPrefix("/") { artifact.append(("uriBaseId", "%SRCROOT%")) }
    var physical: [(String, JSONValue)] = [("artifactLocation", object(artifact))]
    if let line = location.line {
      var region: [(String, JSONValue)] = [("startLine", number(line))]
      if let column = location.column { region.append(("startColumn", number(column))) }
      physical.append(("region", object(region)))
    }
    return object([
      ("physicalLocation", object(physical)),
      (
        "logicalLocations",
        .array([object([("fullyQualifiedName", .string(location.jsonPath)), ("kind", "object")])])
      ),
    ])
  }

  private static func artifact(_ file: InputFile) -> JSONValue {
    object([
      ("location", object([("uri", .string(uriReference(file.path)))])),
      ("hashes", object([("sha-256", .string(file.sha256))])),
      ("description", object([("text", .string(file.kind))])),
    ])
  }

  /// Percent-encodes everything but unreserved characters and `/`, so a path is a URI reference.
  static func uriReference(_ path: String) -> String {
    let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
    let hex = Array("0123456789ABCDEF")
    var out = ""
    for byte in path.utf8 {
      if unreserved.contains(byte) {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0f)])
      }
    }
    return out
  }
}
