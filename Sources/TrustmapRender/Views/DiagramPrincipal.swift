/// A principal as the diagram views need it; the caller fills it from the trust graph.
public struct DiagramPrincipal: Hashable, Sendable {
  /// A stable unique key: the ARN, or a placeholder key such as `externalAccount:999999999999`.
  public var id: String
  /// The short name drawn in the node, such as `ci/deploy-runner`.
  public var name: String
  /// The 12-digit account the principal lives in (for the public, an empty string).
  public var accountID: String
  /// The account's name, when known.
  public var accountName: String?
  /// What sort of principal this is; decides the node shape (EDG-3).
  public var kind: PrincipalKind
  /// Whether the principal is an administrator (drawn with a double border).
  public var isAdmin: Bool
  /// A group name for large views, such as `service roles`; defaults from `kind`.
  public var category: String?

  /// Creates a principal.
  public init(
    id: String, name: String, accountID: String, accountName: String? = nil,
    kind: PrincipalKind, isAdmin: Bool = false, category: String? = nil
  ) {
    self.id = id
    self.name = name
    self.accountID = accountID
    self.accountName = accountName
    self.kind = kind
    self.isAdmin = isAdmin
    self.category = category
  }

  /// The account as shown: its name, or else its id.
  public var accountLabel: String {
    accountName ?? (accountID.isEmpty ? "anyone" : accountID)
  }

  /// The group this principal joins when a view has to group: `category`, or one by kind.
  public var groupName: String {
    category ?? kind.pluralName
  }
}

/// The kinds of principals, which decide node shapes (EDG-3).
public enum PrincipalKind: String, Hashable, Sendable, CaseIterable {
  /// An IAM user: a box.
  case user
  /// An IAM role: an ellipse.
  case role
  /// A SAML or OIDC identity provider: a diamond.
  case identityProvider
  /// An AWS service principal: a hexagon.
  case service
  /// A named user or role in an account that was not imported: a dashed box.
  case externalPrincipal
  /// A whole account that was not imported: a dashed box.
  case externalAccount
  /// Anyone (`"AWS": "*"`): a red octagon.
  case anyone

  /// The plural used when principals of this kind are grouped.
  public var pluralName: String {
    switch self {
    case .user: "users"
    case .role: "roles"
    case .identityProvider: "identity providers"
    case .service: "services"
    case .externalPrincipal: "external principals"
    case .externalAccount: "external accounts"
    case .anyone: "anyone"
    }
  }

  /// Whether the principal sits outside the imported accounts.
  public var isOutside: Bool {
    self == .externalPrincipal || self == .externalAccount || self == .anyone
  }
}
