import TrustmapModel

/// `findings.json`: the machine-readable report (schema: `Schemas/findings.schema.json`).
///
/// Keys come in a fixed order and lists keep the document's order (findings most severe
/// first), so the same document always gives the same bytes.
public enum FindingsJSON: ReportWriter {
  /// `findings.json`.
  public static let fileName = "findings.json"
  /// The `schemaVersion` written into every file; bump on incompatible changes.
  public static let schemaVersion = "1.0"

  /// The JSON text (two-space indent, final newline).
  public static func render(_ document: ReportDocument) -> String {
    value(document).prettyText + "\n"
  }

  /// The report as a JSON value.
  public static func value(_ document: ReportDocument) -> JSONValue {
    let metadata = document.metadata
    return object([
      ("schemaVersion", .string(schemaVersion)),
      ("tool", object([("name", "trustmap"), ("version", .string(metadata.toolVersion))])),
      ("generatedAt", .string(metadata.generatedAt)),
      ("title", .string(metadata.title)),
      ("organization", organization(metadata)),
      ("inputs", .array(metadata.inputFiles.map(input))),
      ("assumptions", strings(metadata.assumptions)),
      ("summary", summary(document)),
      ("findings", .array(document.findingsBySeverity.map(ReportJSON.finding))),
      ("principals", .array(document.principals.map(ReportJSON.principal))),
      ("coverage", ReportJSON.coverage(document.coverage)),
    ])
  }

  private static func organization(_ metadata: ReportMetadata) -> JSONValue {
    guard metadata.organizationID != nil || metadata.organizationName != nil else { return .null }
    return object([
      ("id", optional(metadata.organizationID)), ("name", optional(metadata.organizationName)),
    ])
  }

  private static func input(_ file: InputFile) -> JSONValue {
    object([
      ("path", .string(file.path)), ("sha256", .string(file.sha256)), ("kind", .string(file.kind)),
    ])
  }

  private static func summary(_ document: ReportDocument) -> JSONValue {
    let counts = document.severityCounts.map { ($0.severity.rawValue, number($0.count)) }
    let risks = document.topRisks.map {
      object([("findingId", .string($0.findingID)), ("sentence", .string($0.sentence))])
    }
    return object([
      ("findingCount", number(document.findings.count)), ("bySeverity", object(counts)),
      ("topRisks", .array(risks)),
    ])
  }
}

/// Small builders shared by the JSON and SARIF writers.
func object(_ members: [(String, JSONValue)]) -> JSONValue {
  .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
}

func number(_ value: Int) -> JSONValue { .number(String(value)) }

func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
