/// A reference to one statement of one compiled policy (cheap to copy).
struct StatementRef: Hashable, Sendable {
  let policy: CompiledPolicy
  let position: Int

  var statement: CompiledStatement { policy.statements[position] }

  var location: StatementLocation {
    let storage = policy.statements[position].storage
    return StatementLocation(source: policy.source, index: storage.index, sid: storage.sid)
  }
}

/// A three-valued result with the atoms that made it unknown and the statement that decided it.
///
/// Most terms are `T` or `F` with nothing open: the atoms and open statements live in one
/// shared box that is nil until a `U` adds some, so copying and dropping the many known terms
/// of a decision touches at most two references, most often none.
struct Term {
  var truth: Truth
  /// The first statement that made the term true (for an OR of statements).
  var witness: StatementRef?
  /// Atoms and open statements; nil when both are empty.
  private var open: OpenParts?

  /// `F` with nothing open.
  static var `false`: Term { Term(truth: .false) }
  /// `T` without a witness.
  static var `true`: Term { Term(truth: .true) }

  init(
    truth: Truth, atoms: [UnresolvedCondition] = [], witness: StatementRef? = nil,
    openStatements: [StatementRef] = []
  ) {
    self.truth = truth
    self.witness = witness
    if !atoms.isEmpty || !openStatements.isEmpty {
      open = OpenParts(atoms: atoms, statements: openStatements)
    }
  }

  /// Atoms behind a `U` (empty unless `truth == .unknown`).
  var atoms: [UnresolvedCondition] { open?.atoms ?? [] }
  /// Statements that left the term open.
  var openStatements: [StatementRef] { open?.statements ?? [] }

  /// Disjunction, keeping atoms only while the result is unknown.
  ///
  /// Inlined: most calls are a `T` or `F` term meeting a known one; only a `U` goes out of line.
  @inline(__always)
  mutating func or(
    _ truth: Truth, atoms newAtoms: [UnresolvedCondition], witness ref: StatementRef?
  ) {
    if self.truth == .true { return }
    switch truth {
    case .true:
      self.truth = .true
      witness = ref
      open = nil
    case .unknown: orUnknown(atoms: newAtoms, witness: ref)
    case .false: return
    }
  }

  /// `or` with a `U` term, `self` not `T`.
  private mutating func orUnknown(atoms newAtoms: [UnresolvedCondition], witness ref: StatementRef?)
  {
    self.truth = .unknown
    if newAtoms.isEmpty && ref == nil { return }
    if open == nil {
      open = OpenParts(atoms: [], statements: [])
    } else if !isKnownUniquelyReferenced(&open) {
      open = open.map { OpenParts(atoms: $0.atoms, statements: $0.statements) }
    }
    open?.atoms += newAtoms
    if let ref { open?.statements.append(ref) }
  }

  /// Conjunction with `other` in place (TVL-2).
  ///
  /// Takes `other`'s parts instead of copying them, leaving it some valid term: the SCP chain
  /// ANDs one fresh term per level.
  mutating func formAnd(taking other: inout Term) {
    switch (truth, other.truth) {
    case (.false, _), (.unknown, .true): return
    case (_, .false), (.true, .unknown): swap(&self, &other)
    case (.unknown, .unknown):
      self = Term(
        truth: .unknown, atoms: atoms + other.atoms,
        openStatements: openStatements + other.openStatements)
    case (.true, .true): if witness == nil { swap(&witness, &other.witness) }
    }
  }
}

/// The atoms and open statements of a `U` term, shared between copies until one changes.
private final class OpenParts {
  var atoms: [UnresolvedCondition]
  var statements: [StatementRef]

  init(atoms: [UnresolvedCondition], statements: [StatementRef]) {
    self.atoms = atoms
    self.statements = statements
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
