import TrustmapModel

/// Which kind of policy a document is; decides the per-type validation rules (§2.7, GRM-12).
public enum PolicyKind: String, Hashable, Sendable, CaseIterable, Comparable {
  /// Identity policy of a user, group or role, inline or managed.
  case identity
  /// Permissions boundary: limits, never grants.
  case boundary
  /// Role trust policy (`AssumeRolePolicyDocument`).
  case trust
  /// Service control policy.
  case scp
  /// Resource control policy.
  case rcp

  public static func < (lhs: PolicyKind, rhs: PolicyKind) -> Bool { lhs.rank < rhs.rank }

  /// Alphabetical order of the raw values (the documented order), without building strings.
  private var rank: Int {
    switch self {
    case .boundary: return 0
    case .identity: return 1
    case .rcp: return 2
    case .scp: return 3
    case .trust: return 4
    }
  }

  /// The evaluation layer of this kind of policy.
  public var layer: Layer {
    switch self {
    case .identity: return .identity
    case .boundary: return .boundary
    case .trust: return .trust
    case .scp: return .scp
    case .rcp: return .rcp
    }
  }
}

/// Where a compiled policy came from: used for lint findings and decision provenance.
///
/// The fields live in one shared, immutable storage object: every edge's provenance copies
/// sources, and a copy is then one reference instead of five strings (setters replace the
/// storage).
public struct PolicySource: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How the policy is held.
  public enum Holding: String, Hashable, Sendable {
    /// Embedded in the holder (`UserPolicyList`, `GroupPolicyList`, `RolePolicyList`).
    case inline
    /// A managed policy attached to the holder or used as its boundary.
    case managed
    /// The role's trust policy.
    case trust
    /// An Organizations policy (SCP or RCP).
    case organization
  }

  private var storage: PolicySourceStorage

  /// Identity, boundary, trust, SCP or RCP.
  public var kind: PolicyKind {
    get { storage.fields.kind }
    set { update { $0.kind = newValue } }
  }
  /// Inline, managed, trust or organisation policy.
  public var holding: Holding {
    get { storage.fields.holding }
    set { update { $0.holding = newValue } }
  }
  /// Policy name (inline name, managed policy name, SCP/RCP name, or `trust`).
  public var name: String {
    get { storage.fields.name }
    set { update { $0.name = newValue } }
  }
  /// Managed policy ARN, or the SCP/RCP id; nil for inline and trust policies.
  public var policyID: String? {
    get { storage.fields.policyID }
    set { update { $0.policyID = newValue } }
  }
  /// Managed policy version, for example `v2`.
  public var versionID: String? {
    get { storage.fields.versionID }
    set { update { $0.versionID = newValue } }
  }
  /// The account whose export holds it (nil for Organizations policies).
  public var account: AccountID? {
    get { storage.fields.account }
    set { update { $0.account = newValue } }
  }
  /// The user, group or role that holds it (for a user's group policy: the group), or the
  /// Organizations target (root, OU or account id) for SCPs/RCPs.
  public var holder: String? {
    get { storage.fields.holder }
    set { update { $0.holder = newValue } }
  }

  /// Creates a source description.
  public init(
    kind: PolicyKind, holding: Holding, name: String, policyID: String? = nil,
    versionID: String? = nil, account: AccountID? = nil, holder: String? = nil
  ) {
    storage = PolicySourceStorage(
      Fields(
        kind: kind, holding: holding, name: name, policyID: policyID, versionID: versionID,
        account: account, holder: holder))
  }

  /// The stored fields, as one value.
  struct Fields: Hashable, Sendable {
    var kind: PolicyKind
    var holding: Holding
    var name: String
    var policyID: String?
    var versionID: String?
    var account: AccountID?
    var holder: String?
  }

  private mutating func update(_ change: (inout Fields) -> Void) {
    var fields = storage.fields
    change(&fields)
    storage = PolicySourceStorage(fields)
  }

  public static func == (lhs: PolicySource, rhs: PolicySource) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

  public var description: String {
    var text = "\(kind.rawValue) \(holding.rawValue) policy \(name)"
    if let policyID { text += " (\(policyID)\(versionID.map { "@\($0)" } ?? ""))" }
    if let holder { text += " held by \(holder)" }
    return text
  }

  public static func < (lhs: PolicySource, rhs: PolicySource) -> Bool {
    lhs.orderCompare(rhs) < 0
  }

  /// Three-way `<` order (kind, holder, policy id, name, version): negative, zero or positive.
  ///
  /// Zero does not mean equal (holding and account are not ordered).
  func orderCompare(_ other: PolicySource) -> Int {
    if storage === other.storage { return 0 }
    if kind != other.kind { return kind < other.kind ? -1 : 1 }
    if holder != other.holder { return Self.order(holder ?? "", other.holder ?? "") }
    if policyID != other.policyID { return Self.order(policyID ?? "", other.policyID ?? "") }
    if name != other.name { return Self.order(name, other.name) }
    return Self.order(versionID ?? "", other.versionID ?? "")
  }

  private static func order(_ lhs: String, _ rhs: String) -> Int {
    lhs == rhs ? 0 : (lhs < rhs ? -1 : 1)
  }
}

/// A statement of a compiled policy, identified by index (position in `Statement`) and Sid.
public struct StatementLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The policy the statement belongs to.
  public var source: PolicySource
  /// Zero-based index in the normalised `Statement` array (GRM-2).
  public var index: Int
  /// The statement's `Sid`, when present (GRM-3).
  public var sid: String?

  /// Creates a statement location.
  public init(source: PolicySource, index: Int, sid: String?) {
    self.source = source
    self.index = index
    self.sid = sid
  }

  public var description: String {
    "\(source) statement \(index)" + (sid.map { " (Sid \($0))" } ?? "")
  }

  /// Field by field like the derived `==`, cheapest first: the source (possibly all its
  /// fields) is compared last.
  public static func == (lhs: StatementLocation, rhs: StatementLocation) -> Bool {
    lhs.index == rhs.index && lhs.sid == rhs.sid && lhs.source == rhs.source
  }

  public static func < (lhs: StatementLocation, rhs: StatementLocation) -> Bool {
    // "sources differ ? source order : index order", with one three-way source comparison
    // (provenance is sorted for every edge of the graph).
    let order = lhs.source.orderCompare(rhs.source)
    if order != 0 { return order < 0 }
    if lhs.source != rhs.source { return false }
    return lhs.index < rhs.index
  }
}

/// The immutable fields behind `PolicySource` values.
private final class PolicySourceStorage: Sendable {
  let fields: PolicySource.Fields

  init(_ fields: PolicySource.Fields) { self.fields = fields }
}
