import TrustmapModel

/// What the `sts:AssumeRole` pre-filter (`IdentitySide.mayAllow`) depends on.
///
/// That is the identity `Allow` statements that cover `sts:AssumeRole`, and whether any
/// policy document or group is missing (TVL-6). Equal signatures give equal answers for every role, so the graph asks
/// once per signature instead of once per principal.
public struct AssumeSignature: Hashable, Sendable {
  /// True when a policy document or group is missing (the pre-filter then says "may").
  let incomplete: Bool
  /// (document cache id, statement index) of each covering `Allow`, in policy order.
  let statements: [Int]

  /// True when no statement covers `sts:AssumeRole` and nothing is missing: such a principal
  /// can never be allowed to assume a role in another account (TRU-3).
  public var isEmpty: Bool { !incomplete && statements.isEmpty }
  /// The role accounts the covering statements can name (nil: any account).
  ///
  /// Nil for a wildcard or template in the account field, `NotResource` or missing data;
  /// otherwise the literal account fields of their ARN patterns. A role in another account
  /// is never allowed.
  public let roleAccounts: Set<String>?

  // `roleAccounts` follows from the statements, so they alone decide equality.
  public static func == (lhs: AssumeSignature, rhs: AssumeSignature) -> Bool {
    lhs.incomplete == rhs.incomplete && lhs.statements == rhs.statements
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(incomplete)
    hasher.combine(statements)
  }
}

extension IdentitySide {
  /// The `sts:AssumeRole` pre-filter signature of this principal.
  public var assumeSignature: AssumeSignature {
    var statements: [Int] = []
    var accounts: Set<String>? = isIncomplete ? nil : []
    for (policy, statement) in assumeRoleAllows {
      statements += [policy.document.cacheID, statement.index]
      if let known = accounts { accounts = statement.roleAccounts.map { known.union($0) } }
    }
    return AssumeSignature(
      incomplete: isIncomplete, statements: statements, roleAccounts: accounts)
  }

  /// True when a policy document or group is missing: the pre-filters then say "may" (TVL-6).
  var isIncomplete: Bool { !missingPolicies.isEmpty || !unresolvedGroups.isEmpty }

  /// The identity `Allow` statements that cover `sts:AssumeRole`, with their policies, in
  /// policy order: all that the AssumeRole pre-filter looks at.
  var assumeRoleAllows: [(policy: CompiledPolicy, statement: CompiledStatement)] {
    policies.flatMap { policy in
      policy.statements.lazy.filter { statement in
        statement.effect == .allow && !statement.neverApplies
          && statement.coversAction(EvalRequest.assumeRole)
      }.map { (policy, $0) }
    }
  }
}

/// The `sts:AssumeRole` pre-filter of one signature class, answering `mayAllow` for
/// `sts:AssumeRole` from the covering statements alone (no per-call action matching).
///
/// A covering statement may cover a role when it has no resource element, `NotResource`, a
/// `*` or a template among its resources, or an ARN pattern matching the role
/// (`CompiledStatement.mayCover(resource:)`): the filter keeps whether any of the first kinds
/// occurs, and otherwise only the ARN patterns, so a question walks them in place.
public struct AssumeFilter: Sendable {
  /// True when the filter says "may" for every role (missing data, or a statement that may
  /// cover any resource).
  let coversAny: Bool
  /// The ARN patterns of the covering statements' resources.
  let patterns: [ArnPattern]

  /// The filter of `side` (equal for every principal of its signature class).
  public init(_ side: IdentitySide) {
    var coversAny = side.isIncomplete
    var patterns: [ArnPattern] = []
    for (_, statement) in side.assumeRoleAllows where !coversAny {
      guard let resources = statement.resources, !statement.notResource else {
        coversAny = true
        break
      }
      for pattern in resources {
        switch pattern {
        case .any, .template: coversAny = true
        case .arn(let arn): patterns.append(arn)
        case .invalid: continue
        }
      }
    }
    self.coversAny = coversAny
    self.patterns = coversAny ? [] : patterns
  }

  /// Same answer as `side.mayAllow(action: "sts:AssumeRole", on: role)`.
  public func mayAllow(on role: ARN) -> Bool {
    mayAllow(onText: role.rawValue)
  }

  /// `mayAllow(on:)` for the role's ARN text.
  public func mayAllow(onText role: String) -> Bool {
    if coversAny { return true }
    // Matched in the buffer: copying each pattern out would retain its fields.
    return patterns.withUnsafeBufferPointer { patterns in
      for index in patterns.indices where patterns[index].matches(role) { return true }
      return false
    }
  }
}

extension CompiledStatement {
  /// The literal account fields of the resource patterns, or nil when the statement may cover
  /// a resource in any account (see `mayCover(resource:)`, which this mirrors).
  var roleAccounts: Set<String>? {
    guard let resources, !notResource else { return nil }
    var accounts: Set<String> = []
    for pattern in resources {
      switch pattern {
      case .any, .template: return nil
      case .invalid: continue
      case .arn(let arn):
        guard arn.fields.count == 6, arn.fields[4].tokens.allSatisfy({ $0 < 0x100 }) else {
          return nil
        }
        accounts.insert(String(decoding: arn.fields[4].tokens.map { UInt8($0) }, as: UTF8.self))
      }
    }
    return accounts
  }
}
