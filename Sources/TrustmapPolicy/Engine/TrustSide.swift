import TrustmapModel

/// The resource side of an assume decision for one role (EVL-1): its compiled trust policy,
/// the RCPs of its account, and an index of the principals its `Allow` statements name.
public struct TrustSide: Hashable, Sendable {
  /// The role.
  public let roleARN: ARN
  /// The role's account.
  public let accountID: AccountID
  /// The compiled trust policy.
  public let policy: CompiledPolicy
  /// RCPs of the role's account.
  public let rcp: GuardrailStatus
  /// `aws:ResourceAccount`, `aws:ResourceTag/*`, `aws:ResourceOrgID`, … for this role.
  public let resourceFacts: ResourceFacts
  /// Every principal named by an `Allow` statement (unique ids resolved to user/role ARNs when
  /// imported), sorted: the graph indexes trust policies by these.
  public let namedPrincipals: [PrincipalRef]
  /// Unique ids that match no imported principal (TRU-9 `danglingTrustPrincipal`), sorted.
  public let danglingPrincipalIDs: [String]
  /// Findings about this trust policy (lint, dangling ids, case mismatches), sorted.
  public let findings: [LintFinding]
  /// Positions of `Allow` statements with principal `*` whose conditions do not decide `F`
  /// for `EXTERNAL_ANY` (EDG-4).
  let publicPositions: Set<Int>

  init(
    roleARN: ARN, accountID: AccountID, policy: CompiledPolicy, rcp: GuardrailStatus,
    resourceFacts: ResourceFacts, namedPrincipals: [PrincipalRef], danglingPrincipalIDs: [String],
    findings: [LintFinding], publicPositions: Set<Int>
  ) {
    self.roleARN = roleARN
    self.accountID = accountID
    self.policy = policy
    self.rcp = rcp
    self.resourceFacts = resourceFacts
    self.namedPrincipals = namedPrincipals
    self.danglingPrincipalIDs = danglingPrincipalIDs
    self.findings = findings
    self.publicPositions = publicPositions
  }

  /// True when some `Allow` statement makes the role assumable by any AWS account (TRU-4,
  /// EDG-4).
  public var isPublic: Bool { !publicPositions.isEmpty }

  /// Accounts named by `Allow` statements (directly, or through a named principal).
  public var namedAccounts: [AccountID] {
    Array(Set(namedPrincipals.compactMap(\.accountID))).sorted()
  }
}

/// Who calls `sts:AssumeRole*` (§3.1, TRU-13..16, EDG-6).
public enum Caller: Hashable, Sendable {
  /// An imported IAM user, or a session of an imported role (TRU-7).
  case principal(IdentitySide)
  /// A SAML provider (`sts:AssumeRoleWithSAML`, TRU-15).
  case samlProvider(ARN)
  /// An IAM OIDC provider ARN or a well-known web identity provider name (TRU-16).
  case oidcProvider(String)
  /// An AWS service principal such as `ec2.amazonaws.com` (TRU-14).
  case service(String)
  /// An account whose IAM data was not imported (EDG-6 `externalAccount:<id>`).
  case externalAccount(AccountID)
  /// A named user or role in an account that was not imported (EDG-6 `external:<arn>`).
  case externalPrincipal(ARN)
  /// Any AWS principal outside the imported accounts (EDG-4 `EXTERNAL_ANY`).
  case externalAny
  /// An account's root user: never the source of an assume edge (TRU-13).
  case accountRoot(AccountID)

  /// The STS action this caller uses.
  public var defaultAction: String {
    switch self {
    case .samlProvider: return "sts:AssumeRoleWithSAML"
    case .oidcProvider: return "sts:AssumeRoleWithWebIdentity"
    default: return "sts:AssumeRole"
    }
  }
}
