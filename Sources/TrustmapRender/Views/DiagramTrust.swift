/// One edge of the trust graph as the diagram views need it.
public struct DiagramTrust: Hashable, Sendable {
  /// The id of the principal that can act.
  public var from: String
  /// The id of the principal it can become or act on.
  public var to: String
  /// The action, such as `sts:AssumeRole`, or an escalation primitive.
  public var action: String
  /// Whether the edge depends on conditions (EDG-2 `conditional`): drawn dashed.
  public var isConditional: Bool
  /// The conditions it depends on (TVL-5 labels), shown on the edge.
  public var conditions: [String]
  /// Whether anyone or any OIDC subject can use it (EDG-4, TRU-16): drawn red and bold.
  public var isPublic: Bool
  /// Whether it is an escalation (not a trust) edge: drawn dotted.
  public var isEscalation: Bool

  /// Creates a trust edge.
  public init(
    from: String, to: String, action: String = "sts:AssumeRole", isConditional: Bool = false,
    conditions: [String] = [], isPublic: Bool = false, isEscalation: Bool = false
  ) {
    self.from = from
    self.to = to
    self.action = action
    self.isConditional = isConditional || !conditions.isEmpty
    self.conditions = conditions
    self.isPublic = isPublic
    self.isEscalation = isEscalation
  }
}
