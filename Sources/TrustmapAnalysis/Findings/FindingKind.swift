/// Finding kinds; the raw values are the stable names used in JSON and ids.
public enum FindingKind: String, Hashable, Sendable, CaseIterable, Comparable {
  case crossAccountEscalation = "cross-account-escalation"
  case publicTrust = "public-trust"
  case unguardedOIDCTrust = "unguarded-oidc-trust"
  case missingExternalID = "missing-external-id"
  case externalAccountTrust = "external-account-trust"
  case danglingTrustPrincipal = "dangling-trust-principal"
  case adminUser = "admin-user"

  public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
