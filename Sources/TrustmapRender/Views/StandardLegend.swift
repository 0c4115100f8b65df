/// The legends the views draw: shapes, colours and line styles (EDG-3).
public enum StandardLegend {
  /// Shapes of principals and the line styles of trust edges.
  public static let principals = DiagramLegend(
    nodes: [
      sample("user — box", .user), sample("role — ellipse", .role),
      sample("identity provider — diamond", .identityProvider),
      sample("AWS service — hexagon", .service),
      sample("outside the imported accounts — dashed", .externalPrincipal),
      sample("administrator — double border", .role, admin: true),
    ],
    edges: lineStyles)

  /// The line styles shared by every legend.
  public static let lineStyles: [DiagramEdge] = [
    edge("allowed", .solid, Palette.edge), edge("conditional", .dashed, Palette.edge),
    edge("cross-account", .solid, Palette.crossAccount),
    edge("into an administrator", .solid, Palette.edge, width: 2.6),
    edge("public / unpinned OIDC", .solid, Palette.danger, width: 2.6),
    edge("escalation", .dotted, Palette.escalation),
  ]

  /// Account tiers by colour, plus the overview's line styles.
  public static let tiers = DiagramLegend(
    nodes: (0...3).map { tier in
      let colors = Palette.tier(tier)
      return DiagramNode(
        key: "tier\(tier)", label: .text(tierName(tier)), fillColor: colors.fill,
        borderColor: colors.border)
    } + [
      sample("outside the organisation — dashed", .externalAccount)
    ],
    edges: [
      edge("trust between accounts (count)", .solid, Palette.crossAccount),
      edge("only conditional", .dashed, Palette.crossAccount),
      edge("reaches an administrator", .solid, Palette.crossAccount, width: 2.6),
      edge("into a more sensitive tier", .solid, Palette.danger, width: 2.6),
    ])

  /// The caption for an account tier (0 = most sensitive).
  public static func tierName(_ tier: Int) -> String {
    switch tier {
    case 0: "tier 0 — control plane"
    case 1: "tier 1 — production"
    case 2: "tier 2 — non-production"
    default: "tier \(tier) — sandbox"
    }
  }

  private static func sample(_ text: String, _ kind: PrincipalKind, admin: Bool = false)
    -> DiagramNode
  {
    var node = TrustStyle.node(
      DiagramPrincipal(id: text, name: text, accountID: "", kind: kind, isAdmin: admin),
      showAccount: false)
    node.tooltip = text
    return node
  }

  private static func edge(
    _ text: String, _ style: LineStyle, _ color: String, width: Double = 1.2
  ) -> DiagramEdge {
    DiagramEdge(from: "", to: "", label: .text(text), style: style, color: color, penWidth: width)
  }
}
