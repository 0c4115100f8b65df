import TrustmapAnalysis
import TrustmapModel
import TrustmapPolicy

extension ReportBuilder {
  /// Where each statement is in the input.
  ///
  /// The export file and the JSON path, and the line and column when `readSource` can read the
  /// file again (each file is read once). With
  /// `attachments`, a managed policy's statement is located at its attachment to the holder
  /// instead (what a fix that detaches it changes).
  func locations(
    _ statements: [StatementLocation], _ context: ReportContext,
    attachments: Set<StatementLocation> = []
  ) -> [StatementLocation: ReportLocation] {
    var byFile: [String: [(StatementLocation, [JSONLocator.Step])]] = [:]
    for statement in Set(statements) {
      let found = attachments.contains(statement) ? attachment(statement) : site(statement)
      guard let (file, steps) = found else { continue }
      byFile[file, default: []].append((statement, steps))
    }
    var result: [StatementLocation: ReportLocation] = [:]
    for (file, wanted) in byFile {
      let bytes = readSource?(file)
      for (statement, steps) in wanted {
        var location = ReportLocation(
          file: context.displayPath(file), jsonPath: Self.symbolicPath(steps))
        if let bytes, let found = JSONLocator.locate(steps, in: bytes) {
          location.jsonPath = found.path.description
          location.line = found.line
          location.column = found.column
        }
        result[statement] = location
      }
    }
    return result
  }

  /// The export file that holds `statement`, and the steps to it; nil for SCPs and RCPs and
  /// for documents no account export lists.
  func site(_ statement: StatementLocation) -> (String, [JSONLocator.Step])? {
    let source = statement.source
    guard source.holding != .organization, let holder = source.holder, let arn = ARN(holder),
      let owner = arn.accountID ?? source.account, let account = organization.account(owner),
      let file = account.sourceFiles.first
    else { return nil }
    let tail: [JSONLocator.Step] = [.key("Statement"), .index(statement.index)]
    let list = ["role": "Role", "user": "User", "group": "Group"][arn.resourceType] ?? "Role"
    let entity: [JSONLocator.Step] = [
      .key(list + "DetailList"), .element(key: "Arn", value: holder),
    ]
    switch source.holding {
    case .trust:
      return (file, entity + [.key("AssumeRolePolicyDocument")] + tail)
    case .inline:
      return (
        file,
        entity + [
          .key(list + "PolicyList"), .element(key: "PolicyName", value: source.name),
          .key("PolicyDocument"),
        ] + tail
      )
    case .managed:
      guard let id = source.policyID, let version = source.versionID else { return nil }
      return (
        file,
        [
          .key("Policies"), .element(key: "Arn", value: id), .key("PolicyVersionList"),
          .element(key: "VersionId", value: version), .key("Document"),
        ] + tail
      )
    case .organization:
      return nil
    }
  }

  /// The holder's `AttachedManagedPolicies` entry of a managed policy, or nil.
  func attachment(_ statement: StatementLocation) -> (String, [JSONLocator.Step])? {
    let source = statement.source
    guard source.holding == .managed, let id = source.policyID, let holder = source.holder,
      let arn = ARN(holder), let owner = arn.accountID, let account = organization.account(owner),
      let file = account.sourceFiles.first
    else { return site(statement) }
    let list = ["role": "Role", "user": "User", "group": "Group"][arn.resourceType] ?? "User"
    return (
      file,
      [
        .key(list + "DetailList"), .element(key: "Arn", value: holder),
        .key("AttachedManagedPolicies"), .element(key: "PolicyArn", value: id),
      ]
    )
  }

  /// `$.RoleDetailList[?(@.Arn=='…')].AssumeRolePolicyDocument.Statement[0]` (JSONPath filter
  /// syntax) when the file could not be read to find the positions.
  static func symbolicPath(_ steps: [JSONLocator.Step]) -> String {
    var text = "$"
    for step in steps {
      switch step {
      case .key(let key): text += "." + key
      case .index(let index): text += "[\(index)]"
      case .element(let key, let value): text += "[?(@.\(key)=='\(value)')]"
      }
    }
    return text
  }
}
