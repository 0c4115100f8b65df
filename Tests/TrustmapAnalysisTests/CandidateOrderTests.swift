import Testing
import TrustmapModel
import TrustmapPolicy

@testable import TrustmapGraph

/// The per-role edge builder (`RoleEdges`) keys imported principals by their side instead of
/// their node text: the edges, their order and which duplicate is kept must be those of the
/// plain rule: every candidate of every rule in order, the first of each (node, kind) decided.
@Suite("Per-role edges follow candidate order")
struct CandidateOrderTests {
  /// The edges of `trust` by the plain rule, from the rules' candidate lists.
  static func plainEdges(
    _ trust: TrustSide, _ index: CandidateIndex, _ rules: [any TrustRule]
  ) -> [GraphEdge] {
    var seen: Set<CandidateKey> = []
    var edges: [GraphEdge] = []
    let target = NodeID(rawValue: trust.roleARNText)
    for rule in rules {
      for candidate in rule.candidates(for: trust, index: index)
      where seen.insert(CandidateKey(node: candidate.node, kind: candidate.kind)).inserted {
        let decision = index.engine.decideAssumeRole(caller: candidate.caller, role: trust)
        guard !decision.isDenied else { continue }
        edges.append(
          GraphEdge(
            source: candidate.node, target: target, kind: candidate.kind, decision: decision))
      }
    }
    return edges
  }

  @Test(
    "EDG-2, §3.7: each role's edges equal the plain rule's, in order, also with every principal repeated",
    arguments: [0, 1])
  func sameEdgesInOrder(_ position: Int) throws {
    let (_, organization) = try #require(
      SharedEvaluationTests.organizations.dropFirst(position).first)
    let engine = SharedEvaluationTests.engine(organization)
    let index = CandidateIndex(organization: organization, engine: engine)
    let ruleSets: [[any TrustRule]] = [
      TrustGraphBuilder.defaultRules, TrustGraphBuilder.defaultRules + [EveryPrincipalRule()],
    ]
    var compared = 0
    for rules in ruleSets {
      let builder = TrustGraphBuilder(organization: organization, engine: engine, rules: rules)
      for trust in engine.sortedTrusts {
        let built = builder.edges(for: trust, index: index).edges.edges
        let plain = Self.plainEdges(trust, index, rules)
        #expect(built == plain, "\(trust.roleARN)")
        compared += plain.count
      }
    }
    #expect(compared > 100)
  }

  @Test("a principal's generic candidate and its side are one key; another kind is another")
  func principalKeys() throws {
    let (_, organization) = try #require(SharedEvaluationTests.organizations.last)
    let engine = SharedEvaluationTests.engine(organization)
    let index = CandidateIndex(organization: organization, engine: engine)
    let builder = TrustGraphBuilder(organization: organization, engine: engine)
    // A role with an edge from an imported principal.
    let found = engine.sortedTrusts.lazy.compactMap { trust -> (TrustSide, IdentitySide)? in
      let edges = builder.edges(for: trust, index: index).edges.edges
      guard let source = edges.first(where: { engine.identities[$0.source.rawValue] != nil })
      else { return nil }
      return engine.identities[source.source.rawValue].map { (trust, $0) }
    }.first
    let (trust, side) = try #require(found)
    var edges = RoleEdges(trust: trust, shared: RoleEdges.Shared(index))
    var otherKind = EdgeCandidate.principal(side)
    otherKind.kind = .serviceTrust
    edges.add(.principal(side))
    edges.principal(side)
    edges.add(.principal(side))
    edges.add(otherKind)
    edges.principal(side)
    #expect(edges.edges.edges.map(\.kind) == [.assumeRole, .serviceTrust])
    #expect(edges.edges.edges.allSatisfy { $0.source.rawValue == side.arnText })
  }
}
