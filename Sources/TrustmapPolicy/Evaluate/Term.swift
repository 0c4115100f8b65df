/// A reference to one statement of one compiled policy (cheap to copy).
struct StatementRef: Hashable, Sendable {
  let policy: CompiledPolicy
  let position: Int

  var statement: CompiledStatement { policy.statements[position] }

  var location: StatementLocation {
    let statement = statement
    return StatementLocation(source: policy.source, index: statement.index, sid: statement.sid)
  }
}

/// A three-valued result with the atoms that made it unknown and the statement that decided it.
struct Term {
  var truth: Truth
  /// Atoms behind a `U` (empty unless `truth == .unknown`).
  var atoms: [UnresolvedCondition] = []
  /// The first statement that made the term true (for an OR of statements).
  var witness: StatementRef?
  /// Statements that left the term open.
  var openStatements: [StatementRef] = []

  static let `false` = Term(truth: .false)
  static let `true` = Term(truth: .true)

  /// Disjunction, keeping atoms only while the result is unknown.
  mutating func or(
    _ truth: Truth, atoms newAtoms: [UnresolvedCondition], witness ref: StatementRef?
  ) {
    switch (self.truth, truth) {
    case (.true, _): return
    case (_, .true):
      self = Term(truth: .true, witness: ref)
    case (_, .unknown):
      self.truth = .unknown
      atoms += newAtoms
      if let ref { openStatements.append(ref) }
    default: break
    }
  }

  /// Conjunction with another term.
  func and(_ other: Term) -> Term {
    switch (truth, other.truth) {
    case (.false, _): return self
    case (_, .false): return other
    case (.unknown, .unknown):
      return Term(
        truth: .unknown, atoms: atoms + other.atoms,
        openStatements: openStatements + other.openStatements)
    case (.unknown, _): return self
    case (_, .unknown): return other
    default: return Term(truth: .true, witness: witness ?? other.witness)
    }
  }

  /// Negation; atoms carry over.
  var negated: Term {
    Term(truth: !truth, atoms: atoms, witness: witness, openStatements: openStatements)
  }
}

extension Term {
  /// Disjunction with another term.
  func or(_ other: Term) -> Term {
    switch (truth, other.truth) {
    case (.true, _): return self
    case (_, .true): return other
    case (.unknown, .unknown):
      return Term(
        truth: .unknown, atoms: atoms + other.atoms,
        openStatements: openStatements + other.openStatements)
    case (.unknown, _): return self
    case (_, .unknown): return other
    default: return .false
    }
  }

  /// A `U` term made of one synthetic atom (TVL-6).
  static func unknown(_ atom: UnresolvedCondition) -> Term {
    Term(truth: .unknown, atoms: [atom])
  }
}
