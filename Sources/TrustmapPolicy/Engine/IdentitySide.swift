import TrustmapModel

/// A principal's permission boundary (GRD-9).
public enum Boundary: Hashable, Sendable {
  /// No boundary: no cap.
  case none
  /// The compiled boundary policy.
  case policy(CompiledPolicy)
  /// A boundary whose document is not in the export (TVL-6): its effect is unknown.
  case missing(ARN)
}

/// Everything on the caller side of a decision for one IAM user or role (EVL-1): identity
/// policies (for users including every group's), boundary, SCP chain and context facts.
/// Built once per principal by `PolicyEngine`.
public struct IdentitySide: Hashable, Sendable {
  /// User or role.
  public enum Kind: String, Hashable, Sendable {
    case user
    case role
  }

  /// The user or role ARN (for a role: the caller is a session of it, TRU-7).
  public let arn: ARN
  /// User or role.
  public let kind: Kind
  /// The principal's account.
  public let accountID: AccountID
  /// `UserId` or `RoleId`.
  public let uniqueID: String
  /// True for service-linked roles (GRD-3).
  public let isServiceLinked: Bool
  /// Identity policies in evaluation order: own inline, own attached, then per group inline and
  /// attached (FMT-5).
  public let policies: [CompiledPolicy]
  /// Attached managed policies whose documents are missing (TVL-6), sorted.
  public let missingPolicies: [ARN]
  /// Group names that could not be resolved in an incomplete export (FMT-2, TVL-6).
  public let unresolvedGroups: [String]
  /// The permissions boundary.
  public let boundary: Boundary
  /// The SCPs that bind this principal.
  public let scp: GuardrailStatus
  /// Condition-key facts about this principal as a caller.
  public let facts: PrincipalFacts
  /// Groups principals with the same effective identity side (see `IdentityFingerprint`).
  public let fingerprint: IdentityFingerprint
  let caller: CallerIdentity

  init(
    arn: ARN, kind: Kind, accountID: AccountID, uniqueID: String, isServiceLinked: Bool,
    policies: [CompiledPolicy], missingPolicies: [ARN], unresolvedGroups: [String],
    boundary: Boundary, scp: GuardrailStatus, facts: PrincipalFacts
  ) {
    self.arn = arn
    self.kind = kind
    self.accountID = accountID
    self.uniqueID = uniqueID
    self.isServiceLinked = isServiceLinked
    self.policies = policies
    self.missingPolicies = missingPolicies
    self.unresolvedGroups = unresolvedGroups
    self.boundary = boundary
    self.scp = scp
    self.facts = facts
    caller = CallerIdentity(
      kind: kind == .user ? .user : .roleSession, name: arn.rawValue, account: accountID.rawValue,
      partition: arn.partition, uniqueID: uniqueID, roleName: kind == .role ? arn.resourceName : nil)
    fingerprint = IdentityFingerprint(
      accountID: accountID, kind: kind, policies: policies, missing: missingPolicies.map(\.rawValue) + unresolvedGroups.map { "group:" + $0 },
      boundary: boundary, scp: scp, principal: arn)
  }

  /// The name shown in `aws:username` etc.: the last path component of the ARN.
  public var name: String { arn.resourceName }
}

/// A Hashable key for "same effective identity side": same account, kind, compiled policies,
/// boundary, SCP chain and missing data. When a policy's outcome depends on who the caller is
/// (variables, `aws:PrincipalArn`, tags…), the principal ARN is part of the key, so equal
/// fingerprints always mean equal identity-side decisions for the same request.
public struct IdentityFingerprint: Hashable, Sendable {
  let accountID: AccountID
  let kind: IdentitySide.Kind
  let policyIDs: [Int]
  let missing: [String]
  let boundaryID: Int
  let scpTargets: [String]
  let scpExemption: String?
  let principal: ARN?

  init(
    accountID: AccountID, kind: IdentitySide.Kind, policies: [CompiledPolicy], missing: [String],
    boundary: Boundary, scp: GuardrailStatus, principal: ARN
  ) {
    self.accountID = accountID
    self.kind = kind
    policyIDs = policies.map(\.document.cacheID)
    self.missing = missing
    var dependent = policies.contains { $0.document.dependsOnPrincipal }
    switch boundary {
    case .none: boundaryID = -1
    case .missing: boundaryID = -2
    case .policy(let policy):
      boundaryID = policy.document.cacheID
      dependent = dependent || policy.document.dependsOnPrincipal
    }
    switch scp {
    case .enforced(let chain):
      scpTargets = chain.levels.map(\.targetID)
      scpExemption = nil
      dependent = dependent || chain.levels.contains { $0.policies.contains { $0.document.dependsOnPrincipal } }
    case .exempt(let reason): (scpTargets, scpExemption) = ([], reason.rawValue)
    case .notEvaluated: (scpTargets, scpExemption) = ([], "notEvaluated")
    }
    self.principal = dependent ? principal : nil
  }
}
