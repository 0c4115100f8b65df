import TrustmapModel

/// What a JSON input file is, recognised from its shape (never from its name alone).
enum FileKind: Equatable, Sendable {
  /// `aws iam get-account-authorization-details` output or one page of it.
  case gaad
  /// The combined Organizations export (§1.3).
  case orgExport
  /// One raw `aws organizations …` output (ORG-11).
  case orgRaw(RawOrgCommand)

  /// One sentence listing the accepted shapes, for error messages.
  static let acceptedShapesSentence =
    "Trustmap reads `aws iam get-account-authorization-details` output (keys UserDetailList, "
    + "GroupDetailList, RoleDetailList, Policies), the combined Organizations export (Organization, "
    + "Roots, OrganizationalUnits, Accounts, Policies) and raw `aws organizations` outputs "
    + "(describe-organization, list-roots, list-organizational-units-for-parent, list-accounts, "
    + "list-accounts-for-parent, list-policies, describe-policy, list-targets-for-policy); "
    + "see README \"Exporting the inputs\"."

  private static let gaadKeys: Set<String> = [
    "UserDetailList", "GroupDetailList", "RoleDetailList", "IsTruncated", "Marker",
  ]
  private static let airIAMKeys: Set<String> = [
    "AccountUsers", "AccountRoles", "AccountGroups", "AccountPolicies",
  ]

  /// Recognises the shape of a parsed file, or throws an error that says what it looks like.
  static func classify(_ root: Node) throws(ImportError) -> FileKind {
    guard case .object(let object) = root.value else {
      throw .unknownFileKind(file: root.file, found: describeNonObject(root.value))
    }
    let keys = Set(object.keys)
    if !keys.isDisjoint(with: airIAMKeys) {
      throw .nearMiss(
        file: root.file, tool: "an AirIAM dump (AccountUsers/AccountRoles/…)",
        expected: "the output of aws iam get-account-authorization-details",
        command: "aws iam get-account-authorization-details --output json > account-<id>.json")
    }
    if keys.contains("SchemaVersion") || (keys.contains("Organization") && keys.count > 1) {
      return .orgExport
    }
    if !keys.isDisjoint(with: gaadKeys) { return .gaad }
    if keys.contains("Children") {
      throw .unknownFileKind(file: root.file, found: describeObject(object, file: root.file))
    }
    if keys.contains("Policies") { return policiesKind(root) }
    if let raw = RawOrgCommand.recognise(keys: keys) { return .orgRaw(raw) }
    throw .unknownFileKind(file: root.file, found: describeObject(object, file: root.file))
  }

  /// `{"Policies": […]}` is GAAD when its elements are ManagedPolicyDetail, and the output of
  /// `list-policies` when they are Organizations PolicySummary records.
  private static func policiesKind(_ root: Node) -> FileKind {
    let first = root.child("Policies")?.value.arrayValue?.first
    if let first, first["PolicyVersionList"] != nil || first["PolicyName"] != nil { return .gaad }
    if first == nil, GAADDecoder.accountID(fromFileName: root.file) != nil { return .gaad }
    if let first, first["Type"] == nil, first["Id"] == nil { return .gaad }
    return .orgRaw(.listPolicies)
  }

  private static func describeNonObject(_ value: JSONValue) -> String {
    if let first = value.arrayValue?.first, first["Policy"] != nil, first["Resource"] != nil {
      return "a list of resource-based policies (IAMSpy style); resource policies are not an input"
    }
    return "\(value.typeName) at the top level, expected an object"
  }

  private static func describeObject(_ object: JSONObject, file: String) -> String {
    let keys = Set(object.keys)
    if keys.contains("Statement") {
      return "a bare policy document; policies are read only from inside exports"
    }
    if keys.contains("PolicyVersion") {
      return "an `aws iam get-policy-version` document; pass its folder with --managed-policies"
    }
    if keys.contains("Children"), keys.contains("Id") {
      return "an Organizations tree with nested Children (IAMSpy style); export the combined "
        + "Organizations file or the raw aws organizations outputs instead"
    }
    if keys.contains("Children") {
      return "the output of list-children, which Trustmap does not use; use "
        + "list-organizational-units-for-parent and list-accounts-for-parent"
    }
    let shown = object.keys.sorted().prefix(6).joined(separator: ", ")
    return object.keys.isEmpty ? "an empty object" : "an object with keys \(shown)"
  }
}
