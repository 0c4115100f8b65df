/// Groups principal nodes into one cluster per account (EDG-3 `cluster_<acct>`).
enum AccountClusters {
  /// Clusters for principals inside accounts; principals of no account (anyone) stay loose.
  static func group(
    _ principals: [DiagramPrincipal],
    node: (DiagramPrincipal) -> DiagramNode = {
      TrustStyle.node($0, showAccount: false)
    }
  ) -> (clusters: [DiagramCluster], loose: [DiagramNode]) {
    var byAccount: [String: [DiagramPrincipal]] = [:]
    var loose: [DiagramNode] = []
    for principal in principals {
      if principal.accountID.isEmpty {
        loose.append(node(principal))
      } else {
        byAccount[principal.accountID, default: []].append(principal)
      }
    }
    let clusters = byAccount.keys.sorted().compactMap { account -> DiagramCluster? in
      guard let members = byAccount[account], let first = members.first else { return nil }
      return cluster(account: account, name: first.accountName, outside: first.kind.isOutside)
        .with(nodes: members.map(node))
    }
    return (clusters, loose)
  }

  /// An empty account cluster, captioned with the name and id.
  static func cluster(account: String, name: String?, outside: Bool) -> DiagramCluster {
    var lines = [LabelLine(name ?? account, bold: true)]
    if name != nil { lines.append(LabelLine(account, pointSize: 9, color: Palette.muted)) }
    if outside { lines.append(LabelLine("not imported", pointSize: 9, color: Palette.muted)) }
    return DiagramCluster(
      key: "account:" + account, label: .rich(lines),
      fillColor: outside ? "#fafafa" : "#f5f7fa", borderColor: outside ? "#a3a8ae" : "#b9c2cd",
      dashed: outside)
  }
}

extension DiagramCluster {
  /// This cluster with `nodes` added.
  func with(nodes extra: [DiagramNode]) -> DiagramCluster {
    var copy = self
    copy.nodes += extra
    return copy
  }
}
