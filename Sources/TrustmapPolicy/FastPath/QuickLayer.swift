/// The truth values of one layer (§3.7) without atoms or provenance: the fast path's
/// counterpart of `LayerResult`.
struct QuickLayer {
  var allow = Truth.false
  var deny = Truth.false
  /// Trust only: `trustDirect` of §3.7.
  var direct = Truth.false
  /// The layer of the first statement that made `deny` true (the denial reason, EVL-2).
  var denyLayer: Layer?
  /// The first statement that made `direct` true names `*` (TRU-4, §7.2 switch).
  var directByWildcard = false
  /// Only `Deny` statements matter.
  var denyOnly = false

  /// Folds one matching statement in (Kleene OR; the witness is the first `T`).
  @inline(__always)
  mutating func add(
    _ truth: Truth, effect: Effect, kind: PrincipalMatch, statement: CompiledStatement.Storage,
    policy: CompiledPolicy
  ) {
    if effect == .deny {
      if truth == .true { denyLayer = policy.source.kind.layer }
      deny = deny || truth
      return
    }
    allow = allow || truth
    if kind.isDirect && direct != .true {
      if truth == .true { directByWildcard = statement.principalIndex?.anyone ?? false }
      direct = direct || truth
    }
  }
}
