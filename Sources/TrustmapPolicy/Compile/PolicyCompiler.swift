import TrustmapModel

/// Compiles a policy document (GRM-1..12) into a `CompiledDocument`.
///
/// Malformed statements are reported and dropped one at a time; an invalid `Deny` in an SCP or RCP
/// is kept (GRM-12).
public enum PolicyCompiler {
  /// Compiles `document` as a policy of `kind`; `cacheID` tags the result for fingerprints.
  public static func compile(_ document: PolicyDocument, kind: PolicyKind, cacheID: Int = 0)
    -> CompiledDocument
  {
    var findings: [LintFinding] = []
    guard let object = document.json.objectValue else {
      findings.append(
        .init(
          .error, rule: "GRM-2", code: "documentNotObject",
          message: "the policy document is not a JSON object"))
      return CompiledDocument(
        statements: [], findings: findings, usesVariables: false, cacheID: cacheID)
    }
    let variables = version(object, &findings)
    var statements: [CompiledStatement] = []
    for (index, json) in statementList(object, &findings).enumerated() {
      var compiler = StatementCompiler(index: index, kind: kind, variables: variables)
      if let statement = compiler.compile(json) { statements.append(statement) }
      findings += compiler.findings
    }
    return CompiledDocument(
      statements: statements, findings: findings, usesVariables: variables, cacheID: cacheID)
  }

  /// GRM-1: variables only with `2012-10-17`.
  static func version(_ object: JSONObject, _ findings: inout [LintFinding]) -> Bool {
    switch object["Version"] {
    case .string("2012-10-17"): return true
    case .string("2008-10-17"), nil: return false
    case let other?:
      findings.append(
        .init(
          .error, rule: "GRM-1", code: "invalidVersion",
          message:
            "Version \(JSONValue.describe(other)) is not 2012-10-17 or 2008-10-17; variables are literal"
        ))
      return false
    }
  }

  /// GRM-2: one statement object or an array of them.
  static func statementList(_ object: JSONObject, _ findings: inout [LintFinding]) -> [JSONValue] {
    switch object["Statement"] {
    case nil:
      findings.append(
        .init(
          .error, rule: "GRM-2", code: "missingStatement", message: "the document has no Statement")
      )
      return []
    case .array(let list):
      if list.isEmpty {
        findings.append(
          .init(
            .warning, rule: "GRM-2", code: "emptyStatement",
            message: "Statement is an empty array: the policy grants nothing"))
      }
      return list
    case let single?: return [single]
    }
  }
}

extension JSONValue {
  /// A short rendering of a value for messages.
  static func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): return "\"\(text)\""
    case .number(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    default: return value.typeName
    }
  }

  /// GRM-8: a scalar or array of scalars as strings; nil on wrong types.
  func scalarList() -> [String]? {
    switch self {
    case .string(let text): return [text]
    case .number(let text): return [text]
    case .bool(let flag): return [flag ? "true" : "false"]
    case .array(let items):
      var result: [String] = []
      for item in items {
        if case .array = item { return nil }
        guard let scalar = item.scalarList() else { return nil }
        result += scalar
      }
      return result
    default: return nil
    }
  }

  /// A string or an array of strings; nil on other types.
  func stringList() -> [String]? {
    switch self {
    case .string(let text): return [text]
    case .array(let items):
      var result: [String] = []
      for item in items {
        guard case .string(let text) = item else { return nil }
        result.append(text)
      }
      return result
    default: return nil
    }
  }
}
