import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Everything the reports need from one analysis run: graph, reachability, tiers, findings
/// and the blast radius of admin roles.
public struct TrustAnalysis: Sendable {
  /// The graph.
  public let graph: TrustGraph
  /// Transitive reachability.
  public let reachability: Reachability
  /// Account tiers.
  public let tiers: AccountTiers
  /// Findings, most severe first.
  public let findings: [Finding]

  /// Runs reachability and findings over a built graph.
  public init(graph: TrustGraph, engine: PolicyEngine, tiers: AccountTiers) {
    self.init(graph: graph, engine: engine, tiers: tiers, reachability: Reachability(graph: graph))
  }

  /// Splits the run into its phases for timing: reachability, then findings.
  public init(
    graph: TrustGraph, engine: PolicyEngine, tiers: AccountTiers, reachability: Reachability
  ) {
    self.graph = graph
    self.tiers = tiers
    self.reachability = reachability
    let found = EscalationFindings.all(reachability, tiers) + TrustFindings.all(graph, engine)
    findings = Self.explained(found, engine).sorted()
  }

  /// `findings` with the administrator at their end explained (ADM-1, ADM-2): the admin user,
  /// or the administrator role a path ends at; each admin is explained once.
  static func explained(_ findings: [Finding], _ engine: PolicyEngine) -> [Finding] {
    func admin(_ finding: Finding) -> NodeID? {
      switch finding.kind {
      case .adminUser: return finding.principals.first
      case .crossAccountEscalation: return finding.path?.end
      default: return nil
      }
    }
    let admins = Array(Set(findings.compactMap(admin))).sorted()
    let explanations = ParallelMap.map(admins, minimumCount: 2) { id in
      ARN(id.rawValue).flatMap(engine.identitySide).flatMap(engine.adminExplanation)
    }
    let byAdmin = Dictionary(uniqueKeysWithValues: zip(admins, explanations))
    return findings.map { finding in
      var finding = finding
      finding.admin = admin(finding).flatMap { byAdmin[$0] ?? nil }
      return finding
    }
  }

  /// Admin roles ordered by blast radius: how many imported principals can reach each (most
  /// first, then by id).
  public func blastRadius(limit: Int = 20) -> [BlastRadius] {
    let nodes = graph.nodes
    let admins = reachability.labels.admins
    let principals = reachability.labels.principals
    let reversed = reachability.digraph.reversed()
    // One search per admin role, independent of each other: on both cores.
    let roles = admins.indices.filter { admins[$0] }
    let reached = ParallelMap.map(roles, minimumCount: 2) { admin in
      var count = 0
      reversed.nodes(reachableFrom: [admin]).forEachMember { node in
        if node != admin && principals[node] { count += 1 }
      }
      return (admin, count)
    }
    let counts = reached.map { BlastRadius(role: nodes[$0.0].id, principals: $0.1) }
    return Array(
      counts.sorted { ($1.principals, $0.role) < ($0.principals, $1.role) }.prefix(limit))
  }
}

/// How many principals can reach an admin role.
public struct BlastRadius: Hashable, Sendable {
  /// The admin role.
  public var role: NodeID
  /// Imported users and roles that reach it (conditional paths count).
  public var principals: Int
}
