/// Draws the organisation's accounts by OU and tier, with one edge per pair of accounts.
///
/// Each edge is labelled with how many principal-level edges it stands for; outsiders sit
/// outside the organisation's box. Large organisations are elided: the strongest `maxLinks`
/// links are drawn, and accounts without a drawn link fold into "N quiet accounts" per OU.
/// The notes under the title say what was left out.
public enum OverviewDiagram {
  /// Above this many nodes the overview switches from `dot` to `sfdp`.
  public static let dotNodeLimit = 250

  /// The overview diagram for `input`.
  public static func diagram(_ input: OverviewInput, maxLinks: Int = 120) -> Diagram {
    let tiers = Dictionary(
      input.accounts.compactMap { account in account.tier.map { (account.id, $0) } },
      uniquingKeysWith: { first, _ in first })
    let all = AccountLink.aggregate(input.links, tiers: tiers)
    let kept = Array(all.prefix(maxLinks))
    var ends = Set<String>()
    for link in kept { ends.formUnion([link.from, link.to]) }
    var layout = OverviewLayout(input: input, linked: ends)
    let organisation = layout.unitCluster(input.root, isRoot: true)
    let outside = layout.outsideCluster(ends: ends)
    let nodeCount = layout.drawnAccounts + layout.quietBoxes + outside.nodes.count
    var notes = [
      "\(input.accounts.count) accounts; \(input.edgeCount) principal-level trust edges "
        + "between accounts form \(all.count) account links"
    ]
    if kept.count < all.count {
      notes.append(
        "showing the \(kept.count) strongest links (public, into admin, into a more "
          + "sensitive tier, then by count); \(all.count - kept.count) weaker links not drawn")
    }
    notes += input.notes
    if layout.quietAccounts > 0 {
      notes.append(
        "\(layout.quietAccounts) accounts without a drawn link are folded into "
          + "\(layout.quietBoxes) \"quiet accounts\" box(es)")
    }
    return Diagram(
      title: "Trust between accounts — " + input.organizationName, notes: notes,
      rankDirection: .topToBottom, engine: nodeCount > dotNodeLimit ? .sfdp : .dot,
      clusters: [organisation] + (outside.nodes.isEmpty ? [] : [outside]),
      edges: kept.map(edge), legend: StandardLegend.tiers)
  }

  static func edge(_ link: AccountLink) -> DiagramEdge {
    // Only links into administrators carry a label; counts are in the tooltip (calmer).
    let text = link.adminCount > 0 ? "\(link.adminCount) admin" : ""
    var color = Palette.crossAccount
    if link.climbsTier || link.publicCount > 0 { color = Palette.danger }
    let emphasised = link.adminCount > 0 || link.publicCount > 0
    let width = emphasised ? 2.6 : min(1 + Double(link.count).squareRoot() / 4, 2.2)
    return DiagramEdge(
      from: link.from, to: link.to, label: text.isEmpty ? nil : .text(text),
      style: link.conditionalCount == link.count ? .dashed : .solid, color: color,
      penWidth: (width * 10).rounded() / 10,
      tooltip: "\(link.count) trust edge(s), \(link.adminCount) into administrators, "
        + "\(link.conditionalCount) conditional, \(link.publicCount) public")
  }
}
