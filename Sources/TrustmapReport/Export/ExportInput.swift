import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// What every export reads: the analysis (graph, tiers, findings) and the organisation.
public struct ExportInput: Sendable {
  /// Graph, reachability, tiers and findings.
  public let analysis: TrustAnalysis
  /// Accounts and the Organizations structure.
  public let organization: Organization

  /// Bundles an analysis with the organisation it was made from.
  public init(analysis: TrustAnalysis, organization: Organization) {
    self.analysis = analysis
    self.organization = organization
  }

  /// The trust graph.
  public var graph: TrustGraph { analysis.graph }

  /// Every account the export names, sorted: imported, in the organisation, listed as external
  /// in the org export, owning a graph node, or named by a finding.
  public var accounts: [AccountID] {
    var ids = Set(organization.accounts.map(\.id))
    if let structure = organization.structure {
      ids.formUnion(structure.accounts.map(\.id))
      ids.formUnion(structure.externalAccounts.map(\.id))
    }
    var last: AccountID?
    for node in graph.nodes {
      guard let account = node.account, account != last else { continue }
      ids.insert(account)
      last = account
    }
    for finding in analysis.findings { ids.formUnion(finding.accounts) }
    return ids.sorted()
  }

  /// The findings whose evidence path runs over each edge, keyed by the edge's source, then
  /// (target, kind): a small index, since few edges are on a finding's path.
  public func findingsByEdge() -> [NodeID: [EdgeFindings]] {
    var index: [NodeID: [EdgeFindings]] = [:]
    for finding in analysis.findings {
      for hop in finding.path?.hops ?? [] {
        var list = index[hop.source, default: []]
        if let slot = list.firstIndex(where: { $0.target == hop.target && $0.kind == hop.kind }) {
          if !list[slot].findings.contains(finding.id) { list[slot].findings.append(finding.id) }
        } else {
          list.append(EdgeFindings(target: hop.target, kind: hop.kind, findings: [finding.id]))
        }
        index[hop.source] = list
      }
    }
    return index.mapValues { lists in
      lists.map { EdgeFindings(target: $0.target, kind: $0.kind, findings: $0.findings.sorted()) }
    }
  }
}

/// The findings on one edge's path.
public struct EdgeFindings: Hashable, Sendable {
  /// The edge's target.
  public var target: NodeID
  /// The edge's kind.
  public var kind: EdgeKind
  /// Finding ids, sorted.
  public var findings: [String]
}

/// Looks up the findings on edges read in source order: the source's list is found once per
/// run of edges from it, not hashed for every edge.
struct FindingLookup {
  private let index: [NodeID: [EdgeFindings]]
  private var source: NodeID?
  private var list: [EdgeFindings] = []

  init(_ index: [NodeID: [EdgeFindings]]) { self.index = index }

  /// The finding ids on `edge`, sorted.
  mutating func ids(_ edge: GraphEdge) -> [String] {
    guard !index.isEmpty else { return [] }
    if edge.source != source {
      source = edge.source
      list = index[edge.source] ?? []
    }
    guard !list.isEmpty else { return [] }
    return list.first { $0.target == edge.target && $0.kind == edge.kind }?.findings ?? []
  }
}
