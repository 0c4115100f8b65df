import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

extension DiagramAdapter {
  /// The overview: the OU tree, every account with its tier, outsiders (accounts outside the
  /// organisation, OIDC and non-Identity-Center SAML providers, the public) and one link per
  /// principal-level trust edge between two different accounts.
  ///
  /// Service principals and Identity Center sign-in (`AWSSSO_…` SAML providers) are left out
  /// of the drawing, and a note counts them: they enter every account and would hide the trust
  /// between accounts.
  public func overview() -> OverviewInput {
    var outsiders: [String: OverviewOutsider] = [:]
    var links: [OverviewLink: Int] = [:]
    var identityCenter = Set<String>()
    let unguarded = unguardedTargets
    let endpoints = analysis.reachability.edgeEndpoints()
    // Buffers read nodes and edges in place (array reads would copy each one first).
    graph.nodes.withUnsafeBufferPointer { nodes in
      graph.edges.withUnsafeBufferPointer { edges in
        for position in edges.indices {
          guard let ends = endpoints[position], nodes[ends.target].kind == .role,
            let targetAccount = nodes[ends.target].account
          else { continue }
          let source = nodes[ends.source]
          if source.kind == .samlProvider, source.name.hasPrefix("AWSSSO_") {
            identityCenter.insert(targetAccount.rawValue)
            continue
          }
          guard let from = linkSource(source, &outsiders) else { continue }
          let link = OverviewLink(
            from: from, to: targetAccount.rawValue, intoAdmin: nodes[ends.target].isAdmin,
            isConditional: !edges[position].isAllowed,
            isPublic: Self.isPublic(edges[position], from: source.kind, unguarded: unguarded))
          links[link, default: 0] += 1
        }
      }
    }
    var notes: [String] = []
    if !identityCenter.isEmpty {
      notes.append(
        "IAM Identity Center sign-in to \(identityCenter.count) account(s) and AWS service "
          + "trusts are not drawn")
    }
    return OverviewInput(
      organizationName: organization.structure?.id ?? "imported accounts", root: rootUnit(),
      accounts: overviewAccounts(), outsiders: outsiders.values.sorted { $0.key < $1.key },
      links: Self.merged(links), notes: notes)
  }

  /// One link per distinct (from, to, flags) with its count, sorted by all of them.
  static func merged(_ counts: [OverviewLink: Int]) -> [OverviewLink] {
    let flags = { (link: OverviewLink) in
      (link.intoAdmin ? 4 : 0) + (link.isConditional ? 2 : 0) + (link.isPublic ? 1 : 0)
    }
    return counts.map { link, count in
      var link = link
      link.count = count
      return link
    }
    .sorted { ($0.from, $0.to, flags($0)) < ($1.from, $1.to, flags($1)) }
  }

  /// The overview key a link starts from: the caller's account, or an outsider's key.
  private func linkSource(_ node: GraphNode, _ outsiders: inout [String: OverviewOutsider])
    -> String?
  {
    switch node.kind {
    case .user, .role:
      return node.account?.rawValue
    case .externalAccount, .externalPrincipal:
      guard let account = node.account else { return nil }
      let key = NodeID.externalAccount(account).rawValue
      outsiders[key] = OverviewOutsider(
        key: key,
        name: accountName(account).map { $0 + " (" + account.rawValue + ")" }
          ?? "account " + account.rawValue, kind: .externalAccount)
      return key
    case .publicAny:
      outsiders[node.id.rawValue] = OverviewOutsider(
        key: node.id.rawValue, name: "anyone (*)", kind: .anyone)
      return node.id.rawValue
    case .oidcProvider, .samlProvider:
      let key = "idp:" + node.name
      outsiders[key] = OverviewOutsider(key: key, name: node.name, kind: .identityProvider)
      return key
    case .service, .group:
      return nil
    }
  }

  private func overviewAccounts() -> [OverviewAccount] {
    let ids = Set(organization.accounts.map(\.id)).union(
      organization.structure?.accounts.map(\.id) ?? [])
    return ids.sorted().map { id in
      OverviewAccount(
        id: id.rawValue, name: accountName(id) ?? id.rawValue, tier: renderTier(id))
    }
  }

  /// The OU tree of the Organizations export; without one, a root holding every account.
  public func rootUnit() -> OverviewUnit {
    guard let structure = organization.structure, let root = structure.roots.first else {
      return OverviewUnit(
        id: "accounts", name: "(no Organizations export)",
        accountIDs: organization.accounts.map(\.id.rawValue).sorted())
    }
    func unit(id: String, name: String) -> OverviewUnit {
      OverviewUnit(
        id: id, name: name,
        accountIDs: structure.accounts.filter { $0.parentID == id }.map(\.id.rawValue).sorted(),
        children: structure.units.filter { $0.parentID == id }.sorted { $0.name < $1.name }.map {
          unit(id: $0.id, name: $0.name)
        })
    }
    return unit(id: root.id, name: structure.id)
  }
}
