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

/// Everything on the caller side of a decision for one IAM user or role (EVL-1): identity policies (for users including every group's), boundary, SCP chain and context facts.
///
/// Built once per principal by `PolicyEngine`.
public struct IdentitySide: Hashable, Sendable {
  /// User or role.
  public enum Kind: String, Hashable, Sendable {
    case user
    case role
  }

  final class Storage: Sendable {
    let parts: Parts
    let facts: Box<PrincipalFacts>
    let fingerprint: IdentityFingerprint
    let caller: CallerIdentity
    /// Some identity or boundary policy has a `Deny` covering `sts:AssumeRole`.
    let deniesAssumeRole: Bool

    init(_ side: Parts, facts: PrincipalFacts) {
      parts = side
      var denying = side.policies
      if case .policy(let boundary) = side.boundary { denying.append(boundary) }
      deniesAssumeRole = denying.contains { !$0.document.assumeRoleDenyPositions.isEmpty }
      self.facts = Box(facts)
      caller = CallerIdentity(
        kind: side.kind == .user ? .user : .roleSession, name: side.arn.rawValue,
        account: side.accountID.rawValue, partition: side.arn.partition, uniqueID: side.uniqueID,
        roleName: side.kind == .role ? side.arn.resourceName : nil)
      fingerprint = IdentityFingerprint(
        accountID: side.accountID, kind: side.kind, policies: side.policies,
        missing: side.missingPolicies.map(\.rawValue) + side.unresolvedGroups.map { "group:" + $0 },
        boundary: side.boundary, scp: side.scp, principal: side.arn)
    }
  }

  /// The parts an identity side is built from.
  struct Parts {
    var arn: ARN
    var kind: Kind
    var accountID: AccountID
    var uniqueID: String
    var isServiceLinked: Bool
    var policies: [CompiledPolicy]
    var missingPolicies: [ARN]
    var unresolvedGroups: [String]
    var boundary: Boundary
    var scp: GuardrailStatus
  }

  let storage: Storage

  init(_ parts: Parts, facts: PrincipalFacts) { storage = Storage(parts, facts: facts) }

  /// The user or role ARN (for a role: the caller is a session of it, TRU-7).
  public var arn: ARN { storage.parts.arn }
  /// `arn.rawValue`, read without copying the whole ARN (the graph's node id).
  public var arnText: String { storage.parts.arn.rawValue }
  /// User or role.
  public var kind: Kind { storage.parts.kind }
  /// The principal's account.
  public var accountID: AccountID { storage.parts.accountID }
  /// `UserId` or `RoleId`.
  public var uniqueID: String { storage.parts.uniqueID }
  /// True for service-linked roles (GRD-3).
  public var isServiceLinked: Bool { storage.parts.isServiceLinked }
  /// Identity policies in evaluation order: own inline, own attached, then per group inline and
  /// attached (FMT-5).
  public var policies: [CompiledPolicy] { storage.parts.policies }
  /// Attached managed policies whose documents are missing (TVL-6), sorted.
  public var missingPolicies: [ARN] { storage.parts.missingPolicies }
  /// Group names that could not be resolved in an incomplete export (FMT-2, TVL-6).
  public var unresolvedGroups: [String] { storage.parts.unresolvedGroups }
  /// The permissions boundary.
  public var boundary: Boundary { storage.parts.boundary }
  /// The SCPs that bind this principal.
  public var scp: GuardrailStatus { storage.parts.scp }
  /// Condition-key facts about this principal as a caller.
  public var facts: PrincipalFacts { storage.facts.value }
  var factsBox: Box<PrincipalFacts> { storage.facts }
  /// Groups principals with the same effective identity side (see `IdentityFingerprint`).
  public var fingerprint: IdentityFingerprint { storage.fingerprint }
  var caller: CallerIdentity { storage.caller }
  var deniesAssumeRole: Bool { storage.deniesAssumeRole }

  /// The name shown in `aws:username` etc.: the last path component of the ARN.
  public var name: String { arn.resourceName }

  public static func == (lhs: IdentitySide, rhs: IdentitySide) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.arn == rhs.arn && lhs.fingerprint == rhs.fingerprint && lhs.facts == rhs.facts
        && lhs.policies == rhs.policies)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(arn)
    hasher.combine(fingerprint)
  }
}

/// A Hashable key for "same effective identity side": same account, kind, compiled policies, boundary, SCP chain and missing data.
///
/// When a policy's outcome depends on who the caller is (variables, `aws:PrincipalArn`, tags…), the
/// principal ARN is part of the key, so equal fingerprints always mean equal identity-side
/// decisions for the same request.
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
      scpTargets = chain.targetIDs
      scpExemption = nil
      dependent = dependent || chain.dependsOnPrincipal
    case .exempt(let reason): (scpTargets, scpExemption) = ([], reason.rawValue)
    case .notEvaluated: (scpTargets, scpExemption) = ([], "notEvaluated")
    }
    self.principal = dependent ? principal : nil
  }
}
