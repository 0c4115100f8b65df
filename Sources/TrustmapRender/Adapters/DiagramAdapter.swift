import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// Turns analysis results into the diagram views' inputs: pure functions of the trust graph,
/// the organisation and the tiers.
///
/// Names follow the CLI: a principal is drawn with its short name (`ci/deploy-runner`) in a box
/// captioned with its account's name; membership edges (`memberOf`) are never drawn (ESC-D).
public struct DiagramAdapter: Sendable {
  /// The analysed graph.
  public let analysis: TrustAnalysis
  /// The organisation, for account names and the OU tree.
  public let organization: Organization

  /// Creates an adapter over one analysis run.
  public init(analysis: TrustAnalysis, organization: Organization) {
    self.analysis = analysis
    self.organization = organization
  }

  var graph: TrustGraph { analysis.graph }

  /// The account's name from the Organizations export (members and known outsiders), if any.
  public func accountName(_ id: AccountID) -> String? {
    if let member = organization.structure?.account(id) { return member.name }
    return organization.structure?.externalAccounts.first { $0.id == id }?.name
  }

  /// The diagram principal for a graph node; unknown ids become an outside principal.
  public func principal(_ id: NodeID) -> DiagramPrincipal {
    guard let node = graph.node(id) else {
      return DiagramPrincipal(
        id: id.rawValue, name: id.rawValue, accountID: "", kind: .externalPrincipal)
    }
    let account = node.kind == .service || node.kind == .publicAny ? nil : node.account
    return DiagramPrincipal(
      id: id.rawValue, name: Self.shortName(node), accountID: account?.rawValue ?? "",
      accountName: account.flatMap(accountName), kind: Self.kind(node.kind),
      isAdmin: node.isAdmin, category: node.isServiceLinked ? "service-linked roles" : nil)
  }

  /// The diagram edge for a graph edge: action, conditions, public and escalation flags.
  ///
  /// Public means usable by anyone: the edge from `EXTERNAL_ANY` (EDG-4), or from an OIDC
  /// provider into a role whose trust does not pin the subject (TRU-16). Edges from org
  /// principals granted by the same `*` statement are ordinary edges.
  /// A public edge is conditional only on conditions beyond the caller's own policies, which
  /// whoever assumes a public role writes: it is drawn solid, red and bold.
  public func trust(_ edge: GraphEdge) -> DiagramTrust {
    let conditions =
      edge.decision.attributes.isPublic
      ? Array(Set(EdgeRecord.conditions(of: edge.decision).map(\.label))).sorted()
      : edge.conditionLabels
    return DiagramTrust(
      from: edge.source.rawValue, to: edge.target.rawValue, action: edge.kind.action,
      isConditional: !edge.isAllowed && !(edge.decision.attributes.isPublic && conditions.isEmpty),
      conditions: conditions,
      isPublic: Self.isPublic(
        edge, from: graph.node(edge.source)?.kind, unguarded: unguardedTargets),
      isEscalation: false)
  }

  /// Whether `edge` (from a node of kind `sourceKind`) is public: from `EXTERNAL_ANY`, or from
  /// an OIDC provider into one of the `unguarded` roles.
  static func isPublic(_ edge: GraphEdge, from sourceKind: NodeKind?, unguarded: Set<NodeID>)
    -> Bool
  {
    sourceKind == .publicAny || (sourceKind == .oidcProvider && unguarded.contains(edge.target))
  }

  /// Roles with an unguarded OIDC trust finding: their provider edges are drawn as public.
  var unguardedTargets: Set<NodeID> {
    Set(analysis.findings.filter { $0.kind == .unguardedOIDCTrust }.flatMap(\.principals))
  }

  /// The short name: the resource after its type (`ci/deploy-runner`), the role name for
  /// reserved paths (Identity Center, service-linked), or the node's own name.
  public static func shortName(_ node: GraphNode) -> String {
    guard node.isPrincipal || node.kind == .group, let arn = ARN(node.id.rawValue) else {
      switch node.kind {
      case .externalAccount: return "account " + node.name
      case .publicAny: return "anyone (*)"
      default: return node.name
      }
    }
    let path = arn.resource.drop { $0 != "/" }.dropFirst()
    return path.hasPrefix("aws-reserved/") || path.hasPrefix("aws-service-role/")
      ? arn.resourceName : String(path)
  }

  /// The EDG-3 kind of a node (groups are drawn like users; they are never on a path).
  static func kind(_ kind: NodeKind) -> PrincipalKind {
    switch kind {
    case .user, .group: .user
    case .role: .role
    case .samlProvider, .oidcProvider: .identityProvider
    case .service: .service
    case .externalAccount: .externalAccount
    case .externalPrincipal: .externalPrincipal
    case .publicAny: .anyone
    }
  }

  /// The render tier (0 control plane … 3 sandbox) of an analysis tier name, or nil.
  public func renderTier(_ account: AccountID) -> Int? {
    guard let name = analysis.tiers.tier(of: account) else { return nil }
    switch name {
    case "management", "security": return 0
    case "prod": return 1
    case "shared", "dev": return 2
    case "sandbox": return 3
    default:
      let order = analysis.tiers.order
      guard let index = order.firstIndex(of: name), order.count > 1 else { return nil }
      return index * 3 / (order.count - 1)
    }
  }
}
