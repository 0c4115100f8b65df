/// An escalation path: its principals, left to right, one hop per edge.
public struct EscalationPathInput: Hashable, Sendable {
  /// What the path shows, such as `dan.dev → prod-deploy (admin of northwind-prod)`.
  public var title: String
  /// The principals in order, from the start to the target.
  public var steps: [DiagramPrincipal]
  /// The hops: `hops[i]` leads from `steps[i]` to `steps[i + 1]`.
  public var hops: [DiagramTrust]

  /// Creates a path.
  public init(title: String, steps: [DiagramPrincipal], hops: [DiagramTrust]) {
    self.title = title
    self.steps = steps
    self.hops = hops
  }
}

/// Draws an escalation path: accounts as boxes, hops left to right labelled with the action
/// and its conditions; dashed when conditional, bold into an administrator (EDG-3).
public enum EscalationPathDiagram {
  /// The diagram of `path`, laid out by `dot`.
  public static func diagram(_ path: EscalationPathInput) -> Diagram {
    var seen = Set<String>()
    let principals = path.steps.filter { seen.insert($0.id).inserted }
    let byID = Dictionary(principals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let edges = path.hops.map { hop in
      let source = byID[hop.from]
      let target = byID[hop.to]
      return TrustStyle.edge(
        hop, crossAccount: source?.accountID != target?.accountID,
        intoAdmin: target?.isAdmin ?? false, label: TrustStyle.actionLabel(hop))
    }
    let grouped = AccountClusters.group(principals)
    let conditional = path.hops.contains(where: \.isConditional)
    let status =
      conditional ? "conditional" : path.hops.contains(where: \.isPublic) ? "public" : "all allowed"
    return Diagram(
      title: path.title,
      notes: ["\(path.hops.count) hop(s), " + status],
      rankDirection: .leftToRight, engine: .dot, clusters: grouped.clusters,
      nodes: grouped.loose, edges: edges, legend: StandardLegend.principals
    ).withPrincipalLegendTrimmed()
  }
}
