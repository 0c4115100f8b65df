import TrustmapModel
import TrustmapPolicy

/// The account ids that roles' trust policies grant to, for `inspect`.
///
/// Uses the policy compiler's principal parsing (§2.4) so that `inspect` agrees with the graph on
/// what a trust statement names (statements dropped by GRM-12 or never applying under GRM-7 name
/// nobody), without building the whole engine.
enum TrustedAccountScanner {
  /// Account ids named by AWS principals of `Allow` statements in any role of `account`.
  static func trustedAccounts(of account: Account) -> Set<AccountID> {
    var result: Set<AccountID> = []
    for role in account.roles {
      let compiled = PolicyCompiler.compile(role.trustPolicy, kind: .trust)
      for statement in compiled.statements
      where statement.effect == .allow && !statement.notPrincipal && !statement.neverApplies {
        for principal in statement.principals ?? [] {
          if let id = awsAccount(principal) { result.insert(id) }
        }
      }
    }
    return result
  }

  /// The account of an AWS principal (account, user, role or session); providers and services
  /// live in the role's own account or none.
  private static func awsAccount(_ principal: PrincipalRef) -> AccountID? {
    switch principal {
    case .account, .user, .role, .roleSession, .federatedUser: return principal.accountID
    default: return nil
    }
  }
}
