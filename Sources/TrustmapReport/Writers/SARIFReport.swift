import TrustmapAnalysis
import TrustmapModel

/// `findings.sarif`: SARIF 2.1.0 for code-scanning dashboards.
///
/// One rule per finding kind (ids sorted), one result per finding with its level from the
/// severity, the affected principals as logical locations, and the finding id as partial
/// fingerprint so dashboards can track a finding across runs.
public enum SARIFReport: TextReportWriter {
  /// `findings.sarif`.
  public static let fileName = "findings.sarif"
  /// The `$schema` URI written into the log (an identifier; nothing is fetched).
  public static let schemaURI =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

  /// The SARIF text (two-space indent, final newline).
  public static func render(_ document: ReportDocument) -> String {
    let findings = document.findingsBySeverity
    let kinds = Array(Set(findings.map(\.kind))).sorted()
    let driver = object([
      ("name", "trustmap"), ("version", .string(document.metadata.toolVersion)),
      ("rules", .array(kinds.map { rule($0, findings: findings) })),
    ])
    let run = object([
      ("tool", object([("driver", driver)])),
      ("artifacts", .array(document.metadata.inputFiles.map(artifact))),
      (
        "results",
        .array(findings.map { result($0, ruleIndex: kinds.firstIndex(of: $0.kind) ?? 0) })
      ),
      ("properties", object([("generatedAt", .string(document.metadata.generatedAt))])),
    ])
    let log = object([
      ("$schema", .string(schemaURI)), ("version", "2.1.0"), ("runs", .array([run])),
    ])
    return log.prettyText + "\n"
  }

  private static func rule(_ kind: String, findings: [ReportFinding]) -> JSONValue {
    let worst = findings.filter { $0.kind == kind }.map(\.severity).max() ?? .info
    let about = FindingKind(rawValue: kind)?.about
    return object([
      ("id", .string(kind)), ("name", .string(about?.name ?? kind)),
      ("shortDescription", object([("text", .string(about?.short ?? kind))])),
      ("fullDescription", object([("text", .string(about?.full ?? kind))])),
      ("defaultConfiguration", object([("level", .string(worst.sarifLevel))])),
      ("properties", object([("tags", strings(["security", "iam"]))])),
    ])
  }

  private static func result(_ finding: ReportFinding, ruleIndex: Int) -> JSONValue {
    var text = finding.title + ". " + finding.summary
    if !finding.hops.isEmpty {
      text += " Path: " + MarkdownSummary.chain(finding.hops, code: false) + "."
    }
    let locations = finding.principals.map { arn in
      object([
        (
          "logicalLocations",
          .array([object([("fullyQualifiedName", .string(arn)), ("kind", "resource")])])
        )
      ])
    }
    return object([
      ("ruleId", .string(finding.kind)), ("ruleIndex", number(ruleIndex)),
      ("level", .string(finding.severity.sarifLevel)),
      ("message", object([("text", .string(text))])),
      ("locations", .array(locations)),
      ("partialFingerprints", object([("trustmapFindingId/v1", .string(finding.id))])),
      (
        "properties",
        object([
          ("findingId", .string(finding.id)), ("severity", .string(finding.severity.rawValue)),
          ("status", .string(finding.status.rawValue)),
          ("conditions", strings(finding.conditionLabels)),
          ("principalCount", number(finding.count)), ("hops", number(finding.hops.count)),
        ])
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
