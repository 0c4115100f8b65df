import TrustmapModel

/// A normalised `Principal`/`NotPrincipal` value (§2.4).
public enum PrincipalRef: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Why a principal value can never match.
  public enum InvalidReason: String, Hashable, Sendable {
    /// A group ARN: groups are not principals (TRU-8).
    case groupNotAPrincipal
    /// `*` or `?` anywhere but the exact value `"*"`.
    case partialWildcard
    /// A value that is not an account id, ARN or unique id.
    case unrecognised
    /// `CanonicalUser` (S3 only).
    case canonicalUser
  }

  /// `"*"` or `{"AWS":"*"}`: every caller.
  case anyone
  /// An account (delegation, TRU-3); `partition` is nil for the bare 12-digit form.
  case account(AccountID, partition: String?)
  /// Exactly this IAM user.
  case user(ARN)
  /// Every session of this role.
  case role(ARN)
  /// One named session of a role: `arn:aws:sts::<acct>:assumed-role/<name>/<session>`.
  case roleSession(ARN)
  /// A `GetFederationToken` session.
  case federatedUser(ARN)
  /// A unique id (`AIDA…`, `AROA…`) stored by IAM in place of an ARN (TRU-9).
  case uniqueID(String)
  /// An AWS service principal such as `ec2.amazonaws.com`.
  case service(String)
  /// An IAM SAML provider.
  case samlProvider(ARN)
  /// An IAM OIDC provider.
  case oidcProvider(ARN)
  /// A well-known web identity provider such as `cognito-identity.amazonaws.com`.
  case webIdentityProvider(String)
  /// A value that never matches, with the reason (lint finding).
  case invalid(String, InvalidReason)

  /// The account a principal belongs to, when it names one.
  public var accountID: AccountID? {
    switch self {
    case .account(let id, _): return id
    case .user(let arn), .role(let arn), .roleSession(let arn), .federatedUser(let arn),
      .samlProvider(let arn), .oidcProvider(let arn):
      return arn.accountID
    default: return nil
    }
  }

  public var description: String {
    switch self {
    case .anyone: return "*"
    case .account(let id, let partition):
      return partition.map { "arn:\($0):iam::\(id):root" } ?? id.rawValue
    case .user(let arn), .role(let arn), .roleSession(let arn), .federatedUser(let arn),
      .samlProvider(let arn), .oidcProvider(let arn):
      return arn.rawValue
    case .uniqueID(let id): return id
    case .service(let name): return "service:\(name)"
    case .webIdentityProvider(let name): return "federated:\(name)"
    case .invalid(let raw, let reason): return "invalid(\(reason.rawValue)):\(raw)"
    }
  }

  public static func < (lhs: PrincipalRef, rhs: PrincipalRef) -> Bool {
    lhs.description < rhs.description
  }
}

/// Parses principal values (§2.4) into `PrincipalRef`s.
enum PrincipalParser {
  static let wellKnownWebIdentity: Set<String> = [
    "cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com",
  ]

  static func parse(kind: String, value: String) -> PrincipalRef {
    if value == "*" { return kind == "AWS" ? .anyone : .invalid(value, .partialWildcard) }
    if value.containsASCII("*") || value.containsASCII("?") {
      return .invalid(value, .partialWildcard)
    }
    switch kind {
    case "AWS": return parseAWS(value)
    case "Service": return .service(value)
    case "Federated": return parseFederated(value)
    case "CanonicalUser": return .invalid(value, .canonicalUser)
    default: return .invalid(value, .unrecognised)
    }
  }

  static func parseAWS(_ value: String) -> PrincipalRef {
    if let id = AccountID(rawValue: value) { return .account(id, partition: nil) }
    guard let arn = ARN(value) else {
      let isUniqueID =
        value.count >= 16 && value.hasPrefix("A")
        && value.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
      return isUniqueID ? .uniqueID(value) : .invalid(value, .unrecognised)
    }
    switch (arn.service, arn.resourceType) {
    case ("iam", "root"):
      guard let id = arn.accountID, arn.resource == "root" else {
        return .invalid(value, .unrecognised)
      }
      return .account(id, partition: arn.partition)
    case ("iam", "user"): return .user(arn)
    case ("iam", "role"): return .role(arn)
    case ("iam", "group"): return .invalid(value, .groupNotAPrincipal)
    case ("sts", "assumed-role"): return .roleSession(arn)
    case ("sts", "federated-user"): return .federatedUser(arn)
    default: return .invalid(value, .unrecognised)
    }
  }

  static func parseFederated(_ value: String) -> PrincipalRef {
    if let arn = ARN(value), arn.service == "iam" {
      switch arn.resourceType {
      case "saml-provider": return .samlProvider(arn)
      case "oidc-provider": return .oidcProvider(arn)
      default: return .invalid(value, .unrecognised)
      }
    }
    return .webIdentityProvider(value)
  }
}
