import TrustmapModel
import TrustmapPolicy

/// Who may call which role, found without testing every principal against every role:
/// principals indexed by ARN, unique id and role name, and grouped per account by identity
/// fingerprint, so a whole group is skipped when its policies cannot allow `sts:AssumeRole`
/// on a role (the `mayAllow` pre-filter never skips a pair the engine would allow).
public struct CandidateIndex: Sendable {
  /// The engine.
  public let engine: PolicyEngine
  /// Imported accounts.
  public let importedAccounts: Set<AccountID>
  /// Member accounts of the organisation (empty without an org export).
  public let organizationAccounts: Set<AccountID>
  /// Identity sides by ARN.
  let byARN: [ARN: IdentitySide]
  /// Identity sides by `UserId`/`RoleId` (TRU-9).
  let byUniqueID: [String: IdentitySide]
  /// Role identity sides by account and role name (for `assumed-role` session principals).
  let rolesByName: [String: IdentitySide]
  /// Per account, principals grouped by fingerprint (groups sorted by first ARN).
  let groupsByAccount: [AccountID: [[IdentitySide]]]
  /// All groups of all accounts.
  let allGroups: [[IdentitySide]]
  /// Per account, only the groups whose policies may allow `sts:AssumeRole` on some resource
  /// (exact pre-filter: `mayAllow(action:on:)` implies `mayAllowAny(of:)`), so per-role
  /// candidate search does not scan every principal of the organisation.
  let assumeGroupsByAccount: [AccountID: [[IdentitySide]]]
  /// `assumeGroupsByAccount` of all accounts, in account order.
  let allAssumeGroups: [[IdentitySide]]

  /// Indexes every identity side of `engine`.
  public init(organization: Organization, engine: PolicyEngine) {
    self.engine = engine
    importedAccounts = Set(organization.accounts.map(\.id))
    organizationAccounts = Set(organization.structure?.accounts.map(\.id) ?? [])
    let sides = engine.sortedIdentities
    byARN = engine.identities
    byUniqueID = Dictionary(sides.map { ($0.uniqueID, $0) }, uniquingKeysWith: { a, _ in a })
    rolesByName = Dictionary(
      sides.filter { $0.kind == .role }.map { ($0.accountID.rawValue + "/" + $0.name, $0) },
      uniquingKeysWith: { a, _ in a })
    var groups: [AccountID: [IdentityFingerprint: [IdentitySide]]] = [:]
    for side in sides {
      groups[side.accountID, default: [:]][side.fingerprint, default: []].append(side)
    }
    var sorted: [AccountID: [[IdentitySide]]] = [:]
    for (account, byPrint) in groups {
      sorted[account] = byPrint.values.sorted { $0[0].arn < $1[0].arn }
    }
    groupsByAccount = sorted
    let accounts = sorted.keys.sorted()
    allGroups = accounts.flatMap { sorted[$0] ?? [] }
    let assume = sorted.mapValues { groups in
      groups.filter { $0[0].mayAllowAny(of: ["sts:AssumeRole"]) }
    }
    assumeGroupsByAccount = assume
    allAssumeGroups = accounts.flatMap { assume[$0] ?? [] }
  }

  /// Every principal of `account` whose policies may allow `sts:AssumeRole` on `role`.
  func assumeCapable(in account: AccountID, role: ARN) -> [IdentitySide] {
    (assumeGroupsByAccount[account] ?? []).filter {
      $0[0].mayAllow(action: "sts:AssumeRole", on: role)
    }
    .flatMap { $0 }
  }

  /// Every principal of every imported account that may allow `sts:AssumeRole` on `role`.
  func assumeCapableAnywhere(role: ARN) -> [IdentitySide] {
    allAssumeGroups.filter { $0[0].mayAllow(action: "sts:AssumeRole", on: role) }.flatMap { $0 }
  }

  /// Every principal of `account`.
  func principals(in account: AccountID) -> [IdentitySide] {
    (groupsByAccount[account] ?? []).flatMap { $0 }
  }

  /// The placement of an account that trust policies name.
  public func placement(of account: AccountID) -> AccountPlacement {
    if importedAccounts.contains(account) { return .imported }
    return organizationAccounts.contains(account) ? .inOrganization : .outsideOrganization
  }

  /// Identity side of an imported user or role.
  func side(_ arn: ARN) -> IdentitySide? { byARN[arn] }

  /// Identity side for a unique id.
  func side(uniqueID: String) -> IdentitySide? { byUniqueID[uniqueID] }

  /// Role side for an `assumed-role/<name>/<session>` ARN.
  func roleSide(sessionARN: ARN) -> IdentitySide? {
    let parts = sessionARN.resource.split(separator: "/")
    guard parts.count >= 2 else { return nil }
    return rolesByName[sessionARN.account + "/" + parts[1]]
  }
}
