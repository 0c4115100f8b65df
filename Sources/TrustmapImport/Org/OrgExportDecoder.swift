import TrustmapModel

/// Decodes the combined Organizations export (§1.3), in either policy shape (nested
/// `PolicySummary` or flat), plus the optional `ExternalAccounts` list.
enum OrgExportDecoder {
  /// Decodes and validates one combined file; throws every problem found in it.
  static func decode(_ root: Node) throws(ImportFailure) -> OrgDecodeResult {
    var elements = OrgElements()
    var structure: OrgStructure?
    do throws(ImportError) {
      structure = try elements.organization(try root.required("Organization"))
      if root.child("Roots") == nil {
        throw .missingKey(file: root.file, path: root.path, key: "Roots")
      }
    } catch {
      elements.errors.append(error)
    }
    let roots = elements.each(root.child("Roots")) { (elements, node) throws(ImportError) in
      try elements.root(node)
    }
    let units = elements.each(root.child("OrganizationalUnits")) {
      (elements, node) throws(ImportError) in
      try elements.unit(node, parent: nil)
    }
    let accounts = elements.each(root.child("Accounts")) { (elements, node) throws(ImportError) in
      try elements.account(node, parent: nil, parentRequired: true)
    }
    let policies = elements.each(root.child("Policies")) { (elements, node) throws(ImportError) in
      try elements.policy(node)
    }
    let external = elements.each(root.child("ExternalAccounts")) {
      (elements, node) throws(ImportError) in
      try elements.externalAccount(node)
    }
    guard var structure, elements.errors.isEmpty else { throw ImportFailure(elements.errors) }
    structure = OrgStructure(
      id: structure.id, arn: structure.arn, featureSet: structure.featureSet,
      managementAccountID: structure.managementAccountID, roots: roots, units: units,
      accounts: accounts, policies: policies, externalAccounts: external)
    return try OrgValidator.validate(structure, file: root.file, elements: elements)
  }
}

/// An organisation decoded from one or more files, with the notes made along the way.
struct OrgDecodeResult: Sendable {
  var structure: OrgStructure
  var diagnostics: [Diagnostic]
  var files: [String]
}
