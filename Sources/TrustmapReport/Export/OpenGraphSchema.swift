import TrustmapGraph
import TrustmapModel

/// `trustmap-extension.json`: the BloodHound extension definition schema for the payload.
///
/// Install it on BloodHound's OpenGraph Management page before uploading `opengraph.json`:
/// BloodHound then builds a structured graph and runs pathfinding over the relationship kinds
/// marked traversable (EDG-5: every decided edge; group membership is display only).
enum OpenGraphSchema {
  static let fileName = "trustmap-extension.json"
  static let version = "v1.0.0"

  /// The schema text; `edgeKinds` maps each edge kind written (stable text) to whether it is
  /// traversable.
  static func text(edgeKinds: [String: Bool]) -> String {
    let namespace = ExportVocabulary.openGraphNamespace
    let nodeKinds: [JSONValue] =
      NodeKind.allCases.map { kind in
        let style = self.style(of: kind)
        return object([
          ("name", .string(ExportVocabulary.openGraphKinds(of: kind)[0])),
          ("display_name", .string(style.display)), ("description", .string(style.about)),
          ("is_display_kind", .bool(true)), ("icon", .string(style.icon)),
          ("color", .string(style.color)),
        ])
      } + [
        object([
          ("name", .string(namespace + "_Node")), ("display_name", .string("Trustmap node")),
          ("description", .string("Any node of the Trustmap trust graph.")),
          ("is_display_kind", .bool(false)),
        ])
      ]
    let relationshipKinds: [JSONValue] = edgeKinds.keys.sorted().map { kind in
      let traversable = edgeKinds[kind] ?? false
      return object([
        ("name", .string(ExportVocabulary.openGraphEdgeKind(ofKind: kind))),
        ("description", .string(about(kind: kind, traversable: traversable))),
        ("is_traversable", .bool(traversable)),
      ])
    }
    let schema = object([
      ("name", .string("Trustmap")),
      ("display_name", .string("Trustmap (AWS IAM trust graph)")),
      ("version", .string(version)), ("namespace", .string(namespace)),
    ])
    return object([
      ("schema", schema), ("node_kinds", .array(nodeKinds)),
      ("relationship_kinds", .array(relationshipKinds)),
    ]).prettyText + "\n"
  }

  static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }

  static func about(kind: String, traversable: Bool) -> String {
    let what = "Trustmap edge kind `\(kind)`"
    return traversable
      ? what + ": the start can become the end (decided allowed or conditional; see the status "
        + "and conditions properties)."
      : what + ": a fact shown for context, never followed by pathfinding."
  }

  static func style(of kind: NodeKind) -> (
    display: String, about: String, icon: String, color: String
  ) {
    switch kind {
    case .user: return ("IAM user", "An IAM user of an imported account.", "user", "#2f6fb0")
    case .role: return ("IAM role", "An IAM role of an imported account.", "user-shield", "#b0562f")
    case .group: return ("IAM group", "An IAM group (membership only).", "users", "#6b8e23")
    case .samlProvider:
      return ("SAML provider", "A SAML identity provider trusted by roles.", "id-card", "#8a55b5")
    case .oidcProvider:
      return ("OIDC provider", "An OIDC identity provider trusted by roles.", "id-badge", "#8a55b5")
    case .service:
      return ("AWS service", "An AWS service principal trusted by roles.", "gears", "#5f6b73")
    case .externalAccount:
      return ("External account", "A trusted account that was not imported.", "building", "#c0392b")
    case .externalPrincipal:
      return (
        "External principal", "A named user or role of an account that was not imported.",
        "user-secret", "#c0392b"
      )
    case .publicAny: return ("Anyone", "Any AWS principal (a `*` trust).", "globe", "#e74c3c")
    }
  }
}
