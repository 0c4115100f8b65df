import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapRender

/// A minimal Analysis → `OverviewInput` adapter for the benchmark (the CLI's own adapter is
/// not on main yet): the OU tree, the accounts, and one link per cross-account edge.
enum OverviewAdapter {
  /// The overview input of an analysed organisation.
  static func input(_ organization: Organization, _ analysis: TrustAnalysis) -> OverviewInput {
    let structure = organization.structure
    let names = Dictionary(
      (structure?.accounts ?? []).map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { a, _ in a }
    )
    let accounts = organization.accounts.map {
      OverviewAccount(id: $0.id.rawValue, name: names[$0.id.rawValue] ?? $0.id.rawValue)
    }
    let graph = analysis.graph
    var links: [OverviewLink] = []
    for edge in graph.edges where edge.kind.isTraversable {
      guard let source = graph.node(edge.source), let target = graph.node(edge.target),
        let from = source.account, let to = target.account, from != to
      else { continue }
      links.append(
        OverviewLink(
          from: from.rawValue, to: to.rawValue, intoAdmin: target.isAdmin,
          isConditional: !edge.isAllowed, isPublic: edge.decision.attributes.isPublic))
    }
    return OverviewInput(
      organizationName: structure?.id ?? "organisation", root: root(structure, accounts),
      accounts: accounts, links: links)
  }

  /// The OU tree, or one flat root when there is no org export.
  static func root(_ structure: OrgStructure?, _ accounts: [OverviewAccount]) -> OverviewUnit {
    guard let structure, let top = structure.roots.first else {
      return OverviewUnit(id: "root", name: "Root", accountIDs: accounts.map(\.id))
    }
    func unit(_ id: String, _ name: String) -> OverviewUnit {
      OverviewUnit(
        id: id, name: name,
        accountIDs: structure.accounts.filter { $0.parentID == id }.map(\.id.rawValue),
        children: structure.units.filter { $0.parentID == id }.map { unit($0.id, $0.name) })
    }
    return unit(top.id, top.name)
  }
}
