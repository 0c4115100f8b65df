import TrustmapAnalysis
import TrustmapGraph

/// The nodes and edges an export writes, by position in `TrustGraph.nodes` and `.edges`.
///
/// The attack-relevant subgraph keeps a traversable edge when
/// 1. its target is an administrator or leads to one over traversable edges (a path into an
///    admin; ADM-5: reaching an admin of an account is reaching everything in it),
/// 2. it crosses accounts, or
/// 3. it starts outside the imported accounts: the public (`*`), an external account or
///    principal, or a SAML or OIDC provider (the entry points from outside).
///
/// It keeps every administrator, the endpoints of kept edges, and the group memberships
/// (display only, never traversed) of kept users. Service-principal edges count only through
/// rule 1 or 2.
public struct ExportSubgraph: Sendable {
  /// Whether each node is written.
  public let nodeKept: [Bool]
  /// Whether each edge is written.
  public let edgeKept: [Bool]

  /// Everything.
  public static func all(_ graph: TrustGraph) -> ExportSubgraph {
    ExportSubgraph(
      nodeKept: Array(repeating: true, count: graph.nodes.count),
      edgeKept: Array(repeating: true, count: graph.edges.count))
  }

  /// The part `scope` names.
  public static func make(_ scope: ExportScope, _ analysis: TrustAnalysis) -> ExportSubgraph {
    switch scope {
    case .all: return all(analysis.graph)
    case .attackPaths: return attackPaths(analysis.reachability)
    }
  }

  /// The attack-relevant subgraph.
  public static func attackPaths(_ reach: Reachability) -> ExportSubgraph {
    let graph = reach.graph
    let admins = graph.nodes.indices.filter { graph.nodes[$0].isAdmin }
    let leadsToAdmin = reach.digraph.reversed().nodes(reachableFrom: admins)
    var nodeKept = Array(repeating: false, count: graph.nodes.count)
    for admin in admins { nodeKept[admin] = true }
    var edgeKept = Array(repeating: false, count: graph.edges.count)
    for (position, endpoints) in reach.edgeEndpoints().enumerated() {
      guard let endpoints else { continue }
      let edge = graph.edges[position]
      let entry = isEntryPoint(graph.nodes[endpoints.source].kind)
      guard
        leadsToAdmin.contains(endpoints.target) || edge.decision.attributes.crossAccount || entry
      else { continue }
      edgeKept[position] = true
      nodeKept[endpoints.source] = true
      nodeKept[endpoints.target] = true
    }
    keepMemberships(graph, nodeKept: &nodeKept, edgeKept: &edgeKept)
    return ExportSubgraph(nodeKept: nodeKept, edgeKept: edgeKept)
  }

  /// Memberships of kept users, with their groups.
  private static func keepMemberships(
    _ graph: TrustGraph, nodeKept: inout [Bool], edgeKept: inout [Bool]
  ) {
    for (position, edge) in graph.edges.enumerated() where !ExportEdge.isTraversable(edge.kind) {
      guard let user = graph.nodeIndex(of: edge.source), nodeKept[user],
        let group = graph.nodeIndex(of: edge.target)
      else { continue }
      edgeKept[position] = true
      nodeKept[group] = true
    }
  }

  /// Nodes through which someone outside the imported accounts comes in.
  static func isEntryPoint(_ kind: NodeKind) -> Bool {
    switch kind {
    case .publicAny, .externalAccount, .externalPrincipal, .samlProvider, .oidcProvider: return true
    case .user, .role, .group, .service: return false
    }
  }

  /// How many nodes and edges are written.
  public var counts: (nodes: Int, edges: Int) {
    (nodeKept.lazy.filter { $0 }.count, edgeKept.lazy.filter { $0 }.count)
  }
}
