import Foundation
import Testing
import TrustmapImport
import TrustmapModel
import TrustmapPolicy
import TrustmapSynthesis

@testable import TrustmapGraph

/// The graph builder's shortcuts (admin probes shared per `AdminShareKey`, candidate search
/// only over groups that may allow `sts:AssumeRole`) give exactly what per-principal work gives.
@Suite("Shared evaluation equals per-principal evaluation")
struct SharedEvaluationTests {
  /// Samples/ and a generated 12×40 organisation.
  static let organizations: [(String, Organization)] = {
    var result: [(String, Organization)] = []
    if let samples = try? Importer.load(inputs: [SamplesAnalysis.samples]) {
      result.append(("Samples", samples.organization))
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmap-shared-\(getpid())", isDirectory: true)
    let options = SynthesisOptions(
      accountCount: 12, rolesPerAccount: 40, usersPerAccount: 10, seed: 7)
    if (try? OrganizationSynthesizer(options: options).write(to: folder)) != nil,
      let generated = try? Importer.load(inputs: [folder.path])
    {
      result.append(("generated 12x40", generated.organization))
    }
    try? FileManager.default.removeItem(at: folder)
    return result
  }()

  static func engine(_ organization: Organization) -> PolicyEngine {
    PolicyEngine(
      organization: organization,
      options: EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_899_200)))
  }

  @Test("both organisations load")
  func loads() {
    #expect(Self.organizations.map(\.0) == ["Samples", "generated 12x40"])
  }

  @Test("ADM-1..4: every node's admin assessment is the principal's own", arguments: [0, 1])
  func adminAssessments(_ position: Int) throws {
    let (_, organization) = try #require(Self.organizations.dropFirst(position).first)
    let engine = Self.engine(organization)
    let graph = TrustGraphBuilder(organization: organization, engine: engine).build()
    var checked = 0
    for side in engine.sortedIdentities {
      let node = try #require(graph.node(NodeID(side.arn)))
      #expect(node.admin == engine.adminAssessment(of: side), "\(side.arn)")
      checked += 1
    }
    #expect(checked > 20)
    #expect(graph.nodes.contains { $0.isAdmin })
  }

  @Test(
    "AdminShareKey.keys(of:) with its per-account memo gives each principal's own key",
    arguments: [0, 1])
  func adminShareKeysInBatch(_ position: Int) throws {
    let (_, organization) = try #require(Self.organizations.dropFirst(position).first)
    let sides = Self.engine(organization).sortedIdentities
    let batch = AdminShareKey.keys(of: sides[...])
    #expect(batch.count == sides.count)
    for (side, key) in zip(sides, batch) {
      #expect(key == (side.mayAllowSelfEscalation ? nil : AdminShareKey(side)), "\(side.arn)")
    }
    #expect(batch.compactMap { $0 }.count > 20)
  }

  @Test(
    "§3.7: pre-filtered candidates give the edges of trying every principal", arguments: [0, 1])
  func edgesMatchExhaustiveSearch(_ position: Int) throws {
    let (_, organization) = try #require(Self.organizations.dropFirst(position).first)
    let engine = Self.engine(organization)
    let fast = TrustGraphBuilder(organization: organization, engine: engine).build()
    let exhaustive = TrustGraphBuilder(
      organization: organization, engine: engine,
      rules: [EveryPrincipalRule()] + TrustGraphBuilder.defaultRules
    ).build()
    #expect(fast.edges.count > 50)
    #expect(fast.edges == exhaustive.edges)
    #expect(fast.nodes.map(\.id) == exhaustive.nodes.map(\.id))
  }

  @Test(
    "the per-class AssumeRole filter answers as mayAllow for every principal and role",
    arguments: [0, 1])
  func assumeFilterMatchesMayAllow(_ position: Int) throws {
    let (_, organization) = try #require(Self.organizations.dropFirst(position).first)
    let engine = Self.engine(organization)
    var allowed = 0
    for side in engine.sortedIdentities {
      let filter = AssumeFilter(side)
      for trust in engine.sortedTrusts {
        let expected = side.mayAllow(action: "sts:AssumeRole", on: trust.roleARN)
        #expect(filter.mayAllow(on: trust.roleARN) == expected, "\(side.arn) \(trust.roleARN)")
        if expected { allowed += 1 }
      }
    }
    #expect(allowed > 100)
  }

  @Test("TRU-7: a role session ARN finds its role by account and name", arguments: [0, 1])
  func roleSessions(_ position: Int) throws {
    let (_, organization) = try #require(Self.organizations.dropFirst(position).first)
    let engine = Self.engine(organization)
    let index = CandidateIndex(organization: organization, engine: engine)
    let roles = engine.sortedIdentities.filter { $0.kind == .role }
    #expect(!roles.isEmpty)
    for role in roles {
      let session = try #require(
        ARN("arn:\(role.arn.partition):sts::\(role.accountID):assumed-role/\(role.name)/s"))
      let found = index.roleSide(sessionARN: session)
      let first = roles.first { $0.accountID == role.accountID && $0.name == role.name }
      #expect(found?.arn == first?.arn, "\(role.arn)")
    }
    let unknown = try #require(ARN("arn:aws:sts::111111111111:assumed-role/no-such-role/s"))
    #expect(index.roleSide(sessionARN: unknown) == nil)
  }

  @Test("edges are in (source, target, kind) order of the id strings", arguments: [0, 1])
  func edgeOrder(_ position: Int) throws {
    let (_, organization) = try #require(Self.organizations.dropFirst(position).first)
    let graph = TrustGraphBuilder(organization: organization, engine: Self.engine(organization))
      .build()
    let keys = graph.edges.map { ($0.source.rawValue, $0.target.rawValue, $0.kind.rawValue) }
    #expect(keys.count > 50)
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    // Shuffled input sorts back to the same order.
    let shuffled = TrustGraph(nodes: graph.nodes.reversed(), edges: graph.edges.reversed())
    #expect(shuffled.edges == graph.edges)
  }
}

/// Every imported user and role is a candidate for every role.
struct EveryPrincipalRule: TrustRule {
  func visitCandidates<Sink: CandidateSink>(
    for trust: TrustSide, index: CandidateIndex, into sink: inout Sink
  ) {
    for side in index.engine.sortedIdentities {
      sink.add(EdgeCandidate(caller: .principal(side), node: NodeID(side.arn), kind: .assumeRole))
    }
  }
}
