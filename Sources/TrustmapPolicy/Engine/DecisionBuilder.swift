/// Combines factors into a `Decision` (EVL-7): Kleene logic, denial reason order, provenance.
///
/// Callers fill `factors` in place: the builder owns them, so they are never copied.
struct DecisionBuilder {
  var factors: Factors
  let options: EngineOptions
  let guardrails: Bool
  var fixedBasis: EdgeBasis?

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
    let truths = FormulaTruths(factors, options: options)
    var attributes = EdgeAttributes()
    attributes.guardrails = guardrails ? .evaluated : .notEvaluated
    attributes.timeDependent = trace.timeDependent
    attributes.crossAccount = !factors.same
    var evidence: [Evidence] = []
    let verdict: Verdict
    if truths.result == .false {
      let witness = truths.denyAny == .true ? factors.firstDenyWitness : nil
      let reason = denialReason(truths, denyWitness: witness)
      verdict = .denied(reason)
      if case .explicitDeny = reason, let witness {
        evidence.append(Evidence(role: .denied, location: witness.location))
      }
    } else {
      let labels = trace.callerControlled
      attributes.callerControlled = labels.count > 1 ? labels.sorted() : labels
      var atoms: [UnresolvedCondition] = []
      var open: [StatementRef] = []
      if truths.result == .unknown {
        factors.appendOpenParts(truths, atoms: &atoms, statements: &open)
      }
      verdict = truths.result == .true ? .allowed : .conditional(sortedUnique(atoms))
      evidence = grantEvidence(truths, extra: open.count)
      for ref in open { evidence.append(Evidence(role: .leftOpen, location: ref.location)) }
      attributes.basis = basis(truths.direct)
      attributes.isPublic = usesPublicStatement(publicPositions)
    }
    return Decision(
      verdict: verdict, provenance: Self.sortedUnique(evidence: consume evidence),
      attributes: attributes)
  }

  /// Whether a trust `Allow` that took part (witness or left open) is a public one (EDG-4).
  func usesPublicStatement(_ publicPositions: Set<Int>) -> Bool {
    if publicPositions.isEmpty { return false }
    // Read through `factors` in place: a local copy of the trust layer retains every term.
    if let ref = factors.trust.allow.witness, publicPositions.contains(ref.position) {
      return true
    }
    if let ref = factors.trust.direct.witness, publicPositions.contains(ref.position) {
      return true
    }
    return factors.trust.allow.openStatements.contains { publicPositions.contains($0.position) }
  }

  /// Sorted and de-duplicated evidence.
  ///
  /// Evidence is gathered nearly in order (a handful of entries per edge), so an insertion sort
  /// does about one comparison per entry.
  static func sortedUnique(evidence: consuming [Evidence]) -> [Evidence] {
    guard evidence.count > 1 else { return evidence }
    var sorted = consume evidence
    // Compared and swapped in the buffer: no element is copied (retained) to be compared.
    let kept = sorted.withUnsafeMutableBufferPointer { buffer -> Int in
      for next in 1..<buffer.count {
        var position = next
        while position > 0, precedes(buffer, position, position - 1) {
          buffer.swapAt(position, position - 1)
          position -= 1
        }
      }
      var kept = 1
      for position in 1..<buffer.count where differ(buffer, position, kept - 1) {
        if kept != position { buffer.swapAt(kept, position) }
        kept += 1
      }
      return kept
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }

  /// Whether `buffer[lhs] < buffer[rhs]`, reading fields in place where that decides.
  ///
  /// Most pairs come from policies of different kinds, which `Evidence.<` orders by kind
  /// first; handing whole elements to `<` would copy (retain) both.
  @inline(__always)
  private static func precedes(
    _ buffer: UnsafeMutableBufferPointer<Evidence>, _ lhs: Int, _ rhs: Int
  ) -> Bool {
    let lhsKind = buffer[lhs].location.source.kind
    let rhsKind = buffer[rhs].location.source.kind
    if lhsKind != rhsKind { return lhsKind < rhsKind }
    return buffer[lhs] < buffer[rhs]
  }

  /// `buffer[lhs] != buffer[rhs]`, deciding from fields read in place where they differ.
  @inline(__always)
  private static func differ(_ buffer: UnsafeMutableBufferPointer<Evidence>, _ lhs: Int, _ rhs: Int)
    -> Bool
  {
    if buffer[lhs].role != buffer[rhs].role
      || buffer[lhs].location.index != buffer[rhs].location.index
      || buffer[lhs].location.source.kind != buffer[rhs].location.source.kind
    {
      return true
    }
    return buffer[lhs] != buffer[rhs]
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
  func denialReason(_ truths: FormulaTruths, denyWitness: StatementRef?) -> DenialReason {
    if truths.denyAny == .true, let layer = denyWitness?.policy.source.kind.layer {
      return .explicitDeny(layer)
    }
    if factors.scpOK.truth == .false { return .scpNoAllow }
    if truths.grant == .false {
      return factors.trust.allow.truth == .false || factors.identityAllow == nil
        ? .trust : .identity
    }
    if truths.boundaryOK == .false { return .boundary }
    return .trust
  }

  func grantEvidence(_ truths: FormulaTruths, extra: Int) -> [Evidence] {
    let boundary = truths.boundaryExempt ? nil : factors.boundaryOK.witness
    let identity = truths.direct != .true ? factors.identityAllow?.witness : nil
    let trust = truths.direct == .true ? factors.trust.direct.witness : factors.trust.allow.witness
    // Room for exactly what is added: every edge keeps this array, and reserving for the
    // SCP witnesses before their repeats were dropped left half of it empty (~430 MB at
    // 3.2 M edges).
    // Counted one by one: an array literal of the three would be allocated per decision.
    var known = 0
    if boundary != nil { known += 1 }
    if identity != nil { known += 1 }
    if trust != nil { known += 1 }
    var evidence: [Evidence] = []
    evidence.reserveCapacity(known + distinctSCPWitnesses { _ in } + extra)
    // In the (alphabetical) order of policy kinds: boundary, identity, scp, trust.
    if let boundary { evidence.append(Evidence(role: .permitted, location: boundary.location)) }
    if let identity { evidence.append(Evidence(role: .granted, location: identity.location)) }
    _ = distinctSCPWitnesses { evidence.append(Evidence(role: .permitted, location: $0)) }
    if let trust { evidence.append(Evidence(role: .granted, location: trust.location)) }
    return evidence
  }

  /// Calls `body` with each SCP witness's location, account level first, a run of the same
  /// statement once, and returns how many it called it with.
  ///
  /// The chain runs root → account; holders sort account id < `ou-` < `r-`. The same policy
  /// attached at several levels (FullAWSAccess) is one statement.
  private func distinctSCPWitnesses(_ body: (StatementLocation) -> Void) -> Int {
    var count = 0
    var next = factors.scpWitnesses.count - 1
    while next >= 0 {
      let location = factors.scpWitnesses[next].location
      body(location)
      count += 1
      next -= 1
      while next >= 0 && factors.scpWitnesses[next].location == location { next -= 1 }
    }
    return count
  }

  /// The edge basis; `direct` is the truth of `trustDirect` (EDG-2).
  func basis(_ direct: Truth) -> EdgeBasis {
    if let fixedBasis { return fixedBasis }
    if !factors.same { return .crossAccount }
    let term = factors.trust.direct
    guard direct != .false, let ref = term.witness ?? term.openStatements.first else {
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
