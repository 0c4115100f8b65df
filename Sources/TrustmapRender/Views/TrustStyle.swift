/// Turns principals and trust edges into styled nodes and edges (EDG-3), the same in every view.
public enum TrustStyle {
  /// The node for `principal`: shape by kind, double border for admins, dashed outside.
  public static func node(
    _ principal: DiagramPrincipal, showAccount: Bool = true, key: String? = nil
  ) -> DiagramNode {
    let colors = Palette.principal(principal)
    var lines = [LabelLine(principal.name, bold: true)]
    if showAccount {
      lines.append(LabelLine(principal.accountLabel, pointSize: 9, color: Palette.muted))
    }
    return DiagramNode(
      key: key ?? principal.id, label: .rich(lines), shape: shape(principal.kind),
      dashed: principal.kind.isOutside && principal.kind != .anyone,
      doubleBorder: principal.isAdmin, fillColor: colors.fill, borderColor: colors.border,
      tooltip: principal.id + (principal.isAdmin ? "\nadministrator" : ""))
  }

  /// The EDG-3 shape for a kind of principal.
  public static func shape(_ kind: PrincipalKind) -> NodeShape {
    switch kind {
    case .user, .externalPrincipal, .externalAccount: .box
    case .role: .ellipse
    case .identityProvider: .diamond
    case .service: .hexagon
    case .anyone: .octagon
    }
  }

  /// The edge for `trust`: dashed when conditional, dotted for escalation, red and bold when
  /// public, bold into an admin, blue across accounts.
  public static func edge(
    _ trust: DiagramTrust, crossAccount: Bool, intoAdmin: Bool, label: DiagramLabel? = nil,
    from: String? = nil, to: String? = nil
  ) -> DiagramEdge {
    var color = crossAccount ? Palette.crossAccount : Palette.edge
    if trust.isEscalation { color = Palette.escalation }
    if trust.isPublic { color = Palette.danger }
    let style: LineStyle =
      trust.isEscalation ? .dotted : (trust.isConditional ? .dashed : .solid)
    return DiagramEdge(
      from: from ?? trust.from, to: to ?? trust.to, label: label, style: style, color: color,
      penWidth: trust.isPublic || intoAdmin ? 2.6 : 1.2)
  }

  /// An edge label: the action, then `if <conditions>` when conditional.
  public static func actionLabel(_ trust: DiagramTrust) -> DiagramLabel {
    var lines = [trust.action]
    if !trust.conditions.isEmpty {
      lines.append("if " + trust.conditions.joined(separator: ", "))
    } else if trust.isConditional {
      lines.append("conditional")
    }
    return .plain(lines)
  }

  /// Like `actionLabel`, but `nil` for a plain, unconditional `sts:AssumeRole`: in crowded
  /// views the line style already says it.
  public static func compactLabel(_ trust: DiagramTrust) -> DiagramLabel? {
    trust.action == "sts:AssumeRole" && !trust.isConditional ? nil : actionLabel(trust)
  }

  /// A grey note node, used to say what a view did not draw.
  public static func note(key: String, _ lines: [String], tooltip: String? = nil) -> DiagramNode {
    DiagramNode(
      key: key,
      label: .rich(lines.enumerated().map { LabelLine($1, bold: $0 == 0, pointSize: 10) }),
      shape: .note, fillColor: Palette.noteFill, borderColor: "#b8ad86", tooltip: tooltip)
  }
}
