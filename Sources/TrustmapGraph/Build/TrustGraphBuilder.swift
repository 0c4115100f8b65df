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
    let perRole = ParallelMap.map(trusts) { trust in
      let result = self.edges(for: trust, index: index)
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

  /// Edges into one role, with the placeholder nodes their callers need.
  func edges(for trust: TrustSide, index: CandidateIndex) -> (
    edges: EdgeRun, placeholders: [GraphNode]
  ) {
    var seen = CandidateSet()
    let edges = EdgeRun()
    var placeholders: [GraphNode] = []
    let target = NodeID(rawValue: trust.roleARNText)
    var screen = DenialScreen()
    // The role's candidates come mostly from a few accounts: their SCP terms are shared.
    let memo = GuardrailMemo(role: trust)
    for rule in rules {
      let candidates = rule.candidates(for: trust, index: index)
      seen.reserve(candidates.count)
      // Fields are read in place: copying a whole candidate out copies its placeholder too.
      for position in candidates.indices {
        let kind = candidates[position].kind
        let node = candidates[position].node
        guard seen.insert(CandidateKey(node: node, kind: kind)) else { continue }
        let caller = candidates[position].caller
        // The truth-only verdict (checked against the detailed path by the fast-path tests)
        // drops denied candidates without building provenance, but costs a third of a
        // decision: worth it only where many candidates of this role are denied.
        if screen.isOn, engine.assumeRoleVerdict(caller: caller, role: trust).isDenied {
          continue
        }
        let decision = engine.decideAssumeRole(caller: caller, role: trust, memo: memo)
        screen.record(denied: decision.isDenied)
        guard !decision.isDenied else { continue }
        edges.append(GraphEdge(source: node, target: target, kind: kind, decision: decision))
        if let placeholder = candidates[position].placeholder { placeholders.append(placeholder) }
      }
    }
    return (edges, placeholders)
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

/// Decides, per role, whether to screen candidates with the truth-only verdict first.
///
/// The candidate index already leaves out principals whose policies cannot allow the call,
/// so most candidates become edges (all but 508 of 456,370 in a generated 100 × 1,000 org)
/// and screening them only adds work. Once a fifth of a role's first 16 or more decisions
/// are denials, the rest of its candidates are screened. Either way the edges are the same.
struct DenialScreen {
  private var decided = 0
  private var denied = 0
  /// True once screening pays.
  private(set) var isOn = false

  /// Counts one full decision (screened candidates are not counted).
  mutating func record(denied wasDenied: Bool) {
    guard !isOn else { return }
    decided += 1
    if wasDenied { denied += 1 }
    isOn = decided >= 16 && denied * 5 >= decided
  }
}
