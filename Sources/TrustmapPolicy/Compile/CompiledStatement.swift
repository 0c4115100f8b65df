import TrustmapModel

/// `Allow` or `Deny` (GRM-4).
public enum Effect: String, Hashable, Sendable {
  case allow = "Allow"
  case deny = "Deny"
}

/// A resource pattern: `*`, a compiled ARN pattern, a template with variables, or invalid.
enum ResourcePattern: Hashable, Sendable {
  case any
  case arn(ArnPattern)
  case template(Template)
  case invalid
}

/// One statement after compilation: patterns pre-compiled, principals normalised.
public struct CompiledStatement: Hashable, Sendable {
  /// Position in the normalised `Statement` array.
  public let index: Int
  /// `Sid`, when present.
  public let sid: String?
  /// `Allow` or `Deny`.
  public let effect: Effect
  /// Lowercased action globs (MAT-1); invalid patterns removed (they never match).
  let actions: [Glob]
  /// True for `NotAction` (MAT-3).
  public let notAction: Bool
  /// Resource patterns; nil when the statement has no resource element (trust policies).
  let resources: [ResourcePattern]?
  /// True for `NotResource` (MAT-6).
  public let notResource: Bool
  /// The principals, normalised (§2.4); nil when there is no principal element.
  public let principals: [PrincipalRef]?
  /// True for `NotPrincipal` (GRM-10).
  public let notPrincipal: Bool
  /// Condition clauses, ANDed (GRM-11).
  public let conditions: [ConditionClause]
  /// GRM-7: an empty container made this statement a no-op.
  public let neverApplies: Bool

  /// The action patterns as written (lowercased).
  public var actionPatterns: [String] { actions.map(\.text) }

  /// Whether the statement's action element covers `action` (already lowercased).
  @inline(__always)
  func coversAction(_ lowered: String) -> Bool {
    var hit = false
    for glob in actions where glob.matches(lowered) {
      hit = true
      break
    }
    return hit != notAction
  }

  /// True when some statement value depends on who the caller is (variables, principal keys).
  var dependsOnPrincipal: Bool {
    let templated = resources?.contains { if case .template = $0 { return true } else { return false } } ?? false
    return templated || conditions.contains { clause in
      switch clause.key.kind {
      case .principalArn, .principalTag, .username, .userID, .principalType: return true
      default: return clause.values.contains { if case .template = $0 { return true } else { return false } }
      }
    }
  }

  init(
    index: Int, sid: String?, effect: Effect, actions: [Glob], notAction: Bool,
    resources: [ResourcePattern]?, notResource: Bool, principals: [PrincipalRef]?,
    notPrincipal: Bool, conditions: [ConditionClause], neverApplies: Bool
  ) {
    self.index = index
    self.sid = sid
    self.effect = effect
    self.actions = actions
    self.notAction = notAction
    self.resources = resources
    self.notResource = notResource
    self.principals = principals
    self.notPrincipal = notPrincipal
    self.conditions = conditions
    self.neverApplies = neverApplies
  }
}

/// A compiled document: statements that survived validation, plus the findings (GRM-12).
/// Compiled once per distinct (document, kind) and shared by every holder.
public struct CompiledDocument: Hashable, Sendable {
  /// Statements kept, in order; `index` still refers to the original position.
  public let statements: [CompiledStatement]
  /// Lint findings without a policy source; `CompiledPolicy.findings` places them.
  public let findings: [LintFinding]
  /// True when the document uses policy variables (VAR-1 applied).
  public let usesVariables: Bool
  /// True when evaluation depends on who the caller is, beyond its account.
  public let dependsOnPrincipal: Bool
  /// A small id, unique within one `PolicyCache`, used in fingerprints.
  public let cacheID: Int

  init(statements: [CompiledStatement], findings: [LintFinding], usesVariables: Bool, cacheID: Int) {
    self.statements = statements
    self.findings = findings
    self.usesVariables = usesVariables
    dependsOnPrincipal = statements.contains { $0.dependsOnPrincipal }
    self.cacheID = cacheID
  }
}

/// A compiled document together with where it is used: the unit of provenance.
public struct CompiledPolicy: Hashable, Sendable {
  private final class Storage: Sendable {
    let source: PolicySource
    let document: CompiledDocument

    init(source: PolicySource, document: CompiledDocument) {
      self.source = source
      self.document = document
    }
  }

  private let storage: Storage

  /// Pairs a shared compiled document with its source.
  public init(source: PolicySource, document: CompiledDocument) {
    storage = Storage(source: source, document: document)
  }

  /// Where the policy comes from.
  public var source: PolicySource { storage.source }
  /// The compiled document.
  public var document: CompiledDocument { storage.document }
  /// The statements.
  public var statements: [CompiledStatement] { storage.document.statements }
  /// Lint findings placed in this source.
  public var findings: [LintFinding] { storage.document.findings.map { $0.located(in: storage.source) } }

  public static func == (lhs: CompiledPolicy, rhs: CompiledPolicy) -> Bool {
    lhs.storage === rhs.storage || (lhs.source == rhs.source && lhs.document == rhs.document)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(document.cacheID)
  }
}
