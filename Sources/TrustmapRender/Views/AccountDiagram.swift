/// One account's principals and the trust edges into, out of and within it.
public struct AccountViewInput: Hashable, Sendable {
  /// The account's 12-digit id.
  public var accountID: String
  /// The account's name, when known.
  public var accountName: String?
  /// The account's principals, plus every outside principal that `links` names.
  public var principals: [DiagramPrincipal]
  /// The edges with at least one end in the account.
  public var links: [DiagramTrust]

  /// Creates the input.
  public init(
    accountID: String, accountName: String? = nil, principals: [DiagramPrincipal],
    links: [DiagramTrust]
  ) {
    self.accountID = accountID
    self.accountName = accountName
    self.principals = principals
    self.links = links
  }
}

/// Draws one account's principals, and outside principals in boxes of their own accounts.
///
/// Above the caps, the least interesting principals are grouped by category
/// (such as "37 service roles") and their edges merged, so the view never becomes a hairball.
public enum AccountDiagram {
  /// The diagram for `input`, drawing at most `maxInside` + `maxOutside` single principals.
  public static func diagram(
    _ input: AccountViewInput, maxInside: Int = 30, maxOutside: Int = 20
  ) -> Diagram {
    let ranking = PrincipalRanking(input)
    let inside = input.principals.filter { $0.accountID == input.accountID }
    let outside = input.principals.filter { $0.accountID != input.accountID }
    var grouping = PrincipalGrouping()
    let keptInside = grouping.keep(ranking.ordered(inside), limit: maxInside) { $0.groupName }
    let keptOutside = grouping.keep(
      ranking.ordered(outside), limit: maxOutside, spansAccounts: true
    ) { $0.groupName + " in other accounts" }
    let merged = MergedEdges(input.links, grouping: grouping, principals: input.principals)
    let clusters = accountClusters(input, inside: keptInside, outside: keptOutside, grouping)
    return Diagram(
      title: "Account " + (input.accountName ?? input.accountID) + " (" + input.accountID + ")",
      notes: notes(input, inside: inside.count, grouping: grouping, merged: merged),
      rankDirection: .leftToRight, engine: .dot, clusters: clusters.clusters,
      nodes: clusters.loose, edges: merged.edges, legend: StandardLegend.principals
    ).withPrincipalLegendTrimmed()
  }

  private static func accountClusters(
    _ input: AccountViewInput, inside: [DiagramPrincipal], outside: [DiagramPrincipal],
    _ grouping: PrincipalGrouping
  ) -> (clusters: [DiagramCluster], loose: [DiagramNode]) {
    var result = AccountClusters.group(inside + outside)
    for group in grouping.groups.values {
      let node = TrustStyle.note(
        key: group.key, ["\(group.members.count) " + group.name],
        tooltip: group.members.prefix(60).map { $0.name + " (" + $0.accountLabel + ")" }
          .joined(separator: "\n"))
      let account = group.spansAccounts ? "" : group.members.first?.accountID ?? ""
      if let index = result.clusters.firstIndex(where: { $0.key == "account:" + account }) {
        result.clusters[index].nodes.append(node)
      } else if let first = group.members.first, !account.isEmpty {
        result.clusters.append(
          AccountClusters.cluster(
            account: account, name: first.accountName, outside: first.kind.isOutside
          ).with(nodes: [node]))
      } else {
        result.loose.append(node)
      }
    }
    return result
  }

  private static func notes(
    _ input: AccountViewInput, inside: Int, grouping: PrincipalGrouping, merged: MergedEdges
  ) -> [String] {
    var notes = [
      "\(inside) principal(s) in the account, \(input.links.count) trust edge(s) in or out"
    ]
    let grouped = grouping.groups.values.reduce(0) { $0 + $1.members.count }
    if grouped > 0 {
      notes.append(
        "\(grouped) less connected principal(s) grouped into \(grouping.groups.count) box(es); "
          + "their edges are merged and counted")
    }
    if merged.hiddenWithinGroups > 0 {
      notes.append("\(merged.hiddenWithinGroups) edge(s) inside a group not drawn")
    }
    return notes
  }
}
