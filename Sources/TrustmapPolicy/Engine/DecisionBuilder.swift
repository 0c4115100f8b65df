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

/// Combines factors into a `Decision` (EVL-7): Kleene logic, denial reason order, provenance.
struct DecisionBuilder {
  let factors: Factors
  let options: EngineOptions
  let guardrails: Bool
  var fixedBasis: EdgeBasis?
  var basisForSameAccount = false

  init(factors: consuming Factors, options: EngineOptions, guardrails: Bool) {
    self.factors = factors
    self.options = options
    self.guardrails = guardrails
  }

  static func denied(_ reason: DenialReason, guardrails: Bool) -> Decision {
    var attributes = EdgeAttributes()
    attributes.guardrails = guardrails ? .evaluated : .notEvaluated
    return Decision(verdict: .denied(reason), provenance: [], attributes: attributes)
  }

  func build(trace: EvalTrace, publicPositions: Set<Int>) -> Decision {
    let trust = factors.trust
    let direct = factors.same ? trust.direct : Term.false
    let delegated = factors.identityAllow.map { trust.allow.and($0) } ?? trust.allow
    let grant = direct.or(delegated)
    let denyAny = trust.deny.or(factors.identityDeny).or(factors.boundaryDeny).or(factors.scpDeny)
      .or(factors.rcpDeny)
    var boundaryOK = factors.boundaryOK
    if !options.boundaryAppliesToDirectTrust && direct.truth == .true { boundaryOK = .true }
    let result = grant.and(denyAny.negated).and(boundaryOK).and(factors.scpOK)
    var attributes = EdgeAttributes()
    attributes.guardrails = guardrails ? .evaluated : .notEvaluated
    attributes.timeDependent = trace.timeDependent
    attributes.callerControlled = trace.callerControlled.sorted()
    attributes.crossAccount = !factors.same
    var evidence: [Evidence] = []
    let verdict: Verdict
    switch result.truth {
    case .false:
      let reason = denialReason(denyAny, grant, boundaryOK)
      verdict = .denied(reason)
      if case .explicitDeny = reason, let witness = denyAny.witness {
        evidence.append(Evidence(role: .denied, location: witness.location))
      }
      attributes.callerControlled = []
    case .unknown, .true:
      verdict = result.truth == .true ? .allowed : .conditional(sortedUnique(result.atoms))
      evidence = grantEvidence(
        direct: direct, boundaryOK: boundaryOK, extra: result.openStatements.count)
      for ref in result.openStatements {
        evidence.append(Evidence(role: .leftOpen, location: ref.location))
      }
      attributes.basis = basis(direct)
      let used =
        [trust.allow.witness, trust.direct.witness].compactMap { $0 } + trust.allow.openStatements
      attributes.isPublic = used.contains { publicPositions.contains($0.position) }
    }
    return Decision(
      verdict: verdict, provenance: Self.sortedUnique(evidence: consume evidence), attributes: attributes)
  }

  /// Sorted and de-duplicated evidence.
  ///
  /// Evidence is gathered nearly in order (a handful of entries per edge), so an insertion sort
  /// does about one comparison per entry.
  static func sortedUnique(evidence: consuming [Evidence]) -> [Evidence] {
    guard evidence.count > 1 else { return evidence }
    var sorted = consume evidence
    for next in 1..<sorted.count {
      var position = next
      while position > 0, sorted[position] < sorted[position - 1] {
        sorted.swapAt(position, position - 1)
        position -= 1
      }
    }
    var kept = 1
    for position in 1..<sorted.count where sorted[position] != sorted[kept - 1] {
      if kept != position { sorted.swapAt(kept, position) }
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }

  /// Sorts and de-duplicates; sorts positions in place of the (large) values, and returns
  /// `items` itself when it is already sorted and unique.
  func sortedUnique<T: Comparable>(_ items: [T]) -> [T] {
    guard items.count > 1 else { return items }
    return items.withUnsafeBufferPointer { buffer in
      var order = Array(buffer.indices)
      order.sort { buffer[$0] < buffer[$1] }
      var kept: [Int] = [order[0]]
      for position in order.dropFirst() where buffer[position] != buffer[kept[kept.count - 1]] {
        kept.append(position)
      }
      if kept.count == buffer.count && kept.elementsEqual(buffer.indices) { return items }
      return kept.map { buffer[$0] }
    }
  }

  /// The first failing factor in the order denyAny, scpOK, grant (trust), grant (identity),
  /// boundaryOK (§3.7).
  func denialReason(_ denyAny: Term, _ grant: Term, _ boundaryOK: Term) -> DenialReason {
    if denyAny.truth == .true, let layer = denyAny.witness?.policy.source.kind.layer {
      return .explicitDeny(layer)
    }
    if factors.scpOK.truth == .false { return .scpNoAllow }
    if grant.truth == .false {
      return factors.trust.allow.truth == .false || factors.identityAllow == nil
        ? .trust : .identity
    }
    if boundaryOK.truth == .false { return .boundary }
    return .trust
  }

  /// The granting and permitting statements, with room for `extra` more entries.
  func grantEvidence(direct: Term, boundaryOK: Term, extra: Int) -> [Evidence] {
    var evidence: [Evidence] = []
    evidence.reserveCapacity(3 + factors.scpWitnesses.count + extra)
    func add(_ ref: StatementRef?, _ role: Evidence.Role) {
      if let ref { evidence.append(Evidence(role: role, location: ref.location)) }
    }
    // In the (alphabetical) order of policy kinds: boundary, identity, scp, trust.
    add(boundaryOK.witness, .permitted)
    if direct.truth != .true { add(factors.identityAllow?.witness, .granted) }
    // The chain runs root → account; holders sort account id < `ou-` < `r-`. The same
    // policy attached at several levels (FullAWSAccess) is one statement: added once.
    var lastSCP: StatementLocation?
    for witness in factors.scpWitnesses.reversed() {
      let location = witness.location
      if location == lastSCP { continue }
      evidence.append(Evidence(role: .permitted, location: location))
      lastSCP = location
    }
    add(direct.truth == .true ? direct.witness : factors.trust.allow.witness, .granted)
    return evidence
  }

  func basis(_ direct: Term) -> EdgeBasis {
    if let fixedBasis { return fixedBasis }
    if !factors.same { return .crossAccount }
    guard direct.truth != .false, let ref = direct.witness ?? direct.openStatements.first else {
      return .trustAccountDelegation
    }
    let principals = ref.statement.principals ?? []
    let onlyWildcard =
      principals.contains(.anyone)
      && !principals.contains { ref in
        switch ref {
        case .user, .role, .roleSession, .uniqueID: return true
        default: return false
        }
      }
    return onlyWildcard ? .trustWildcard : .trustDirectSameAccount
  }
}
