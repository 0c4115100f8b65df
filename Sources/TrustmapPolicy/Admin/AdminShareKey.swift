import TrustmapModel

/// A Hashable key under which two principals get the same admin probes (ADM-1, ADM-4): same
/// account, kind, boundary, SCP chain and missing data, and the same identity statements that
/// could match any probe (action and resource), with the principal itself in the key whenever a
/// policy depends on who the caller is (as in `IdentityFingerprint`).
///
/// Statements that cannot match any probe request take no part in a probe's decision, so equal
/// keys mean equal probe outcomes. ADM-2 (self-escalation) names the principal's own ARN, so it
/// is shared only for principals whose policies cover none of `selfEscalationActions`.
public struct AdminShareKey: Hashable, Sendable {
  let fingerprint: IdentityFingerprintBase
  let statements: [StatementID]
  /// Hashed once where the key is made (in parallel), not on every table probe.
  private let hash: Int

  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

  public static func == (lhs: AdminShareKey, rhs: AdminShareKey) -> Bool {
    lhs.hash == rhs.hash && lhs.statements == rhs.statements && lhs.fingerprint == rhs.fingerprint
  }

  /// One statement of one compiled document.
  struct StatementID: Hashable, Sendable {
    let document: Int
    let index: Int
  }

  /// The fingerprint without its list of policies.
  struct IdentityFingerprintBase: Hashable, Sendable {
    let accountID: AccountID
    let kind: IdentitySide.Kind
    let missing: [String]
    let boundaryID: Int
    let scpTargets: [String]
    let scpExemption: String?
    let principal: ARN?
  }

  /// Actions whose coverage makes ADM-2 depend on the principal's own ARN.
  public static let selfEscalationActions = [
    "iam:PutUserPolicy", "iam:AttachUserPolicy", "iam:PutRolePolicy", "iam:AttachRolePolicy",
    "iam:CreateRole", "iam:CreatePolicyVersion", "iam:PutGroupPolicy", "iam:AttachGroupPolicy",
  ]

  /// `selfEscalationActions`, lowercased once (MAT-1) for the per-principal check.
  static let selfEscalationActionsLowercased = selfEscalationActions.map { $0.lowercased() }

  /// Every action the admin probes and ADM-4 checks ask about (lowercased).
  static let probeActions = [
    "iam:putrolepolicy", "iam:attachuserpolicy", "iam:createaccesskey", "iam:passrole",
    "sts:assumerole", "ec2:runinstances", "s3:getobject", "kms:decrypt", "lambda:createfunction",
    "sts:getcalleridentity", "organizations:attachpolicy", "organizations:detachpolicy",
    "organizations:updatepolicy", "organizations:disablepolicytype",
  ]

  /// Every resource the admin probes and ADM-4 checks ask about, for `account`.
  static func probeResources(account: String, partition: String) -> [String] {
    let iam = "arn:\(partition):iam::\(account):"
    return [
      iam + "role/__probe__", iam + "user/__probe__",
      "arn:\(partition):ec2:us-east-1:\(account):instance/*",
      "arn:\(partition):s3:::__probe__/__probe__",
      "arn:\(partition):kms:us-east-1:\(account):key/__probe__", "*",
      "arn:\(partition):iam::999999999999:role/__probe__",
      "arn:\(partition):organizations::\(account):policy/o-probe/service_control_policy/p-probe",
    ]
  }

  /// The key of `side`.
  public init(_ side: IdentitySide) {
    var relevance = ProbeRelevance(side)
    self.init(side, relevance: &relevance)
  }

  /// The key of `side`, with statement relevance remembered in `relevance` (made for the
  /// side's account and partition).
  init(_ side: IdentitySide, relevance: inout ProbeRelevance) {
    let print = side.fingerprint
    var relevant: [StatementID] = []
    var dependent = false
    for policy in side.policies {
      let (indexes, dependsOnPrincipal) = relevance.statements(of: policy)
      relevant += indexes.map { StatementID(document: policy.document.cacheID, index: $0) }
      dependent = dependent || dependsOnPrincipal
    }
    for policy in Self.limitingPolicies(side) where !dependent {
      dependent = relevance.statements(of: policy).dependsOnPrincipal
    }
    fingerprint = IdentityFingerprintBase(
      accountID: print.accountID, kind: print.kind, missing: print.missing,
      boundaryID: print.boundaryID, scpTargets: print.scpTargets,
      scpExemption: print.scpExemption, principal: dependent ? side.arn : nil)
    statements = relevant
    var hasher = Hasher()
    hasher.combine(fingerprint)
    hasher.combine(relevant)
    hash = hasher.finalize()
  }

  /// The keys of `sides`, nil where ADM-2 depends on the principal itself
  /// (`mayAllowSelfEscalation`); relevance is worked out once per document and account.
  public static func keys(of sides: ArraySlice<IdentitySide>) -> [AdminShareKey?] {
    guard let first = sides.first else { return [] }
    var relevance = ProbeRelevance(first)
    return sides.map { side in
      guard !side.mayAllowSelfEscalation else { return nil }
      if !relevance.fits(side) { relevance = ProbeRelevance(side) }
      return AdminShareKey(side, relevance: &relevance)
    }
  }

  /// The statements of `policy` that may match some probe (action and resource).
  static func relevant(_ policy: CompiledPolicy, _ resources: [String]) -> [CompiledStatement] {
    policy.statements.filter { statement in
      !statement.neverApplies && probeActions.contains { statement.coversAction($0) }
        && resources.contains { statement.mayCover(resource: $0) }
    }
  }

  /// Boundary and SCP policies: part of the key by identity; only their principal dependence
  /// is checked statement by statement.
  static func limitingPolicies(_ side: IdentitySide) -> [CompiledPolicy] {
    var policies: [CompiledPolicy] = []
    if case .policy(let boundary) = side.boundary { policies.append(boundary) }
    if case .enforced(let chain) = side.scp { policies += chain.levels.flatMap(\.policies) }
    return policies
  }
}

/// Which statements of a document may match an admin probe, for one account and partition.
///
/// Principals of one account share most documents (group and managed policies), so each
/// document is checked once per account instead of once per principal.
struct ProbeRelevance {
  let account: AccountID
  let partition: String
  let resources: [String]
  private var known: [Int: (indexes: [Int], dependsOnPrincipal: Bool)] = [:]

  /// An empty memo for the account and partition of `side`.
  init(_ side: IdentitySide) {
    account = side.accountID
    partition = side.arn.partition
    resources = AdminShareKey.probeResources(account: account.rawValue, partition: partition)
  }

  /// True when `side` is in this memo's account and partition.
  func fits(_ side: IdentitySide) -> Bool {
    side.accountID == account && side.arn.partition == partition
  }

  /// The original indexes of the relevant statements of `policy`, and whether one of them
  /// depends on who the caller is.
  mutating func statements(of policy: CompiledPolicy) -> (indexes: [Int], dependsOnPrincipal: Bool)
  {
    let id = policy.document.cacheID
    if let result = known[id] { return result }
    let relevant = AdminShareKey.relevant(policy, resources)
    let result = (relevant.map(\.index), relevant.contains { $0.dependsOnPrincipal })
    known[id] = result
    return result
  }
}
