import TrustmapModel

/// The tree checks of ORG-5 and the dangling-target warning of ORG-6.
enum OrgValidator {
  /// Checks parents and cycles; returns the structure with diagnostics or throws every problem.
  static func validate(_ structure: OrgStructure, file: String, elements: OrgElements)
    throws(ImportFailure) -> OrgDecodeResult
  {
    var errors: [ImportError] = []
    var diagnostics = elements.diagnostics
    let containers = Set(structure.roots.map(\.id) + structure.units.map(\.id))
    if structure.roots.isEmpty {
      errors.append(
        .missingOrgPart(file: file, expected: "a root", command: RawOrgCommand.listRoots.rawValue))
    }
    func check(_ child: String, _ parent: String?) {
      guard let parent, !containers.contains(parent) else { return }
      let node = elements.locations[child]
      errors.append(
        .unknownParent(
          file: node?.file ?? file, path: node?.path.appending("ParentId") ?? .root, child: child,
          parent: parent))
    }
    for unit in structure.units { check(unit.id, unit.parentID) }
    for account in structure.accounts { check(account.id.rawValue, account.parentID) }
    errors += cycles(in: structure, file: file)
    let known = containers.union(structure.accounts.map(\.id.rawValue))
    for policy in structure.policies {
      for target in policy.targets where !known.contains(target) {
        let node = elements.locations[policy.id]
        diagnostics.append(
          Diagnostic(
            .warning, code: "danglingPolicyTarget", file: node?.file ?? file, path: node?.path,
            message: "policy \(policy.id) targets \(target), which is not in the export; "
              + "the target is kept but matches nothing (ORG-6)."))
      }
    }
    guard errors.isEmpty else { throw ImportFailure(errors) }
    return OrgDecodeResult(structure: structure, diagnostics: diagnostics, files: [file])
  }

  /// OUs whose parent chain never reaches a root (ORG-5).
  private static func cycles(in structure: OrgStructure, file: String) -> [ImportError] {
    let parents = Dictionary(
      structure.units.map { ($0.id, $0.parentID) }, uniquingKeysWith: { a, _ in a })
    var reported: Set<Set<String>> = []
    var errors: [ImportError] = []
    for unit in structure.units {
      var chain: [String] = []
      var current: String? = unit.id
      while let id = current, let parent = parents[id] {
        if let start = chain.firstIndex(of: id) {
          let loop = Array(chain[start...])
          if reported.insert(Set(loop)).inserted {
            errors.append(.orgCycle(file: file, units: loop.sorted()))
          }
          break
        }
        chain.append(id)
        current = parent
      }
    }
    return errors
  }
}
