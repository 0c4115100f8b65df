import TrustmapModel
import TrustmapPolicy

/// Who may call which role, found without testing every principal against every role:
/// principals indexed by ARN, unique id and role name, and classed by `AssumeSignature` (the
/// identity statements that cover `sts:AssumeRole`), so the `mayAllow` pre-filter runs once per
/// class and role; it never skips a pair the engine would allow.
public struct CandidateIndex: Sendable {
  /// The engine.
  public let engine: PolicyEngine
  /// Imported accounts.
  public let importedAccounts: Set<AccountID>
  /// Member accounts of the organisation (empty without an org export).
  public let organizationAccounts: Set<AccountID>
  /// Every identity side, sorted by ARN.
  let sides: [IdentitySide]
  /// Identity sides by ARN.
  let byARN: [String: IdentitySide]
  /// Identity sides by `UserId`/`RoleId` (TRU-9).
  let byUniqueID: [String: IdentitySide]
  /// Role identity sides by account and role name (for `assumed-role` session principals).
  let rolesByName: [RoleName: IdentitySide]
  /// Per account, its principals sorted by ARN.
  let principalsByAccount: [AccountID: [IdentitySide]]
  /// Per account, its principals that may assume some role, classed by `AssumeSignature`
  /// (principals without any covering statement are left out: they are never candidates).
  let assumeClassesByAccount: [AccountID: [AssumeClass]]
  /// The same classes over all accounts (a class may span accounts).
  let allAssumeClasses: [AssumeClass]
  /// Positions in `allAssumeClasses` of the classes whose statements name a literal account,
  /// by that account.
  let classesByRoleAccount: [String: [Int]]
  /// Positions of the classes that may cover a role in any account.
  let anyAccountClasses: [Int]

  /// Indexes every identity side of `engine`; `sides` are `engine.sortedIdentities` when the
  /// caller already has them.
  public init(organization: Organization, engine: PolicyEngine, sides: [IdentitySide]? = nil) {
    self.engine = engine
    importedAccounts = Set(organization.accounts.map(\.id))
    organizationAccounts = Set(organization.structure?.accounts.map(\.id) ?? [])
    let sides = sides ?? engine.sortedIdentities
    self.sides = sides
    byARN = engine.identities
    // One pass from the end, so the first side of a repeated key is written last and kept;
    // role names are slices of the ARN text (no copies).
    var byUniqueID = [String: IdentitySide](minimumCapacity: sides.count)
    var rolesByName = [RoleName: IdentitySide](minimumCapacity: sides.count)
    for side in sides.reversed() {
      byUniqueID[side.uniqueID] = side
      guard side.kind == .role else { continue }
      let account = side.accountID.rawValue
      let key =
        RoleName(account: account, arnText: side.arnText)
        ?? RoleName(account: account, name: Substring(side.name))
      rolesByName[key] = side
    }
    self.byUniqueID = byUniqueID
    self.rolesByName = rolesByName
    principalsByAccount = Dictionary(grouping: sides, by: \.accountID)
    let signatures = ParallelMap.map(sides) { $0.assumeSignature }
    var capable: [(IdentitySide, AssumeSignature)] = []
    for (side, signature) in zip(sides, signatures) where !signature.isEmpty {
      capable.append((side, signature))
    }
    assumeClassesByAccount = Dictionary(grouping: capable, by: \.0.accountID).mapValues {
      Self.classes($0)
    }
    let all = Self.classes(capable)
    allAssumeClasses = all
    var byAccount: [String: [Int]] = [:]
    var anyAccount: [Int] = []
    for (position, members) in all.enumerated() {
      guard let accounts = members.members[0].assumeSignature.roleAccounts else {
        anyAccount.append(position)
        continue
      }
      for account in accounts { byAccount[account, default: []].append(position) }
    }
    classesByRoleAccount = byAccount
    anyAccountClasses = anyAccount
  }

  /// Principals grouped by signature, classes in order of first appearance.
  static func classes(_ sides: [(IdentitySide, AssumeSignature)]) -> [AssumeClass] {
    var position: [AssumeSignature: Int] = [:]
    var classes: [AssumeClass] = []
    for (side, signature) in sides {
      if let index = position[signature] {
        classes[index].members.append(side)
      } else {
        position[signature] = classes.count
        classes.append(AssumeClass(members: [side], filter: AssumeFilter(side)))
      }
    }
    return classes
  }

  /// Puts each principal of `account` whose policies may allow `sts:AssumeRole` on `role` (the
  /// ARN text) into `sink`, class by class in index order.
  func visitAssumeCapable<Sink: CandidateSink>(
    in account: AccountID, role: String, into sink: inout Sink
  ) {
    guard let classes = assumeClassesByAccount[account] else { return }
    let admitting = classes.indices.filter { classes[$0].filter.mayAllow(onText: role) }
    sink.expect(admitting.reduce(0) { $0 + classes[$1].members.count })
    for position in admitting {
      for member in classes[position].members { sink.principal(member) }
    }
  }

  /// Puts each principal of every imported account but `account` whose policies may allow
  /// `sts:AssumeRole` on `role` into `sink`, class by class in index order.
  func visitAssumeCapable<Sink: CandidateSink>(
    elsewhereThan account: AccountID, role: ARN, into sink: inout Sink
  ) {
    let text = role.rawValue
    let admitting = (anyAccountClasses + (classesByRoleAccount[role.account] ?? [])).sorted()
      .filter { allAssumeClasses[$0].filter.mayAllow(onText: text) }
    sink.expect(admitting.reduce(0) { $0 + allAssumeClasses[$1].members.count })
    for position in admitting {
      for member in allAssumeClasses[position].members where member.accountID != account {
        sink.principal(member)
      }
    }
  }

  /// Every principal of `account`.
  func principals(in account: AccountID) -> [IdentitySide] {
    principalsByAccount[account] ?? []
  }

  /// The placement of an account that trust policies name.
  public func placement(of account: AccountID) -> AccountPlacement {
    if importedAccounts.contains(account) { return .imported }
    return organizationAccounts.contains(account) ? .inOrganization : .outsideOrganization
  }

  /// Identity side of an imported user or role.
  func side(_ arn: ARN) -> IdentitySide? { byARN[arn.rawValue] }

  /// Identity side for a unique id.
  func side(uniqueID: String) -> IdentitySide? { byUniqueID[uniqueID] }

  /// Role side for an `assumed-role/<name>/<session>` ARN.
  func roleSide(sessionARN: ARN) -> IdentitySide? {
    let parts = sessionARN.resource.split(separator: "/")
    guard parts.count >= 2 else { return nil }
    return rolesByName[RoleName(account: sessionARN.account, name: parts[1])]
  }
}

/// An account id and a role name, the key of `CandidateIndex.rolesByName`.
struct RoleName: Hashable, Sendable {
  let account: String
  let name: Substring

  init(account: String, name: Substring) {
    self.account = account
    self.name = name
  }

  /// The name of the role with ARN text `arnText`: what follows its last `/`; nil without one.
  init?(account: String, arnText: String) {
    var text = arnText
    // Searched in the buffer: `UTF8View.lastIndex(of:)` is a slow generic call here.
    let slash = text.withUTF8 { $0.lastIndex(of: UInt8(ascii: "/")) }
    guard let slash else { return nil }
    let start = arnText.utf8.index(arnText.utf8.startIndex, offsetBy: slash + 1)
    self.init(account: account, name: arnText[start...])
  }
}

/// Principals with one `AssumeSignature`, and the pre-filter they share.
struct AssumeClass: Sendable {
  var members: [IdentitySide]
  let filter: AssumeFilter
}
