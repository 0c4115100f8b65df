/// Orders principals by how much a reader needs to see them: administrators, then those with
/// cross-account edges, then by number of edges, then by name.
struct PrincipalRanking {
  private var score: [String: Int] = [:]

  init(_ input: AccountViewInput) {
    let account = Dictionary(
      input.principals.map { ($0.id, $0.accountID) }, uniquingKeysWith: { first, _ in first })
    for link in input.links {
      let cross = account[link.from] != account[link.to]
      let weight = (cross ? 10 : 1) + (link.isPublic ? 100 : 0)
      score[link.from, default: 0] += weight
      score[link.to, default: 0] += weight
    }
    for principal in input.principals where principal.isAdmin {
      score[principal.id, default: 0] += 1_000
    }
  }

  func ordered(_ principals: [DiagramPrincipal]) -> [DiagramPrincipal] {
    principals.sorted {
      (-(score[$0.id] ?? 0), $0.name, $0.id) < (-(score[$1.id] ?? 0), $1.name, $1.id)
    }
  }
}

/// Principals that were folded into group boxes, and the box each one went to.
struct PrincipalGrouping {
  struct Group {
    let key: String
    let name: String
    /// Whether the group gathers principals of several accounts (drawn outside any box).
    let spansAccounts: Bool
    var members: [DiagramPrincipal]
  }

  private(set) var groups: [String: Group] = [:]
  private var groupOf: [String: String] = [:]

  /// Keeps the first `limit` principals of `ordered` and groups the rest by `name`, per
  /// account unless `spansAccounts`.
  mutating func keep(
    _ ordered: [DiagramPrincipal], limit: Int, spansAccounts: Bool = false,
    groupName: (DiagramPrincipal) -> String
  ) -> [DiagramPrincipal] {
    guard ordered.count > limit else { return ordered }
    for principal in ordered.dropFirst(limit) {
      let name = groupName(principal)
      let key = "group:" + (spansAccounts ? "*" : principal.accountID) + ":" + name
      let empty = Group(key: key, name: name, spansAccounts: spansAccounts, members: [])
      groups[key, default: empty].members.append(principal)
      groupOf[principal.id] = key
    }
    return Array(ordered.prefix(limit))
  }

  /// The node key an edge end is drawn at: the principal's own, or its group's.
  func representative(_ id: String) -> String {
    groupOf[id] ?? id
  }
}

/// Trust edges after grouping: one edge per pair of drawn ends, counted and styled.
struct MergedEdges {
  private(set) var edges: [DiagramEdge] = []
  private(set) var hiddenWithinGroups = 0

  init(_ links: [DiagramTrust], grouping: PrincipalGrouping, principals: [DiagramPrincipal]) {
    let byID = Dictionary(principals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var buckets: [String: [DiagramTrust]] = [:]
    var order: [String] = []
    for link in links {
      let (from, to) = (grouping.representative(link.from), grouping.representative(link.to))
      if from == to && from != link.from {
        hiddenWithinGroups += 1
        continue
      }
      let key = from + "\u{0}" + to
      if buckets[key] == nil { order.append(key) }
      buckets[key, default: []].append(link)
    }
    for key in order.sorted() {
      guard let bucket = buckets[key], let first = bucket.first else { continue }
      let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
      edges.append(Self.edge(bucket, first: first, from: parts[0], to: parts[1], byID: byID))
    }
  }

  private static func edge(
    _ bucket: [DiagramTrust], first: DiagramTrust, from: String, to: String,
    byID: [String: DiagramPrincipal]
  ) -> DiagramEdge {
    var merged = first
    merged.isConditional = bucket.allSatisfy(\.isConditional)
    merged.isPublic = bucket.contains(where: \.isPublic)
    merged.isEscalation = bucket.allSatisfy(\.isEscalation)
    let intoAdmin = bucket.contains { byID[$0.to]?.isAdmin ?? false }
    let cross = bucket.contains { byID[$0.from]?.accountID != byID[$0.to]?.accountID }
    let label: DiagramLabel? =
      bucket.count == 1
      ? TrustStyle.compactLabel(first) : .text("\(bucket.count) edges")
    return TrustStyle.edge(
      merged, crossAccount: cross, intoAdmin: intoAdmin, label: label, from: from, to: to)
  }
}
