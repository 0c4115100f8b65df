import TrustmapModel
import TrustmapPolicy

/// A node id: an IAM ARN for users, groups and roles; `idp:<arn or name>`, `service:<name>`,
/// `externalAccount:<id>`, `external:<arn>` or `EXTERNAL_ANY` for the others (EDG-6).
public struct NodeID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The id text.
  public let rawValue: String

  /// Wraps an id text.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The id of an IAM user, group or role.
  public init(_ arn: ARN) { rawValue = arn.rawValue }

  /// The public (`"*"`, EDG-4).
  public static let externalAny = NodeID(rawValue: "EXTERNAL_ANY")

  /// A service principal node.
  public static func service(_ name: String) -> NodeID { NodeID(rawValue: "service:" + name) }

  /// A SAML or OIDC provider node (provider ARN, or a well-known web identity name).
  public static func provider(_ name: String) -> NodeID { NodeID(rawValue: "idp:" + name) }

  /// A trusted account that was not imported.
  public static func externalAccount(_ id: AccountID) -> NodeID {
    NodeID(rawValue: "externalAccount:" + id.rawValue)
  }

  /// A named user or role in an account that was not imported.
  public static func externalPrincipal(_ arn: ARN) -> NodeID {
    NodeID(rawValue: "external:" + arn.rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a node stands for.
public enum NodeKind: String, Hashable, Sendable, CaseIterable {
  case user
  case role
  case group
  case samlProvider = "saml-provider"
  case oidcProvider = "oidc-provider"
  case service
  case externalAccount = "external-account"
  case externalPrincipal = "external-principal"
  case publicAny = "public"
}

/// Where an account stands relative to the organisation and the inputs.
public enum AccountPlacement: String, Hashable, Sendable {
  /// Imported and in the org export (or no org export was given).
  case imported
  /// Not imported, but a member of the organisation.
  case inOrganization = "in-organization"
  /// Not imported and not in the organisation (or no org export: unknown).
  case outsideOrganization = "outside-organization"
}

/// One node of the trust graph.
public struct GraphNode: Hashable, Sendable {
  /// The id.
  public var id: NodeID
  /// The kind.
  public var kind: NodeKind
  /// The account, when the node belongs to one (principals, IAM providers, placeholders).
  public var account: AccountID?
  /// The short display name (role/user/group name, provider host, service name…).
  public var name: String
  /// For principals and external accounts: imported, in the org, or outside.
  public var placement: AccountPlacement?
  /// Admin assessment (§5.1) for imported users and roles; nil otherwise.
  public var admin: AdminAssessment?
  /// Service-linked role (TRU-14, GRD-3).
  public var isServiceLinked = false

  /// Creates a node.
  public init(id: NodeID, kind: NodeKind, account: AccountID?, name: String) {
    self.id = id
    self.kind = kind
    self.account = account
    self.name = name
  }

  /// True when the node is an effective admin of its account (ADM-1/ADM-2).
  public var isAdmin: Bool { admin?.status.isAdmin == true }

  /// True for imported IAM users and roles.
  public var isPrincipal: Bool { kind == .user || kind == .role }
}
