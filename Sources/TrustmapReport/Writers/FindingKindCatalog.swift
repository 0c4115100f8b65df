/// Descriptions of the finding kinds, for SARIF rules and the HTML legend.
public enum FindingKindCatalog {
  /// Known kinds: short and full description.
  public static let known: [String: (short: String, full: String)] = [
    "cross-account-escalation": (
      "A principal can become an administrator of another account.",
      "A chain of allowed (or conditionally allowed) role assumptions leads from a principal in one account to an administrator role in another account."
    ),
    "public-trust": (
      "A role trusts any AWS principal.",
      "The role's trust policy names the principal \"*\" without a condition that excludes unknown callers, so any AWS account can assume it."
    ),
    "unguarded-oidc-trust": (
      "A web-identity role trusts an OIDC provider without pinning the subject.",
      "The trust policy checks the audience but not the sub claim, so any identity the provider issues (for GitHub: any repository's workflow) can assume the role."
    ),
    "missing-external-id": (
      "A role trusts a third-party account without sts:ExternalId.",
      "Without an ExternalId condition the vendor can be tricked into using its access for another customer (confused deputy)."
    ),
    "external-account-trust": (
      "A role trusts an account outside the organisation.",
      "Principals of an account that is not imported can assume the role; their side of the decision is unknown."
    ),
    "dangling-trust-principal": (
      "A trust policy names a principal that no longer exists.",
      "A unique id in the trust policy matches no imported principal. If an attacker can recreate a principal with that id (they cannot, but the name may be reused), review and remove it."
    ),
    "admin-user": (
      "An IAM user holds administrator permissions.",
      "Long-lived user credentials with administrator access are a prime target; prefer roles with short sessions."
    ),
  ]

  /// The description of `kind`, with a generic text for kinds not in the catalog.
  public static func description(of kind: String) -> (short: String, full: String) {
    known[kind] ?? ("Trustmap finding: \(kind).", "A Trustmap finding of kind \(kind).")
  }

  /// An UpperCamelCase rule name, such as `CrossAccountEscalation`.
  public static func ruleName(_ kind: String) -> String {
    kind.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}
