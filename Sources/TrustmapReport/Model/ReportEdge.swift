/// One edge of the trust graph, flattened for `edges.csv`.
public struct ReportEdge: Hashable, Sendable {
  /// The caller's ARN or placeholder id.
  public var from: String
  /// The target's ARN.
  public var to: String
  /// The action or edge kind (EDG-1).
  public var action: String
  /// Allowed or conditional.
  public var status: HopStatus
  /// TVL-5 labels of the unresolved conditions.
  public var conditions: [String]
  /// The basis (EDG-2), such as `trustAccountDelegation`.
  public var basis: String
  /// True when caller and target are in different accounts.
  public var crossAccount: Bool
  /// The trust statement, such as `trust policy#0 (DevAccount)`, or empty.
  public var trustStatement: String
  /// The identity statement, such as `developers-base#0 (UseCiRoles)`, or empty.
  public var identityStatement: String

  /// Creates an edge row.
  public init(
    from: String, to: String, action: String, status: HopStatus, conditions: [String] = [],
    basis: String, crossAccount: Bool, trustStatement: String = "", identityStatement: String = ""
  ) {
    self.from = from
    self.to = to
    self.action = action
    self.status = status
    self.conditions = conditions
    self.basis = basis
    self.crossAccount = crossAccount
    self.trustStatement = trustStatement
    self.identityStatement = identityStatement
  }
}
