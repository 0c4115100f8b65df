import TrustmapModel

/// Organisation facts about one account, computed once (ORG-9, CND-9).
struct AccountFacts: Hashable, Sendable {
  var orgID: ContextValue
  var orgPaths: ContextValue
  var isMember: Bool
  var isManagement: Bool
  var isImported: Bool
  var isIncomplete: Bool

  static func make(_ id: AccountID, organization: Organization) -> AccountFacts {
    let account = organization.account(id)
    guard let structure = organization.structure else {
      return AccountFacts(
        orgID: .unknown, orgPaths: .unknown, isMember: false, isManagement: false,
        isImported: account != nil, isIncomplete: account?.isIncomplete ?? false)
    }
    let member = structure.account(id) != nil
    let orgID: ContextValue = member ? .value(structure.id) : .notIn([structure.id])
    let paths: ContextValue =
      structure.orgPath(for: id).map { .known([$0]) } ?? .notIn([structure.id])
    return AccountFacts(
      orgID: orgID, orgPaths: paths, isMember: member,
      isManagement: structure.managementAccountID == id, isImported: account != nil,
      isIncomplete: account?.isIncomplete ?? false)
  }
}
