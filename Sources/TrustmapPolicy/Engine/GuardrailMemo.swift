import TrustmapModel

/// The SCP terms of one role's `sts:AssumeRole` requests, remembered per caller account.
///
/// Every principal of an account has the same SCP chain, and a chain whose `sts:AssumeRole`
/// statements do not depend on who the caller is beyond its account
/// (`GuardrailChain.assumeRoleDependsOnPrincipal`) gives all of them the same terms for one
/// request: the graph evaluates it once per role and account
/// instead of once per candidate. Kept for one role at a time, so it stays small.
public final class GuardrailMemo {
  /// One chain's terms and what its evaluation noted in the trace (a class: a lookup then
  /// costs one reference count instead of copying every field).
  final class Entry {
    let account: String
    let levels: [GuardrailChain.Level]
    let ok: Term
    let deny: Term
    let witnesses: [StatementRef]
    let timeDependent: Bool
    let callerControlled: [String]

    init(account: String, levels: [GuardrailChain.Level], result: SCPResult, trace: EvalTrace) {
      (self.account, self.levels) = (account, levels)
      (ok, deny, witnesses) = result
      (timeDependent, callerControlled) = (trace.timeDependent, trace.callerControlled)
    }

    /// Whether this entry answers a caller of `account` bound by `levels`.
    @inline(__always)
    func answers(_ account: String, _ levels: [GuardrailChain.Level]) -> Bool {
      // Equal chains share their level array, so this is mostly one identity comparison.
      self.account == account && self.levels == levels
    }
  }

  /// The role whose requests the entries answer.
  public let role: TrustSide
  /// The entry used last: candidates come grouped by account, so most lookups end here.
  private var last: Entry?
  /// Entries of other accounts, by account; most roles never need one.
  private var others: [String: Entry] = [:]

  /// An empty memo for `role`.
  public init(role: TrustSide) { self.role = role }

  /// The SCP terms of `side`'s chain for `request` (on `role`), from the memo when possible,
  /// with their notes replayed into `trace`; nil when the chain's terms cannot be shared (the
  /// caller evaluates it itself).
  func entry(
    _ side: IdentitySide, _ request: EvalRequest, _ context: RequestContext,
    _ trace: inout EvalTrace
  ) -> Entry? {
    guard let chain = side.scp.chain, request.isAssumeRole, !chain.assumeRoleDependsOnPrincipal
    else {
      return nil
    }
    let account = side.accountID.rawValue
    let entry: Entry
    if let last, last.answers(account, chain.levels) {
      entry = last
    } else {
      if let last { others[last.account] = last }
      if let known = others[account], known.answers(account, chain.levels) {
        entry = known
      } else {
        var own = EvalTrace()
        let result = StatementEvaluator.scp(
          side.scp, request: request, context: context, trace: &own)
        entry = Entry(account: account, levels: chain.levels, result: result, trace: own)
      }
      last = entry
    }
    Self.replay(entry, into: &trace)
    return entry
  }

  /// Notes in `trace` what evaluating the chain noted: the same trace as evaluating it there,
  /// since labels are kept once, in order of first note.
  private static func replay(_ entry: Entry, into trace: inout EvalTrace) {
    if entry.timeDependent { trace.timeDependent = true }
    for label in entry.callerControlled { trace.noteCallerControlled(label) }
  }
}
