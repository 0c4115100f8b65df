import TrustmapModel

/// `findings.json`: the machine-readable report (schema: `Schemas/findings.schema.json`).
///
/// Keys come in a fixed order and lists keep the document's order (findings most severe
/// first), so the same document always gives the same bytes.
public enum FindingsJSON: ReportWriter {
  /// `findings.json`.
  public static let fileName = "findings.json"
  /// The `schemaVersion` written into every file; bump on incompatible changes.
  public static let schemaVersion = "2.0"

  /// The JSON text (two-space indent, final newline), in memory.
  public static func render(_ document: ReportDocument) -> String { text(document) }

  /// The JSON bytes: `value(document).prettyText` and a newline, with the principals (one per
  /// user and role: hundreds of thousands) formatted in parallel chunks and streamed.
  public static func write(_ document: ReportDocument, to sink: ByteSink) {
    let members = self.members(document, principals: .array([]))
    var bytes = Array("{\n".utf8)
    for (index, member) in members.enumerated() {
      PrettyJSON.appendKey(member.0, level: 1, to: &bytes)
      if member.0 == "principals" && !document.principals.isEmpty {
        bytes.append(contentsOf: "[\n".utf8)
        sink.write(bytes)
        bytes.removeAll()
        writePrincipals(document.principals, to: sink)
        PrettyJSON.pad(1, &bytes)
        bytes.append(UInt8(ascii: "]"))
      } else {
        PrettyJSON.append(member.1, level: 1, to: &bytes)
      }
      PrettyJSON.endItem(isLast: index == members.count - 1, &bytes)
    }
    bytes.append(contentsOf: "}\n".utf8)
    sink.write(bytes)
  }

  /// The elements of the `principals` array, nested two deep.
  private static func writePrincipals(_ principals: [ReportPrincipal], to sink: ByteSink) {
    ChunkedWriter.write(count: principals.count, to: sink) { range, bytes in
      for position in range {
        PrettyJSON.pad(2, &bytes)
        append(principals[position], to: &bytes)
        PrettyJSON.endItem(isLast: position == principals.count - 1, &bytes)
      }
    }
  }

  /// `ReportJSON.principal(principal)` nested two deep, written without building the value.
  static func append(_ principal: ReportPrincipal, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: "{\n".utf8)
    for (key, text) in [
      ("arn", principal.arn), ("name", principal.name), ("account", principal.account),
      ("kind", principal.kind),
    ] {
      PrettyJSON.appendKey(key, level: 3, to: &bytes)
      PrettyJSON.appendQuoted(text, to: &bytes)
      bytes.append(contentsOf: ",\n".utf8)
    }
    PrettyJSON.appendKey("admin", level: 3, to: &bytes)
    bytes.append(contentsOf: (principal.isAdmin ? "true,\n" : "false,\n").utf8)
    PrettyJSON.appendKey("reachableAccounts", level: 3, to: &bytes)
    bytes.append(contentsOf: (String(principal.reachableAccounts) + ",\n").utf8)
    PrettyJSON.appendKey("blastRadius", level: 3, to: &bytes)
    bytes.append(contentsOf: (String(principal.blastRadius) + "\n").utf8)
    PrettyJSON.pad(2, &bytes)
    bytes.append(UInt8(ascii: "}"))
  }

  /// The report as a JSON value.
  public static func value(_ document: ReportDocument) -> JSONValue {
    object(
      members(document, principals: .array(document.principals.map(ReportJSON.principal))))
  }

  private static func members(_ document: ReportDocument, principals: JSONValue)
    -> [(String, JSONValue)]
  {
    let metadata = document.metadata
    return [
      ("schemaVersion", .string(schemaVersion)),
      ("tool", object([("name", "trustmap"), ("version", .string(metadata.toolVersion))])),
      ("generatedAt", .string(metadata.generatedAt)),
      ("title", .string(metadata.title)),
      ("organization", organization(metadata)),
      ("inputs", .array(metadata.inputFiles.map(input))),
      ("assumptions", strings(metadata.assumptions)),
      ("summary", summary(document)),
      ("exposure", .array(document.exposure.map(ReportJSON.exposure))),
      ("chokePoints", .array(document.chokePoints.map(ReportJSON.chokePoint))),
      ("rootCauses", .array(document.rootCauses.map(ReportJSON.rootCause))),
      ("findings", .array(document.findingsBySeverity.map(ReportJSON.finding))),
      ("principals", principals),
      ("coverage", ReportJSON.coverage(document.coverage)),
    ]
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
      object([("id", .string($0.id)), ("sentence", .string($0.sentence))])
    }
    return object([
      ("findingCount", number(document.findings.count)),
      ("rootCauseCount", number(document.rootCauses.count)), ("bySeverity", object(counts)),
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
