import TrustmapModel

/// Decoders for the records shared by the combined export (§1.3) and raw CLI outputs (§1.2).
///
/// Collects every error and diagnostic instead of stopping at the first.
struct OrgElements {
  var errors: [ImportError] = []
  var diagnostics: [Diagnostic] = []
  /// Where each root, OU, account and policy id was found, for later error messages.
  var locations: [String: Node] = [:]

  /// Runs `body` on every element of `list`, recording failures.
  mutating func each<T>(_ list: Node?, _ body: (inout OrgElements, Node) throws(ImportError) -> T?)
    -> [T]
  {
    guard let list else { return [] }
    var result: [T] = []
    do {
      for element in try list.elements() {
        do {
          if let value = try body(&self, element) { result.append(value) }
        } catch {
          errors.append(error)
        }
      }
    } catch {
      errors.append(error)
    }
    return result
  }

  /// `Organization` (describe-organization).
  func organization(_ node: Node) throws(ImportError) -> OrgStructure {
    var management: AccountID?
    if node.child("MasterAccountId") != nil { management = try node.accountID("MasterAccountId") }
    return OrgStructure(
      id: try node.string("Id"), arn: try node.optionalString("Arn"),
      featureSet: try node.optionalString("FeatureSet") ?? "ALL", managementAccountID: management,
      roots: [])
  }

  /// `Roots[]`: only SCP/RCP types with `Status: ENABLED` count (ORG-7).
  mutating func root(_ node: Node) throws(ImportError) -> OrgRoot {
    var enabled: Set<OrgPolicyType> = []
    for entry in try node.elements("PolicyTypes") {
      let type = try entry.string("Type")
      if try entry.optionalString("Status") == "ENABLED", let known = OrgPolicyType(rawValue: type)
      {
        enabled.insert(known)
      }
    }
    let id = try node.string("Id")
    locations[id] = node
    return OrgRoot(
      id: id, name: try node.optionalString("Name") ?? "Root", enabledPolicyTypes: enabled)
  }

  /// `OrganizationalUnits[]`; the parent comes from `ParentId` or from the raw file's name.
  mutating func unit(_ node: Node, parent: String?) throws(ImportError) -> OrganizationalUnit {
    let id = try node.string("Id")
    locations[id] = node
    var parentID = parent ?? ""
    if parent == nil { parentID = try node.string("ParentId") }
    return OrganizationalUnit(
      id: id, name: try node.optionalString("Name") ?? id, parentID: parentID)
  }

  /// `Accounts[]`; `State` wins over the older `Status`.
  mutating func account(_ node: Node, parent: String?, parentRequired: Bool) throws(ImportError)
    -> OrgAccount
  {
    let id = try node.accountID("Id")
    locations[id.rawValue] = node
    var parentID = parent
    if parentID == nil {
      parentID = try parentRequired ? node.string("ParentId") : node.optionalString("ParentId")
    }
    _ = try node.optionalTimestamp("JoinedTimestamp")  // ORG-1: string or number
    let state = try node.optionalString("State")
    let status = try node.optionalString("Status")
    return OrgAccount(
      id: id, name: try node.optionalString("Name") ?? id.rawValue,
      email: try node.optionalString("Email"), state: state ?? status,
      joinedMethod: try node.optionalString("JoinedMethod"), parentID: parentID)
  }

  /// A policy, nested (`{PolicySummary, Content, Targets}`) or flat (`{Id, Name, Type, …}`);
  /// nil for types that do not affect authorization (ORG-3).
  mutating func policy(_ node: Node) throws(ImportError) -> OrgPolicy? {
    let summary = node.child("PolicySummary") ?? node
    let id = try summary.string("Id")
    let typeName = try summary.string("Type")
    guard let type = OrgPolicyType(rawValue: typeName) else {
      diagnostics.append(
        Diagnostic(
          .info, code: "ignoredPolicyType", file: node.file, path: node.path,
          message:
            "policy \(id) has type \(typeName), which does not affect authorization; ignored (ORG-3)."
        ))
      return nil
    }
    locations[id] = node
    return OrgPolicy(
      id: id, name: try summary.optionalString("Name") ?? id, type: type,
      awsManaged: try summary.optionalBool("AwsManaged") ?? false,
      document: try PolicyDocumentDecoder.decode(try node.required("Content")),
      targets: try targets(node.child("Targets")))
  }

  /// `Targets[]` (list-targets-for-policy): `TargetId` of each entry.
  func targets(_ list: Node?) throws(ImportError) -> [String] {
    guard let list else { return [] }
    var ids: [String] = []
    for entry in try list.elements() {
      if case .string(let id) = entry.value {
        ids.append(id)
      } else {
        ids.append(try entry.string("TargetId"))
      }
    }
    return ids
  }

  /// `ExternalAccounts[]` of the synthetic corpus shape: `{Id, Name, Note}`.
  func externalAccount(_ node: Node) throws(ImportError) -> ExternalAccount {
    let id = try node.accountID("Id")
    return ExternalAccount(
      id: id, name: try node.optionalString("Name") ?? id.rawValue,
      note: try node.optionalString("Note"))
  }
}
