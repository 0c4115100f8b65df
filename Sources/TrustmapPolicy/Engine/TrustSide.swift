import TrustmapModel

/// The resource side of an assume decision for one role (EVL-1): its compiled trust policy,
/// the RCPs of its account, and an index of the principals its `Allow` statements name.
public struct TrustSide: Hashable, Sendable {
  final class Storage: Sendable {
    let parts: Parts
    let resource: Box<ResourceFacts>

    init(_ parts: Parts) {
      self.parts = parts
      resource = Box(parts.resourceFacts)
    }
  }

  /// The parts a trust side is built from.
  struct Parts: Hashable {
    var roleARN: ARN
    var accountID: AccountID
    var policy: CompiledPolicy
    var rcp: GuardrailStatus
    var resourceFacts: ResourceFacts
    var namedPrincipals: [PrincipalRef]
    var danglingPrincipalIDs: [String]
    var findings: [LintFinding]
    var publicPositions: Set<Int>
  }

  let storage: Storage

  init(_ parts: Parts) { storage = Storage(parts) }

  /// The role.
  public var roleARN: ARN { storage.parts.roleARN }
  /// `roleARN.rawValue`, read without copying the whole ARN.
  public var roleARNText: String { storage.parts.roleARN.rawValue }
  /// The role's account.
  public var accountID: AccountID { storage.parts.accountID }
  /// The compiled trust policy.
  public var policy: CompiledPolicy { storage.parts.policy }
  /// RCPs of the role's account.
  public var rcp: GuardrailStatus { storage.parts.rcp }
  /// `aws:ResourceAccount`, `aws:ResourceTag/*`, `aws:ResourceOrgID`, … for this role.
  public var resourceFacts: ResourceFacts { storage.parts.resourceFacts }
  var resourceBox: Box<ResourceFacts> { storage.resource }
  /// Every principal named by an `Allow` statement (unique ids resolved to user/role ARNs when
  /// imported), sorted: the graph indexes trust policies by these.
  public var namedPrincipals: [PrincipalRef] { storage.parts.namedPrincipals }
  /// Unique ids that match no imported principal (TRU-9 `danglingTrustPrincipal`), sorted.
  public var danglingPrincipalIDs: [String] { storage.parts.danglingPrincipalIDs }
  /// Findings about this trust policy (lint, dangling ids, case mismatches), sorted.
  public var findings: [LintFinding] { storage.parts.findings }
  /// Positions of `Allow` statements with principal `*` whose conditions do not decide `F`
  /// for `EXTERNAL_ANY` (EDG-4).
  var publicPositions: Set<Int> { storage.parts.publicPositions }

  /// True when some `Allow` statement makes the role assumable by any AWS account (TRU-4,
  /// EDG-4).
  public var isPublic: Bool { !publicPositions.isEmpty }

  /// Accounts named by `Allow` statements (directly, or through a named principal).
  public var namedAccounts: [AccountID] {
    Array(Set(namedPrincipals.compactMap(\.accountID))).sorted()
  }

  public static func == (lhs: TrustSide, rhs: TrustSide) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.parts == rhs.storage.parts
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(roleARN) }
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
