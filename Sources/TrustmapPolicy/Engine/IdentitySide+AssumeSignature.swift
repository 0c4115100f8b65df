import TrustmapModel

/// What `IdentitySide.mayAllow(action: "sts:AssumeRole", on:)` depends on: the identity
/// `Allow` statements that cover `sts:AssumeRole`, and whether any policy document or group
/// is missing (TVL-6). Equal signatures give equal answers for every role, so the graph asks
/// once per signature instead of once per principal.
public struct AssumeSignature: Hashable, Sendable {
  /// True when a policy document or group is missing (the pre-filter then says "may").
  let incomplete: Bool
  /// (document cache id, statement index) of each covering `Allow`, in policy order.
  let statements: [Int]

  /// True when no statement covers `sts:AssumeRole` and nothing is missing: such a principal
  /// can never be allowed to assume a role in another account (TRU-3).
  public var isEmpty: Bool { !incomplete && statements.isEmpty }
}

extension IdentitySide {
  /// The `sts:AssumeRole` pre-filter signature of this principal.
  public var assumeSignature: AssumeSignature {
    let incomplete = !missingPolicies.isEmpty || !unresolvedGroups.isEmpty
    var statements: [Int] = []
    for policy in policies {
      for statement in policy.statements
      where statement.effect == .allow && !statement.neverApplies
        && statement.coversAction("sts:assumerole")
      {
        statements += [policy.document.cacheID, statement.index]
      }
    }
    return AssumeSignature(incomplete: incomplete, statements: statements)
  }
}
