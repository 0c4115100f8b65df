import TrustmapGraph
import TrustmapPolicy

/// The names the exports give to Trustmap's nodes and edges: node labels (Cartography's where
/// the meaning is the same), relationship types and BloodHound OpenGraph kinds.
///
/// Relationship types and OpenGraph kinds are derived from an edge kind's stable text, so a kind
/// added to the graph later gets a name without a change here.
public enum ExportVocabulary {
  /// The label every node of the trust graph carries (exactly the nodes of `trustmap graph`).
  public static let graphNodeLabel = "TrustmapNode"

  /// The Neo4j labels of a trust-graph node, the label to merge on first (Cartography's, so a
  /// load into a Cartography database joins its `AWSRole`/`AWSUser`/`AWSGroup` nodes).
  public static func labels(of kind: NodeKind) -> [String] {
    switch kind {
    case .user: return ["AWSUser", "AWSPrincipal", graphNodeLabel]
    case .role: return ["AWSRole", "AWSPrincipal", graphNodeLabel]
    case .group: return ["AWSGroup", "AWSPrincipal", graphNodeLabel]
    case .samlProvider:
      return ["TrustmapSAMLProvider", "AWSFederatedPrincipal", "AWSPrincipal", graphNodeLabel]
    case .oidcProvider:
      return ["TrustmapOIDCProvider", "AWSFederatedPrincipal", "AWSPrincipal", graphNodeLabel]
    case .service:
      return ["TrustmapService", "AWSServicePrincipal", "AWSPrincipal", graphNodeLabel]
    case .externalAccount:
      return ["TrustmapExternalAccount", "AWSRootPrincipal", "AWSPrincipal", graphNodeLabel]
    case .externalPrincipal: return ["TrustmapExternalPrincipal", "AWSPrincipal", graphNodeLabel]
    case .publicAny: return ["TrustmapPublic", graphNodeLabel]
    }
  }

  /// The Neo4j relationship type of an edge kind: `MEMBER_OF` (Cartography's name) for group
  /// membership, otherwise `TRUSTMAP_` and the kind in upper snake case (`assumeRole` →
  /// `TRUSTMAP_ASSUME_ROLE`, `passRole:lambda` → `TRUSTMAP_PASS_ROLE_LAMBDA`).
  public static func relationshipType(ofKind kind: String) -> String {
    if kind == "memberOf" { return "MEMBER_OF" }
    return "TRUSTMAP_" + words(of: kind).map { $0.uppercased() }.joined(separator: "_")
  }

  /// The OpenGraph namespace (BloodHound extension schema).
  public static let openGraphNamespace = "Trustmap"

  /// The OpenGraph edge kind of an edge kind: the namespace, `_`, and the kind in Pascal case,
  /// each `:`-separated part after another `_` (`assumeRole` → `Trustmap_AssumeRole`,
  /// `passRole:lambda` → `Trustmap_PassRole_Lambda`); only `[A-Za-z0-9_]`.
  public static func openGraphEdgeKind(ofKind kind: String) -> String {
    let parts = kind.split(separator: ":", omittingEmptySubsequences: true).map { part in
      words(of: String(part)).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
    return openGraphNamespace + "_" + parts.joined(separator: "_")
  }

  /// The OpenGraph node kinds of a node (at most three; the first is the primary kind).
  public static func openGraphKinds(of kind: NodeKind) -> [String] {
    let primary: String
    switch kind {
    case .user: primary = "User"
    case .role: primary = "Role"
    case .group: primary = "Group"
    case .samlProvider: primary = "SAMLProvider"
    case .oidcProvider: primary = "OIDCProvider"
    case .service: primary = "Service"
    case .externalAccount: primary = "ExternalAccount"
    case .externalPrincipal: primary = "ExternalPrincipal"
    case .publicAny: primary = "Public"
    }
    return [openGraphNamespace + "_" + primary, openGraphNamespace + "_Node"]
  }

  /// The words of a camel-case or punctuated name, ASCII letters and digits only: `assumeRole` →
  /// `assume`, `Role`; `assumeRoleWithSAML` → `assume`, `Role`, `With`, `SAML`.
  static func words(of text: String) -> [String] {
    var words: [String] = []
    var current = ""
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
        if !current.isEmpty { words.append(current) }
        current = ""
        continue
      }
      let isUpper = ("A"..."Z").contains(scalar)
      let previousLower = index > 0 && ("a"..."z").contains(scalars[index - 1])
      let nextLower = index + 1 < scalars.count && ("a"..."z").contains(scalars[index + 1])
      let previousUpper = index > 0 && ("A"..."Z").contains(scalars[index - 1])
      if isUpper, !current.isEmpty, previousLower || (previousUpper && nextLower) {
        words.append(current)
        current = ""
      }
      current.unicodeScalars.append(scalar)
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
