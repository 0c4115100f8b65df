/// Builds the OU tree while accounts are placed.
///
/// Security, Infrastructure, Workloads/{Prod,Dev}, Sandbox and an empty Suspended OU sit under
/// the root. A tier with more than `unitCapacity`
/// accounts gets child OUs (business units) of that many accounts each.
struct OULayout {
  static let unitCapacity = 40
  static let businessUnits = ["Retail", "Payments", "Data", "Platform", "Media", "Logistics"]

  let rootID: String
  private var random: SplitMix64
  private(set) var units: [PlannedOU] = []
  private var taken: Set<String> = []

  init(rootID: String, random: SplitMix64) {
    self.rootID = rootID
    self.random = random
    for tier in [AccountTier.security, .infrastructure] {
      _ = unit(named: tier.organizationalUnitName ?? "", parent: rootID, tier: tier)
    }
    let workloads = unit(named: "Workloads", parent: rootID, tier: nil)
    for tier in [AccountTier.prod, .dev] {
      _ = unit(named: tier.organizationalUnitName ?? "", parent: workloads, tier: tier)
    }
    _ = unit(named: "Sandbox", parent: rootID, tier: .sandbox)
    _ = unit(named: "Suspended", parent: rootID, tier: nil)
  }

  /// The parent id for the `ordinal`-th account of `tier`; accounts past the first
  /// `unitCapacity` go into business-unit child OUs, created on first use.
  mutating func parent(for tier: AccountTier, ordinal: Int) -> String {
    guard let tierUnit = units.first(where: { $0.tier == tier })?.id else { return rootID }
    let chunk = ordinal / OULayout.unitCapacity
    guard chunk > 0 else { return tierUnit }
    let businessUnit = OULayout.businessUnits[(chunk - 1) % OULayout.businessUnits.count]
    let round = (chunk - 1) / OULayout.businessUnits.count
    let name = "\(tier.organizationalUnitName ?? "")-\(businessUnit)"
    return unit(named: round == 0 ? name : "\(name)\(round + 1)", parent: tierUnit, tier: nil)
  }

  /// The id of the OU `name` under `parent`, created if it does not exist yet.
  private mutating func unit(named name: String, parent: String, tier: AccountTier?) -> String {
    if let existing = units.first(where: { $0.name == name && $0.parentID == parent }) {
      return existing.id
    }
    let suffix = rootID.dropFirst(2)
    var id = ""
    repeat {
      id = "ou-\(suffix)-" + random.string(8, from: Alphabet.lowerAlphanumeric)
    } while !taken.insert(id).inserted
    units.append(PlannedOU(id: id, name: name, parentID: parent, tier: tier))
    return id
  }
}
