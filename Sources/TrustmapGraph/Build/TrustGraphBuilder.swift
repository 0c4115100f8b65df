import TrustmapModel
import TrustmapPolicy

/// Builds the `TrustGraph` of an organisation: principal and group nodes from the model, admin
/// assessments (§5.1), then for each role the candidates of every `TrustRule`, each decided
/// exactly by the engine (§3.7); denied candidates are not edges (EDG-2).
public struct TrustGraphBuilder: Sendable {
  /// The imported organisation.
  public let organization: Organization
  /// The compiled engine for it.
  public let engine: PolicyEngine
  /// The edge rules, in order.
  public let rules: [any TrustRule]

  /// The rules used unless others are given.
  public static let defaultRules: [any TrustRule] = [
    NamedPrincipalRule(), AccountDelegationRule(), WildcardTrustRule(), FederatedTrustRule(),
    ServiceTrustRule(),
  ]

  /// Creates a builder.
  public init(
    organization: Organization, engine: PolicyEngine, rules: [any TrustRule] = defaultRules
  ) {
    self.organization = organization
    self.engine = engine
    self.rules = rules
  }

  /// Builds the graph.
  public func build() -> TrustGraph {
    // The candidate index, the admin assessments and the sorted trusts are independent and
    // each partly serial: built side by side they keep both cores busy.
    let sides = engine.sortedIdentities
    let (index, (admins, trusts)) = Concurrently.both(
      { CandidateIndex(organization: organization, engine: engine, sides: sides) },
      { Concurrently.both({ adminAssessments(sides: sides) }, { engine.sortedTrusts }) })
    var nodes = principalNodes(admins: admins)
    let shared = RoleEdges.Shared(index)
    let perRole = ParallelMap.map(trusts) { trust in
      let result = self.edges(for: trust, index: index, shared: shared)
      // Trimmed at once, so the freed room serves the next roles' allocations.
      result.edges.trim()
      return result
    }
    var placeholders: [NodeID: GraphNode] = [:]
    for result in perRole {
      for node in result.placeholders where placeholders[node.id] == nil {
        placeholders[node.id] = node
      }
    }
    nodes += placeholders.values
    let dangling = trusts.flatMap { trust in
      trust.danglingPrincipalIDs.map { DanglingTrust(role: trust.roleARN, uniqueID: $0) }
    }
    // The per-role runs go to the graph as they are: it moves every edge into its sorted
    // place, so concatenating millions of edges first would only copy them once more.
    return TrustGraph(
      nodes: nodes, edgeRuns: [EdgeRun(membershipEdges())] + perRole.map(\.edges),
      danglingTrusts: dangling)
  }

  /// Edges into one role, with the placeholder nodes their callers need; `shared` is made from
  /// `index` when not given.
  func edges(for trust: TrustSide, index: CandidateIndex, shared: RoleEdges.Shared? = nil) -> (
    edges: EdgeRun, placeholders: [GraphNode]
  ) {
    var sink = RoleEdges(trust: trust, shared: shared ?? RoleEdges.Shared(index))
    for rule in rules { rule.visitCandidates(for: trust, index: index, into: &sink) }
    return (sink.edges, sink.placeholders)
  }

  /// user → group edges (display only, never traversed).
  func membershipEdges() -> [GraphEdge] {
    organization.accounts.flatMap { account in
      account.users.flatMap { user in
        account.groups(of: user).map { group in
          GraphEdge(
            source: NodeID(user.arn), target: NodeID(group.arn), kind: .memberOf, decision: .fact)
        }
      }
    }
  }
}
