/// The factors of §3.7 for one request.
struct Factors {
  /// Caller and role in the same account.
  var same: Bool
  var trust = LayerResult()
  /// Identity `Allow`; nil when the caller has no identity side (federated, service).
  var identityAllow: Term? = .false
  var identityDeny = Term.false
  var boundaryOK = Term.true
  var boundaryDeny = Term.false
  var scpOK = Term.true
  var scpDeny = Term.false
  var scpWitnesses: [StatementRef] = []
  var rcpDeny = Term.false
}

/// The truth values of the sub-formulas of §3.7 (EVL-7), from the factors' truths alone.
///
/// `Term.and`/`Term.or` follow strong Kleene logic (TVL-2), so these are the truths of the
/// terms `DecisionBuilder` combines; its atoms and statements are gathered afterwards only
/// where the result needs them, without building the intermediate terms.
struct FormulaTruths {
  /// `trustDirect` (same account only).
  let direct: Truth
  /// `trustAny ∧ identityAllow` (`trustAny` alone without an identity side).
  let delegated: Truth
  /// `direct ∨ delegated`.
  let grant: Truth
  /// The OR of every layer's `Deny`.
  let denyAny: Truth
  /// §7.1 exempts this direct trust grant from the boundary: `boundaryOK` is `T` without a
  /// witness.
  let boundaryExempt: Bool
  /// The boundary's `Allow`, or `T` when exempt.
  let boundaryOK: Truth
  /// `grant ∧ ¬denyAny ∧ boundaryOK ∧ scpOK`.
  let result: Truth

  init(_ factors: borrowing Factors, options: EngineOptions) {
    let trustAllow = factors.trust.allow.truth
    direct = factors.same ? factors.trust.direct.truth : .false
    delegated = factors.identityAllow.map { trustAllow && $0.truth } ?? trustAllow
    grant = direct || delegated
    denyAny =
      factors.trust.deny.truth || factors.identityDeny.truth || factors.boundaryDeny.truth
      || factors.scpDeny.truth || factors.rcpDeny.truth
    boundaryExempt = !options.boundaryAppliesToDirectTrust && direct == .true
    boundaryOK = boundaryExempt ? .true : factors.boundaryOK.truth
    result = grant && !denyAny && boundaryOK && factors.scpOK.truth
  }
}

extension Factors {
  /// The witness of the first `T` deny term in the order of `denyAny` (trust, identity,
  /// boundary, SCP, RCP): the one `Term.or` keeps.
  var firstDenyWitness: StatementRef? {
    if trust.deny.truth == .true { return trust.deny.witness }
    if identityDeny.truth == .true { return identityDeny.witness }
    if boundaryDeny.truth == .true { return boundaryDeny.witness }
    if scpDeny.truth == .true { return scpDeny.witness }
    if rcpDeny.truth == .true { return rcpDeny.witness }
    return nil
  }

  /// Appends the atoms and open statements of a `U` result, in the order the conjunctions and
  /// disjunctions of `FormulaTruths` would concatenate them: only `U` sub-terms contribute.
  func appendOpenParts(
    _ truths: FormulaTruths, atoms: inout [UnresolvedCondition], statements: inout [StatementRef]
  ) {
    func add(_ term: borrowing Term) {
      guard term.truth == .unknown else { return }
      atoms += term.atoms
      statements += term.openStatements
    }
    if truths.grant == .unknown {
      if truths.direct == .unknown { add(trust.direct) }
      if truths.delegated == .unknown {
        add(trust.allow)
        if let identityAllow { add(identityAllow) }
      }
    }
    if truths.denyAny == .unknown {
      add(trust.deny)
      add(identityDeny)
      add(boundaryDeny)
      add(scpDeny)
      add(rcpDeny)
    }
    if truths.boundaryOK == .unknown { add(boundaryOK) }
    add(scpOK)
  }
}
