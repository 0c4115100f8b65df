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
///
/// A value type whose payload lives in one shared immutable box, so copies cost one reference
/// count.
public struct CompiledStatement: Hashable, Sendable {
  final class Storage: Sendable {
    let index: Int
    let sid: String?
    let effect: Effect
    let actions: [Glob]
    let notAction: Bool
    let resources: [ResourcePattern]?
    let notResource: Bool
    let principals: [PrincipalRef]?
    let principalIndex: PrincipalIndex?
    let notPrincipal: Bool
    let conditions: [ConditionClause]
    let neverApplies: Bool

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
      principalIndex = principals.map(PrincipalIndex.init)
      self.notPrincipal = notPrincipal
      self.conditions = conditions
      self.neverApplies = neverApplies
    }
  }

  let storage: Storage

  /// Wraps shared storage (the fast path walks storages directly).
  init(storage: Storage) { self.storage = storage }

  /// Position in the normalised `Statement` array.
  public var index: Int { storage.index }
  /// `Sid`, when present.
  public var sid: String? { storage.sid }
  /// `Allow` or `Deny`.
  public var effect: Effect { storage.effect }
  /// Lowercased action globs (MAT-1); invalid patterns removed (they never match).
  var actions: [Glob] { storage.actions }
  /// True for `NotAction` (MAT-3).
  public var notAction: Bool { storage.notAction }
  /// Resource patterns; nil when the statement has no resource element (trust policies).
  var resources: [ResourcePattern]? { storage.resources }
  /// True for `NotResource` (MAT-6).
  public var notResource: Bool { storage.notResource }
  /// The principals, normalised (§2.4); nil when there is no principal element.
  public var principals: [PrincipalRef]? { storage.principals }
  /// True for `NotPrincipal` (GRM-10).
  public var notPrincipal: Bool { storage.notPrincipal }
  /// Condition clauses, ANDed (GRM-11).
  public var conditions: [ConditionClause] { storage.conditions }
  /// GRM-7: an empty container made this statement a no-op.
  public var neverApplies: Bool { storage.neverApplies }

  /// The action patterns as written (lowercased).
  public var actionPatterns: [String] { actions.map(\.text) }

  /// Whether the statement's action element covers `action` (already lowercased).
  @inline(__always)
  func coversAction(_ lowered: String) -> Bool {
    var hit = false
    for glob in storage.actions where glob.matches(lowered) {
      hit = true
      break
    }
    return hit != storage.notAction
  }

  /// True when some statement value depends on who the caller is (variables, principal keys).
  var dependsOnPrincipal: Bool {
    let templated =
      resources?.contains { if case .template = $0 { return true } else { return false } } ?? false
    return templated
      || conditions.contains { clause in
        switch clause.key.kind {
        case .principalArn, .principalTag, .username, .userID, .principalType: return true
        default:
          return clause.values.contains {
            if case .template = $0 { return true } else { return false }
          }
        }
      }
  }

  init(
    index: Int, sid: String?, effect: Effect, actions: [Glob], notAction: Bool,
    resources: [ResourcePattern]?, notResource: Bool, principals: [PrincipalRef]?,
    notPrincipal: Bool, conditions: [ConditionClause], neverApplies: Bool
  ) {
    storage = Storage(
      index: index, sid: sid, effect: effect, actions: actions, notAction: notAction,
      resources: resources, notResource: notResource, principals: principals,
      notPrincipal: notPrincipal, conditions: conditions, neverApplies: neverApplies)
  }

  public static func == (lhs: CompiledStatement, rhs: CompiledStatement) -> Bool {
    if lhs.storage === rhs.storage { return true }
    return lhs.index == rhs.index && lhs.sid == rhs.sid && lhs.effect == rhs.effect
      && lhs.actions == rhs.actions && lhs.notAction == rhs.notAction
      && lhs.resources == rhs.resources && lhs.notResource == rhs.notResource
      && lhs.principals == rhs.principals && lhs.notPrincipal == rhs.notPrincipal
      && lhs.conditions == rhs.conditions && lhs.neverApplies == rhs.neverApplies
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(index)
    hasher.combine(sid)
    hasher.combine(effect)
    hasher.combine(actions)
    hasher.combine(conditions)
  }
}

/// A compiled document: statements that survived validation, plus the findings (GRM-12).
///
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
  /// Positions of the statements whose action element covers `sts:AssumeRole`: the graph asks
  /// that action millions of times, so its statement list is precomputed.
  let assumeRolePositions: [Int]
  /// The `Deny` statements among `assumeRolePositions`: when only denials matter.
  let assumeRoleDenyPositions: [Int]
  /// Positions of the statements covering `sts:TagSession` (asked once per granted edge).
  let tagSessionPositions: [Int]
  /// Every position, for other actions.
  let allPositions: [Int]

  init(statements: [CompiledStatement], findings: [LintFinding], usesVariables: Bool, cacheID: Int)
  {
    self.statements = statements
    assumeRolePositions = statements.indices.filter {
      statements[$0].coversAction(EvalRequest.assumeRole)
    }
    assumeRoleDenyPositions = assumeRolePositions.filter { statements[$0].effect == .deny }
    tagSessionPositions = statements.indices.filter {
      statements[$0].coversAction(EvalRequest.tagSession)
    }
    allPositions = Array(statements.indices)
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

  /// The positions to walk for a request: read in place, without copying the
  /// whole document.
  @inline(__always)
  func positions(assumeRole: Bool, denyOnly: Bool, tagSession: Bool) -> [Int] {
    if assumeRole {
      return denyOnly
        ? storage.document.assumeRoleDenyPositions : storage.document.assumeRolePositions
    }
    return tagSession ? storage.document.tagSessionPositions : storage.document.allPositions
  }
  /// Lint findings placed in this source.
  public var findings: [LintFinding] {
    storage.document.findings.map { $0.located(in: storage.source) }
  }

  public static func == (lhs: CompiledPolicy, rhs: CompiledPolicy) -> Bool {
    lhs.storage === rhs.storage || (lhs.source == rhs.source && lhs.document == rhs.document)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(document.cacheID)
  }
}
