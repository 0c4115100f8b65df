import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Findings read straight off edges and nodes: public, OIDC, external and dangling trusts and
/// admin users.
enum TrustFindings {
  static func all(_ graph: TrustGraph, _ engine: PolicyEngine) -> [Finding] {
    var findings: [Finding] = []
    for source in trustingSources(graph) {
      for edge in graph.edges(from: source.id) where edge.kind != .memberOf {
        switch source.kind {
        case .publicAny: findings += publicTrust(edge, engine)
        case .oidcProvider: findings += oidc(edge)
        default: findings += external(edge, source)
        }
      }
    }
    for dangling in graph.danglingTrusts {
      findings.append(
        Finding(
          kind: .danglingTrustPrincipal, subject: dangling.role.rawValue + ":" + dangling.uniqueID,
          severity: .low,
          title:
            "\(dangling.role) trusts \(dangling.uniqueID), a deleted principal's unique id (stale trust; clean up)",
          principals: [NodeID(dangling.role)], accounts: dangling.role.accountID.map { [$0] } ?? [],
          evidence: ["TRU-9: the id matches no imported UserId/RoleId; no edge"]))
    }
    for node in adminUsers(graph) {
      let management = node.admin?.tier == 0
      findings.append(
        Finding(
          kind: .adminUser, subject: node.id.rawValue, severity: management ? .critical : .high,
          title: "IAM user \(node.id) is an administrator of \(node.account?.rawValue ?? "?")",
          principals: [node.id], accounts: node.account.map { [$0] } ?? [],
          evidence: node.admin?.reasons ?? []))
    }
    return findings
  }

  /// The public, OIDC providers and external accounts and principals, in id order.
  ///
  /// They are the only sources of the edges these findings read, and their edges follow in the
  /// same order: looking them up beats copying millions of edges and hashing each source id.
  static func trustingSources(_ graph: TrustGraph) -> [GraphNode] {
    let kinds: [NodeKind] = [.publicAny, .oidcProvider, .externalAccount, .externalPrincipal]
    return graph.nodes.withUnsafeBufferPointer { nodes in
      nodes.indices.compactMap { position -> GraphNode? in
        guard kinds.contains(nodes[position].kind) else { return nil }
        // An id given twice is one node: its first (`TrustGraph.node(_:)`).
        if position > 0, nodes[position - 1].id == nodes[position].id { return nil }
        return nodes[position]
      }
    }
  }

  /// Imported users that are admins, in id order, without copying every node.
  static func adminUsers(_ graph: TrustGraph) -> [GraphNode] {
    graph.nodes.withUnsafeBufferPointer { nodes in
      nodes.indices.compactMap { position -> GraphNode? in
        nodes[position].kind == .user && nodes[position].isAdmin ? nodes[position] : nil
      }
    }
  }

  static func publicTrust(_ edge: GraphEdge, _ engine: PolicyEngine) -> [Finding] {
    guard let role = ARN(edge.target.rawValue), engine.trustSide(for: role)?.isPublic == true else {
      return []
    }
    return [
      Finding(
        kind: .publicTrust, subject: role.rawValue, severity: .critical,
        title:
          "\(role) can be assumed by any AWS principal (Principal \"*\" with no effective guard)",
        principals: [edge.target], accounts: role.accountID.map { [$0] } ?? [],
        path: TrustPath(hops: [edge]), evidence: edge.decision.provenance.map(\.description))
    ]
  }

  /// TRU-16: a web-identity trust without a `sub` condition, or with an unanchored one.
  static func oidc(_ edge: GraphEdge) -> [Finding] {
    let subs = edge.decision.unresolved.compactMap { atom -> [String]? in
      guard case .condition(let key, _, let values) = atom.subject, atom.polarity == .requires,
        key.lowercased().hasSuffix(":sub")
      else { return nil }
      return values
    }
    let anchored = !subs.isEmpty && subs.allSatisfy { $0.allSatisfy(isAnchored) }
    guard !anchored else { return [] }
    let role = edge.target
    let why =
      subs.isEmpty
      ? "no sub condition" : "sub not anchored: " + subs.flatMap { $0 }.joined(separator: ", ")
    return [
      Finding(
        kind: .unguardedOIDCTrust, subject: role.rawValue, severity: .critical,
        title:
          "\(role) trusts \(edge.source.rawValue.dropFirst(4)) with \(why): any token holder of that issuer can assume it",
        principals: [edge.source, role], accounts: ARN(role.rawValue)?.accountID.map { [$0] } ?? [],
        path: TrustPath(hops: [edge]), evidence: edge.decision.unresolved.map(\.description))
    ]
  }

  /// A `sub` pattern pinned to something narrower than "any subject" (GitHub: one org).
  static func isAnchored(_ value: String) -> Bool {
    if value.hasPrefix("repo:") {
      let owner = value.dropFirst(5).prefix { $0 != "/" && $0 != ":" }
      return !owner.isEmpty && !owner.contains("*") && !owner.contains("?")
        && value.dropFirst(5 + owner.count).hasPrefix("/")
    }
    return !value.isEmpty && value.first != "*" && value != "*"
  }

  static func external(_ edge: GraphEdge, _ source: GraphNode) -> [Finding] {
    guard let account = source.account else { return [] }
    let outside = source.placement == .outsideOrganization
    let subject = edge.target.rawValue + ":" + account.rawValue
    var findings = [
      Finding(
        kind: .externalAccountTrust, subject: subject, severity: outside ? .medium : .info,
        title:
          "\(edge.target) trusts \(source.placement == .inOrganization ? "organisation account" : "external account") "
          + "\(account) (\(edge.source)), whose IAM data is not in the input",
        principals: [edge.source, edge.target],
        accounts: [account] + (ARN(edge.target.rawValue)?.accountID.map { [$0] } ?? []),
        path: TrustPath(hops: [edge]), evidence: edge.decision.unresolved.map(\.description))
    ]
    if outside, !edge.conditionLabels.contains("ExternalId") {
      findings.append(
        Finding(
          kind: .missingExternalID, subject: subject, severity: .high,
          title:
            "\(edge.target) trusts \(account), outside the organisation, without sts:ExternalId (confused deputy, S36)",
          principals: [edge.source, edge.target],
          accounts: [account] + (ARN(edge.target.rawValue)?.accountID.map { [$0] } ?? []),
          path: TrustPath(hops: [edge]), evidence: edge.decision.provenance.map(\.description)))
    }
    return findings
  }
}
