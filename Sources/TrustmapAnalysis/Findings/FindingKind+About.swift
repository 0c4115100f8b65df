/// What a finding kind means, how bad it usually is and how it is fixed: the one description
/// that SARIF rules, the HTML legend, `summary.md` and the command line read.
public struct FindingKindAbout: Hashable, Sendable {
  /// An UpperCamelCase name, such as `CrossAccountEscalation` (the SARIF rule name).
  public var name: String
  /// One sentence.
  public var short: String
  /// A few sentences: what it means and why it matters.
  public var full: String
  /// The usual severity (a finding's own severity says why it differs).
  public var defaultSeverity: Severity
  /// How such a finding is fixed, in general (each finding carries its concrete fix).
  public var fix: String
  /// The specification rules that decide it (`iam-semantics.md` ids): for tools, not people.
  public var rules: [String]
}

extension FindingKind {
  /// The description of this kind.
  public var about: FindingKindAbout {
    switch self {
    case .crossAccountEscalation:
      return FindingKindAbout(
        name: "CrossAccountEscalation",
        short: "Principals of one account can become an administrator of a more valuable account.",
        full:
          "A chain of role assumptions, each allowed by a trust policy and the caller's own "
          + "policies (or allowed only if some condition holds), leads from principals of a "
          + "lower-tier account to a role that can do everything in a higher-tier account.",
        defaultSeverity: .high,
        fix:
          "Narrow the trust statement that lets the lower tier in (name the one role that "
          + "needs it instead of the whole account), or remove the caller's permission to "
          + "assume it.",
        rules: ["EDG-5", "ADM-1", "ADM-2", "ADM-5"])
    case .publicTrust:
      return FindingKindAbout(
        name: "PublicTrust",
        short: "A role can be assumed by any AWS account in the world.",
        full:
          "The role's trust policy names the principal \"*\" without a condition that keeps "
          + "unknown accounts out, so anyone with an AWS account can assume it: no credentials "
          + "of yours are needed.",
        defaultSeverity: .critical,
        fix:
          "Replace \"*\" with the accounts or roles that need access, or add a condition on "
          + "aws:PrincipalOrgID (your organisation) or aws:PrincipalAccount.",
        rules: ["TRU-4", "EDG-4"])
    case .unguardedOIDCTrust:
      return FindingKindAbout(
        name: "UnguardedOidcTrust",
        short: "A web-identity role trusts an OIDC provider without pinning the subject.",
        full:
          "The trust policy checks the token's audience but not its subject (sub), so any "
          + "identity the provider issues can assume the role; for GitHub Actions that is any "
          + "workflow of any repository on github.com.",
        defaultSeverity: .critical,
        fix:
          "Add a StringEquals or StringLike condition on the provider's sub claim that names "
          + "your repository and branch or environment.",
        rules: ["TRU-16"])
    case .missingExternalID:
      return FindingKindAbout(
        name: "MissingExternalId",
        short: "A role trusts an account outside the organisation without sts:ExternalId.",
        full:
          "A third party (typically a vendor's SaaS) can assume the role. Without an "
          + "ExternalId condition the vendor can be tricked into using that access on behalf of "
          + "another of its customers (the confused-deputy problem).",
        defaultSeverity: .high,
        fix:
          "Add a StringEquals condition on sts:ExternalId with the value the vendor gave you, "
          + "or remove the statement if the vendor is no longer used.",
        rules: ["TRU-3", "EDG-6"])
    case .externalAccountTrust:
      return FindingKindAbout(
        name: "ExternalAccountTrust",
        short: "A role trusts an account whose IAM data is not in the input.",
        full:
          "Principals of an account that was not imported can assume the role; what they are "
          + "allowed to do on their side is unknown, so the report cannot say who exactly.",
        defaultSeverity: .medium,
        fix:
          "Confirm that the account still needs the access; import its export if it is one of "
          + "yours; otherwise remove the statement.",
        rules: ["EDG-6", "EDG-7"])
    case .danglingTrustPrincipal:
      return FindingKindAbout(
        name: "DanglingTrustPrincipal",
        short: "A trust policy names a principal that no longer exists.",
        full:
          "AWS shows a deleted principal in a trust policy as its unique id. It matches nobody "
          + "today and a re-created principal of the same name does not match it either, but it "
          + "hides what the statement was for.",
        defaultSeverity: .low,
        fix: "Remove the unique id from the statement's Principal, or the statement itself.",
        rules: ["TRU-9"])
    case .adminUser:
      return FindingKindAbout(
        name: "AdminUser",
        short: "An IAM user holds administrator permissions.",
        full:
          "An IAM user's long-lived access keys or password with administrator rights are a "
          + "prime target; in the management account they control the whole organisation.",
        defaultSeverity: .high,
        fix:
          "Detach the administrator policy from the user (or remove the user from the group "
          + "that grants it) and give the person a role with short sessions, such as an "
          + "Identity Center permission set.",
        rules: ["ADM-1", "ADM-2", "ADM-3"])
    }
  }
}
