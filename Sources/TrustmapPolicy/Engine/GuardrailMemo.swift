import TrustmapModel

/// The SCP terms of one role's `sts:AssumeRole` requests, remembered per caller account.
///
/// Every principal of an account has the same SCP chain, and a chain whose `sts:AssumeRole`
/// statements do not depend on who the caller is beyond its account
/// (`GuardrailChain.assumeRoleDependsOnPrincipal`) gives all of them the same terms for one
/// request: the graph evaluates it once per role and account
/// instead of once per candidate. Kept for one role at a time, so it stays small.
public final class GuardrailMemo {
  /// One chain's result and what its evaluation noted in the trace (a class: a lookup then
  /// costs one reference count instead of copying every field).
  final class Entry {
    let levels: [GuardrailChain.Level]
    let result: SCPResult
    let timeDependent: Bool
    let callerControlled: [String]

    init(
      levels: [GuardrailChain.Level], result: SCPResult, timeDependent: Bool,
      callerControlled: [String]
    ) {
      (self.levels, self.result) = (levels, result)
      (self.timeDependent, self.callerControlled) = (timeDependent, callerControlled)
    }
  }

  /// The role whose requests the entries answer.
  public let role: TrustSide
  private var entries: [String: Entry] = [:]

  /// An empty memo for `role`.
  public init(role: TrustSide) { self.role = role }

  /// The SCP terms of `side`'s chain for `request` (on `role`), from the memo when possible;
  /// nil when the chain's terms cannot be shared (the caller evaluates it itself).
  func scp(
    _ side: IdentitySide, _ request: EvalRequest, _ context: RequestContext,
    _ trace: inout EvalTrace
  ) -> SCPResult? {
    guard let chain = side.scp.chain, request.isAssumeRole, !chain.assumeRoleDependsOnPrincipal
    else {
      return nil
    }
    let account = side.accountID.rawValue
    // Equal chains share their level array, so the check is mostly one identity comparison.
    if let entry = entries[account], entry.levels == chain.levels {
      Self.replay(entry, into: &trace)
      return entry.result
    }
    var own = EvalTrace()
    let result = StatementEvaluator.scp(side.scp, request: request, context: context, trace: &own)
    let entry = Entry(
      levels: chain.levels, result: result, timeDependent: own.timeDependent,
      callerControlled: own.callerControlled)
    entries[account] = entry
    Self.replay(entry, into: &trace)
    return result
  }

  /// Notes in `trace` what evaluating the chain noted: the same trace as evaluating it there,
  /// since labels are kept once, in order of first note.
  private static func replay(_ entry: Entry, into trace: inout EvalTrace) {
    if entry.timeDependent { trace.timeDependent = true }
    for label in entry.callerControlled { trace.noteCallerControlled(label) }
  }
}
