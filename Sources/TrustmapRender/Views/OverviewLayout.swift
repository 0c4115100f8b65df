/// Builds the overview's boxes: OU clusters with account nodes and quiet-account folds, and
/// the cluster of outsiders.
struct OverviewLayout {
  /// An OU folds its quiet accounts once it has more than this many.
  static let quietFoldThreshold = 2

  let accounts: [String: OverviewAccount]
  let outsiders: [OverviewOutsider]
  let linked: Set<String>
  private(set) var placed = Set<String>()
  private(set) var drawnAccounts = 0
  private(set) var quietAccounts = 0
  private(set) var quietBoxes = 0

  init(input: OverviewInput, linked: Set<String>) {
    accounts = Dictionary(
      input.accounts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    outsiders = input.outsiders
    self.linked = linked
  }

  /// The cluster of `unit` and its children; the root also takes accounts in no OU.
  mutating func unitCluster(_ unit: OverviewUnit, isRoot: Bool = false) -> DiagramCluster {
    var cluster = DiagramCluster(
      key: "unit:" + unit.id,
      label: .rich([
        LabelLine(isRoot ? "Organisation " + unit.name : unit.name, bold: true),
        LabelLine(unit.id, pointSize: 8, color: Palette.muted),
      ]),
      fillColor: isRoot ? "#fbfcfd" : "#f3f5f8", borderColor: "#b9c2cd")
    cluster.clusters = unit.children.map { unitCluster($0) }
    var ids = unit.accountIDs.filter { placed.insert($0).inserted }
    if isRoot {
      ids += accounts.keys.sorted().filter { placed.insert($0).inserted }
    }
    cluster.nodes = nodes(for: ids, unit: unit)
    return cluster
  }

  private mutating func nodes(for ids: [String], unit: OverviewUnit) -> [DiagramNode] {
    let quiet = ids.filter { !linked.contains($0) }
    let fold = quiet.count > Self.quietFoldThreshold
    var result = ids.filter { !fold || linked.contains($0) }.map(accountNode)
    drawnAccounts += result.count
    if fold {
      quietAccounts += quiet.count
      quietBoxes += 1
      let names = quiet.sorted().map { (accounts[$0]?.name ?? $0) + " (" + $0 + ")" }
      result.append(
        TrustStyle.note(
          key: "quiet:" + unit.id, ["\(quiet.count) quiet accounts", "no drawn trust links"],
          tooltip: names.prefix(100).joined(separator: "\n")))
    }
    return result
  }

  private func accountNode(_ id: String) -> DiagramNode {
    let account = accounts[id]
    let colors = Palette.tier(account?.tier)
    let tierText = account?.tier.map { StandardLegend.tierName($0) } ?? "tier unknown"
    return DiagramNode(
      key: id,
      label: .rich([
        LabelLine(account?.name ?? id, bold: true),
        LabelLine(id, pointSize: 9, color: Palette.muted),
      ]),
      shape: .box, fillColor: colors.fill, borderColor: colors.border,
      tooltip: (account?.name ?? "account not imported") + " (" + id + "), " + tierText)
  }

  /// Outsiders with a drawn link, plus linked keys that are neither accounts nor outsiders.
  mutating func outsideCluster(ends: Set<String>) -> DiagramCluster {
    var nodes = outsiders.filter { ends.contains($0.key) }.map { outsider in
      TrustStyle.node(
        DiagramPrincipal(id: outsider.key, name: outsider.name, accountID: "", kind: outsider.kind),
        showAccount: false)
    }
    let known = Set(outsiders.map(\.key)).union(placed)
    for key in ends.subtracting(known).sorted() {
      nodes.append(
        TrustStyle.node(
          DiagramPrincipal(id: key, name: key, accountID: "", kind: .externalAccount),
          showAccount: false))
    }
    return DiagramCluster(
      key: "~outside", label: .rich([LabelLine("Outside the organisation", bold: true)]),
      fillColor: "#fcfcfb", borderColor: "#a3a8ae", dashed: true, nodes: nodes)
  }
}
