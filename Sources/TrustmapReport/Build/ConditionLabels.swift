import TrustmapPolicy

/// TVL-5 labels of unresolved atoms, remembered per condition key: working a label out parses
/// and lowercases the key, and millions of edges repeat a few dozen keys.
struct ConditionLabels {
  private var byKey: [String: String] = [:]

  /// `atom.label`.
  mutating func label(_ atom: UnresolvedCondition) -> String {
    switch atom.subject {
    case .condition(let key, _, _), .variable(let key):
      if let known = byKey[key] { return known }
      let label = atom.label
      byKey[key] = label
      return label
    case .missingPolicy, .identityNotImported, .incompleteExport:
      return atom.label
    }
  }

  /// `decision.labels`: unique and sorted.
  mutating func labels(_ decision: Decision) -> [String] {
    let atoms = decision.unresolved
    switch atoms.count {
    case 0: return []
    case 1: return [label(atoms[0])]
    default:
      var unique = Set<String>()
      for atom in atoms { unique.insert(label(atom)) }
      return unique.sorted()
    }
  }
}
