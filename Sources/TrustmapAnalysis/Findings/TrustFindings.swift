import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Findings read straight off edges and nodes: public, OIDC, external and dangling trusts and
/// admin users.
enum TrustFindings {
  static func all(_ graph: TrustGraph, _ engine: PolicyEngine) -> [Finding] {
    var findings: [Finding] = []
    for source in trustingSources(graph) {
      for edge in graph.edges(from: source.id) where edge.kind != .memberOf {
        switch source.kind {
        case .publicAny: findings += publicTrust(edge, engine)
        case .oidcProvider: findings += oidc(edge)
        default: findings += external(edge, source)
        }
      }
    }
    findings += graph.danglingTrusts.map(dangling)
    findings += adminUsers(graph).map(adminUser)
    return findings
  }

  /// The public, OIDC providers and external accounts and principals, in id order.
  ///
  /// They are the only sources of the edges these findings read, and their edges follow in the
  /// same order: looking them up beats copying millions of edges and hashing each source id.
  static func trustingSources(_ graph: TrustGraph) -> [GraphNode] {
    let kinds: [NodeKind] = [.publicAny, .oidcProvider, .externalAccount, .externalPrincipal]
    return graph.nodes.withUnsafeBufferPointer { nodes in
      nodes.indices.compactMap { position -> GraphNode? in
        guard kinds.contains(nodes[position].kind) else { return nil }
        // An id given twice is one node: its first (`TrustGraph.node(_:)`).
        if position > 0, nodes[position - 1].id == nodes[position].id { return nil }
        return nodes[position]
      }
    }
  }

  /// Imported users that are admins, in id order, without copying every node.
  static func adminUsers(_ graph: TrustGraph) -> [GraphNode] {
    graph.nodes.withUnsafeBufferPointer { nodes in
      nodes.indices.compactMap { position -> GraphNode? in
        nodes[position].kind == .user && nodes[position].isAdmin ? nodes[position] : nil
      }
    }
  }

  static func dangling(_ dangling: DanglingTrust) -> Finding {
    var finding = Finding(
      kind: .danglingTrustPrincipal, subject: dangling.role.rawValue + ":" + dangling.uniqueID,
      severity: .low,
      title:
        "\(dangling.role) trusts \(dangling.uniqueID), the unique id of a deleted principal",
      principals: [NodeID(dangling.role)], accounts: dangling.role.accountID.map { [$0] } ?? [],
      evidence: [
        "The id matches no user or role in the input: the statement grants nothing today."
      ])
    finding.targets = [NodeID(dangling.role)]
    finding.rationale =
      "Low: the statement matches nobody, so nothing is exposed; it is clutter that hides what "
      + "the trust was for."
    finding.rules = ["TRU-9"]
    return finding
  }

  static func adminUser(_ node: GraphNode) -> Finding {
    let management = node.admin?.tier == 0
    let account = node.account?.rawValue ?? "?"
    var finding = Finding(
      kind: .adminUser, subject: node.id.rawValue, severity: management ? .critical : .high,
      title: "IAM user \(node.id) is an administrator of \(account)",
      principals: [node.id], accounts: node.account.map { [$0] } ?? [])
    finding.targets = [node.id]
    finding.rationale =
      management
      ? "Critical: the user administers the management account, which service control "
        + "policies never restrict, and from there every member account."
      : "High: long-lived user credentials (password, access keys) can do everything in "
        + "account \(account)."
    finding.rules = ["ADM-1", "ADM-2", "ADM-3"]
    return finding
  }
}
