import TrustmapModel
import TrustmapPolicy

/// SAML and OIDC providers named in a trust policy (TRU-15, TRU-16): one node per provider.
public struct FederatedTrustRule: TrustRule {
  /// Creates the rule.
  public init() {}

  public func visitCandidates<Sink: CandidateSink>(
    for trust: TrustSide, index: CandidateIndex, into sink: inout Sink
  ) {
    for ref in trust.namedPrincipals {
      if let candidate = candidate(ref) { sink.add(candidate) }
    }
  }

  func candidate(_ ref: PrincipalRef) -> EdgeCandidate? {
    switch ref {
    case .samlProvider(let arn):
      let node = providerNode(arn.rawValue, .samlProvider, arn.accountID, arn.resourceName)
      return EdgeCandidate(
        caller: .samlProvider(arn), node: node.id, kind: .assumeRoleWithSAML, placeholder: node)
    case .oidcProvider(let arn):
      let host = String(arn.resource.dropFirst("oidc-provider/".count))
      let node = providerNode(arn.rawValue, .oidcProvider, arn.accountID, host)
      return EdgeCandidate(
        caller: .oidcProvider(arn.rawValue), node: node.id, kind: .assumeRoleWithWebIdentity,
        placeholder: node)
    case .webIdentityProvider(let name):
      let node = providerNode(name, .oidcProvider, nil, name)
      return EdgeCandidate(
        caller: .oidcProvider(name), node: node.id, kind: .assumeRoleWithWebIdentity,
        placeholder: node)
    default:
      return nil
    }
  }

  func providerNode(_ id: String, _ kind: NodeKind, _ account: AccountID?, _ name: String)
    -> GraphNode
  {
    GraphNode(id: .provider(id), kind: kind, account: account, name: name)
  }
}

/// AWS service principals named in a trust policy (TRU-14): `service:<name>` → role.
public struct ServiceTrustRule: TrustRule {
  /// Creates the rule.
  public init() {}

  public func visitCandidates<Sink: CandidateSink>(
    for trust: TrustSide, index: CandidateIndex, into sink: inout Sink
  ) {
    for case .service(let name) in trust.namedPrincipals {
      let node = GraphNode(id: .service(name), kind: .service, account: nil, name: name)
      sink.add(
        EdgeCandidate(caller: .service(name), node: node.id, kind: .serviceTrust, placeholder: node)
      )
    }
  }
}
