/// A condition context key, classified once at compile time (§4.2).
///
/// Names compare without case (GRM-11), so `kind` and `lowered` drive evaluation and `name` keeps
/// the spelling for reports.
public struct ConditionKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How the engine can fill the key in.
  public enum Kind: Hashable, Sendable {
    case principalArn
    case principalAccount
    case principalOrgID
    case principalOrgPaths
    /// `aws:PrincipalTag/<k>` with the tag key lowercased.
    case principalTag(String)
    case principalType
    case userID
    case username
    case principalIsAWSService
    case principalServiceName
    case resourceAccount
    /// `aws:ResourceTag/<k>` or `iam:ResourceTag/<k>`, tag key lowercased.
    case resourceTag(String)
    case resourceOrgID
    case resourceOrgPaths
    case currentTime
    case epochTime
    case secureTransport
    /// A value the caller picks (CND-7): satisfiable, listed in `callerControlled`.
    case callerControlled
    /// Set by the request itself (e.g. `iam:PassedToService`); absent unless supplied.
    case requestScoped
    /// Anything else: unknown unless the request supplies it.
    case other
  }

  /// The key as written in the policy.
  public let name: String
  /// The key lowercased: the identity of the key.
  public let lowered: String
  /// How the key is resolved.
  public let kind: Kind

  /// Classifies a key name.
  public init(_ name: String) {
    self.name = name
    lowered = name.lowercased()
    kind = ConditionKey.classify(lowered)
  }

  /// True for the multivalued keys of CND-4.
  public var isMultivalued: Bool {
    switch lowered {
    case "aws:principalorgpaths", "aws:tagkeys", "aws:principalservicenameslist",
      "sts:transitivetagkeys", "cognito-identity.amazonaws.com:amr", "aws:resourceorgpaths":
      return true
    default: return lowered.hasPrefix("saml:") && lowered.hasSuffix("[]")
    }
  }

  /// True for keys the engine knows (decides, treats as caller-controlled, or knows are
  /// unresolvable); others get an "unknown condition key" lint note.
  public var isKnown: Bool {
    if kind != .other { return true }
    let prefix = lowered.split(separator: ":").first.map(String.init) ?? lowered
    return ConditionKey.knownUnresolvable.contains(lowered) || prefix == "saml"
      || (prefix.containsASCII(".") && lowered.containsASCII(":"))
  }

  public var description: String { name }

  public static func == (lhs: ConditionKey, rhs: ConditionKey) -> Bool {
    lhs.lowered == rhs.lowered
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(lowered) }
  public static func < (lhs: ConditionKey, rhs: ConditionKey) -> Bool { lhs.lowered < rhs.lowered }

  static let knownUnresolvable: Set<String> = [
    "aws:multifactorauthpresent", "aws:multifactorauthage", "aws:sourceip", "aws:sourcevpc",
    "aws:sourcevpce", "aws:vpcsourceip", "aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid",
    "aws:sourceorgpaths", "sts:externalid", "aws:calledvia", "aws:viaawsservice",
    "aws:requestedregion", "aws:federatedprovider", "aws:tokenissuetime",
    "iam:associatedresourcearn",
  ]

  private static let exact: [String: Kind] = [
    "aws:principalarn": .principalArn, "aws:principalaccount": .principalAccount,
    "aws:principalorgid": .principalOrgID, "aws:principalorgpaths": .principalOrgPaths,
    "aws:principaltype": .principalType, "aws:userid": .userID, "aws:username": .username,
    "aws:principalisawsservice": .principalIsAWSService,
    "aws:principalservicename": .principalServiceName, "aws:resourceaccount": .resourceAccount,
    "aws:resourceorgid": .resourceOrgID, "aws:resourceorgpaths": .resourceOrgPaths,
    "aws:currenttime": .currentTime, "aws:epochtime": .epochTime,
    "aws:securetransport": .secureTransport,
    "sts:rolesessionname": .callerControlled, "aws:tagkeys": .callerControlled,
    "sts:transitivetagkeys": .callerControlled, "sts:sourceidentity": .callerControlled,
    "aws:sourceidentity": .callerControlled,
    "iam:passedtoservice": .requestScoped, "iam:policyarn": .requestScoped,
    "iam:permissionsboundary": .requestScoped,
  ]

  private static func classify(_ lowered: String) -> Kind {
    if let kind = exact[lowered] { return kind }
    if lowered.hasPrefix("aws:principaltag/") {
      return .principalTag(String(lowered.dropFirst("aws:principaltag/".count)))
    }
    for prefix in ["aws:resourcetag/", "iam:resourcetag/"] where lowered.hasPrefix(prefix) {
      return .resourceTag(String(lowered.dropFirst(prefix.count)))
    }
    if lowered.hasPrefix("aws:requesttag/") { return .callerControlled }
    return .other
  }

  /// The short label of TVL-5 (`MFA`, `ExternalId`, `OIDC sub`, …); other keys keep their name.
  public var label: String {
    switch lowered {
    case "aws:multifactorauthpresent", "aws:multifactorauthage": return "MFA"
    case "sts:externalid": return "ExternalId"
    case "aws:sourceip": return "SourceIp"
    case "aws:sourcevpc", "aws:sourcevpce", "aws:vpcsourceip": return "VPC"
    case "aws:sourcearn": return "SourceArn"
    case "aws:sourceaccount": return "SourceAccount"
    case "aws:currenttime", "aws:epochtime": return "time"
    default: break
    }
    let pieces = name.split(separator: ":")
    guard pieces.count >= 2, let claim = pieces.last else { return name }
    let prefix = pieces.dropLast().joined(separator: ":").lowercased()
    if prefix == "saml" { return "SAML:\(claim)" }
    if prefix.contains(".") { return "OIDC \(claim)" }
    return name
  }
}
