/// What the engine knows about a caller for condition keys and policy variables (§4.2).
public struct PrincipalFacts: Hashable, Sendable {
  /// `aws:PrincipalArn`: user ARN, or the role ARN for role sessions (TRU-7).
  public var arn: ContextValue = .unknown
  /// `aws:PrincipalAccount`.
  public var account: ContextValue = .unknown
  /// `aws:PrincipalOrgID`.
  public var orgID: ContextValue = .unknown
  /// `aws:PrincipalOrgPaths` (multivalued).
  public var orgPaths: ContextValue = .unknown
  /// `aws:PrincipalType`: `User`, `AssumedRole`, ….
  public var type: ContextValue = .unknown
  /// `aws:username`: absent for role sessions.
  public var username: ContextValue = .unknown
  /// `aws:userid`: `AIDA…` for users; role sessions carry `AROA…:<session>` (see `roleID`).
  public var userID: ContextValue = .unknown
  /// The role id of a role session: `aws:userid` is `<roleID>:<caller-chosen session name>`.
  public var roleID: String?
  /// `aws:PrincipalIsAWSService`.
  public var isAWSService: ContextValue = .falseValue
  /// `aws:PrincipalServiceName`.
  public var serviceName: ContextValue = .absent
  /// `aws:PrincipalTag/<k>` by lowercased key; nil means tags are unknown.
  public var tags: [String: String]? = [:]

  /// Creates facts where everything is unknown except that the caller is not a service.
  public init() {}

  /// `aws:PrincipalTag/<key>` (key lowercased).
  public func tag(_ key: String) -> ContextValue {
    guard let tags else { return .unknown }
    return .optional(tags[key])
  }
}

/// What the engine knows about the requested resource (§4.2).
public struct ResourceFacts: Hashable, Sendable {
  /// `aws:ResourceAccount`.
  public var account: ContextValue = .unknown
  /// `aws:ResourceOrgID`.
  public var orgID: ContextValue = .unknown
  /// `aws:ResourceOrgPaths`.
  public var orgPaths: ContextValue = .unknown
  /// `aws:ResourceTag/<k>` by lowercased key; nil means unknown.
  public var tags: [String: String]?

  /// Creates facts where everything is unknown.
  public init() {}
}

/// The reference time for `aws:CurrentTime`/`aws:EpochTime` (CND-10).
public struct ReferenceTime: Hashable, Sendable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var epochSeconds: Double

  /// Creates a reference time from epoch seconds.
  public init(epochSeconds: Double) { self.epochSeconds = epochSeconds }

  /// Parses ISO 8601 (W3C profile) or epoch seconds; nil when unparseable.
  public init?(_ text: String) {
    guard let seconds = DateParser.epochSeconds(text) else { return nil }
    epochSeconds = seconds
  }
}

/// The request context a statement is evaluated against: caller facts, resource facts, time,
/// and keys the request supplies itself (`iam:PassedToService`, …) by lowercased name.
public struct RequestContext: Sendable {
  /// The caller (stored in a shared box: building a context costs two reference counts).
  public var principal: PrincipalFacts {
    get { principalBox.value }
    set { principalBox = Box(newValue) }
  }
  /// The resource.
  public var resource: ResourceFacts {
    get { resourceBox.value }
    set { resourceBox = Box(newValue) }
  }
  var principalBox: Box<PrincipalFacts>
  var resourceBox: Box<ResourceFacts>
  /// `aws:CurrentTime`.
  public var time: ReferenceTime
  /// Extra keys by lowercased name; they override the derived values.
  public var extra: [String: ContextValue]

  /// Creates a context.
  public init(
    principal: PrincipalFacts, resource: ResourceFacts, time: ReferenceTime,
    extra: [String: ContextValue] = [:]
  ) {
    principalBox = Box(principal)
    resourceBox = Box(resource)
    self.time = time
    self.extra = extra
  }

  init(principal: Box<PrincipalFacts>, resource: Box<ResourceFacts>, time: ReferenceTime) {
    principalBox = principal
    resourceBox = resource
    self.time = time
    extra = [:]
  }

  /// The value of `key` for this request.
  public func value(for key: ConditionKey) -> ContextValue {
    if !extra.isEmpty, let value = extra[key.lowered] { return value }
    switch key.kind {
    case .principalArn: return principalBox.value.arn
    case .principalAccount: return principalBox.value.account
    case .principalOrgID: return principalBox.value.orgID
    case .principalOrgPaths: return principalBox.value.orgPaths
    case .principalTag(let tag): return principalBox.value.tag(tag)
    case .principalType: return principalBox.value.type
    case .userID: return principalBox.value.userID
    case .username: return principalBox.value.username
    case .principalIsAWSService: return principalBox.value.isAWSService
    case .principalServiceName: return principalBox.value.serviceName
    case .resourceAccount: return resourceBox.value.account
    case .resourceTag(let tag): return resourceBox.value.tags.map { .optional($0[tag]) } ?? .unknown
    case .resourceOrgID: return resourceBox.value.orgID
    case .resourceOrgPaths: return resourceBox.value.orgPaths
    case .currentTime: return .value(DateParser.iso8601(time.epochSeconds))
    case .epochTime: return .value(String(Int64(time.epochSeconds)))
    case .secureTransport: return .value("true")  // assumed for STS calls (§4.2, medium)
    case .requestScoped: return .absent
    case .callerControlled, .other: return .unknown
    }
  }
}

/// An immutable shared box for a value.
final class Box<Value: Sendable>: Sendable {
  let value: Value

  init(_ value: Value) { self.value = value }
}
