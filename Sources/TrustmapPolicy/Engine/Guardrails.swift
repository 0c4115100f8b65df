import TrustmapModel

/// The SCPs or RCPs along an account's `guardrailChain` (ORG-9), compiled.
public struct GuardrailChain: Hashable, Sendable {
  /// One level of the chain: a root, OU or the account, with its directly attached policies.
  public struct Level: Hashable, Sendable {
    /// `r-…`, `ou-…` or the account id.
    public let targetID: String
    /// Policies attached to this target, sorted by policy id.
    public let policies: [CompiledPolicy]
  }

  /// Root first, account last.
  public let levels: [Level]
  /// SCP or RCP.
  public let type: OrgPolicyType
  /// True when some level has a `Deny` covering `sts:AssumeRole`: otherwise a deny-only pass
  /// for that action can be skipped.
  let deniesAssumeRole: Bool
  /// The levels' target ids, root first: one array that every principal's fingerprint shares.
  let targetIDs: [String]
  /// True when some level's policy depends on who the caller is (see `IdentityFingerprint`).
  let dependsOnPrincipal: Bool
  /// True when some statement covering `sts:AssumeRole` depends on who the caller is beyond
  /// its account (`CompiledStatement.dependsOnPrincipal`): otherwise every principal of the
  /// account gets the same terms for one `sts:AssumeRole` request (the only statements such
  /// a request walks).
  let assumeRoleDependsOnPrincipal: Bool

  init(levels: [Level], type: OrgPolicyType) {
    self.levels = levels
    self.type = type
    deniesAssumeRole = levels.contains { level in
      level.policies.contains { !$0.document.assumeRoleDenyPositions.isEmpty }
    }
    targetIDs = levels.map(\.targetID)
    dependsOnPrincipal = levels.contains { $0.policies.contains { $0.document.dependsOnPrincipal } }
    assumeRoleDependsOnPrincipal = levels.contains { level in
      level.policies.contains { policy in
        policy.document.assumeRolePositions.contains { policy.statements[$0].dependsOnPrincipal }
      }
    }
  }
}

/// Whether SCPs (or RCPs) take part in a decision, and if not, why not.
public enum GuardrailStatus: Hashable, Sendable {
  /// Why guardrails do not apply.
  public enum Exemption: String, Hashable, Sendable {
    /// The management account (GRD-3, GRD-8).
    case managementAccount
    /// A service-linked role (GRD-3).
    case serviceLinkedRole
    /// The account is not a member of the organisation (GRD-2).
    case notMember
    /// The policy type is not enabled on the root (ORG-7).
    case typeDisabled
  }

  /// No org export: guardrails are not evaluated (GRD-5).
  case notEvaluated
  /// Evaluated, and do not apply.
  case exempt(Exemption)
  /// They apply.
  case enforced(GuardrailChain)

  /// The chain when enforced.
  public var chain: GuardrailChain? {
    if case .enforced(let chain) = self { return chain }
    return nil
  }
}

/// Whether the decision evaluated guardrails at all (EDG-2 `guardrails`).
public enum GuardrailEvaluation: String, Hashable, Sendable {
  case evaluated
  case notEvaluated
}

/// The SCP layer's terms: `Allow` at every level, any `Deny`, and each level's `Allow` witness.
typealias SCPResult = (ok: Term, deny: Term, witnesses: [StatementRef])

extension StatementEvaluator {
  /// SCP layer: `Deny`s anywhere on the chain; `Allow` needed at every level (GRD-1).
  static func scp(
    _ status: GuardrailStatus, request: EvalRequest, context: RequestContext,
    trace: inout EvalTrace,
    denyOnly: Bool = false
  ) -> SCPResult {
    guard let chain = status.chain else { return (.true, .false, []) }
    if denyOnly && request.isAssumeRole && !chain.deniesAssumeRole {
      // Deny-only passes never count an `Allow`: `ok` is what an all-`F` chain gives.
      return (chain.levels.isEmpty ? .true : .false, .false, [])
    }
    var ok = Term.true
    var deny = Term.false
    var witnesses: [StatementRef] = []
    witnesses.reserveCapacity(chain.levels.count)
    for level in chain.levels {
      var result = LayerResult()
      result.denyOnly = denyOnly
      accumulate(
        level.policies, layer: .scp, request: request, context: context, trace: &trace,
        into: &result)
      if result.deny.truth != .false {
        deny.or(result.deny.truth, atoms: result.deny.atoms, witness: result.deny.witness)
      }
      if let witness = result.allow.witness { witnesses.append(witness) }
      // The level's result is dropped next: its allow term is moved, not copied.
      ok.formAnd(taking: &result.allow)
    }
    return (ok, deny, witnesses)
  }

  /// RCP layer: only `Deny`s count (GRD-6).
  static func rcpDeny(
    _ status: GuardrailStatus, request: EvalRequest, context: RequestContext, trace: inout EvalTrace
  ) -> Term {
    guard let chain = status.chain else { return .false }
    if request.isAssumeRole && !chain.deniesAssumeRole { return .false }
    var result = LayerResult()
    for level in chain.levels {
      accumulate(
        level.policies, layer: .rcp, request: request, context: context, trace: &trace,
        into: &result)
    }
    return result.deny
  }
}
