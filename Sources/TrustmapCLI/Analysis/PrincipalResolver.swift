import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// Resolves command-line principal names: full ARNs, node ids, or short forms `account:role/name`,
/// `account:user/name`, where `account` is an id or an org account name.
///
/// The role path may be left out when the name is unique.
struct PrincipalResolver {
  let graph: TrustGraph
  let organization: Organization

  func resolve(_ name: String) throws -> NodeID {
    if graph.node(NodeID(rawValue: name)) != nil { return NodeID(rawValue: name) }
    let matches = candidates(name)
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      throw AnalysisError.ambiguousPrincipal(name, candidates: matches.map(\.rawValue))
    }
    throw AnalysisError.unknownPrincipal(name, suggestions: suggestions(name))
  }

  func candidates(_ name: String) -> [NodeID] {
    guard let colon = name.firstIndex(of: ":"), !name.hasPrefix("arn:") else { return [] }
    let accountPart = String(name[..<colon])
    let rest = String(name[name.index(after: colon)...])
    let accounts = organization.accounts.map(\.id).filter {
      $0.rawValue == accountPart || organization.displayName(of: $0) == accountPart
    }
    let kinds = ["role/", "user/", "group/"]
    guard let kind = kinds.first(where: { rest.hasPrefix($0) }) else { return [] }
    let short = String(rest.dropFirst(kind.count))
    return graph.nodes.filter { node in
      guard let account = node.account, accounts.contains(account),
        node.kind.rawValue + "/" == kind,
        let arn = ARN(node.id.rawValue)
      else { return false }
      return arn.resource == kind + short || (node.name == short && !short.contains("/"))
        || arn.resource.hasSuffix("/" + short)
    }.map(\.id)
  }

  /// Up to five node ids that contain the last path component of `name`.
  func suggestions(_ name: String) -> [String] {
    let tail =
      name.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init)?.lowercased()
      ?? name
    return Array(
      graph.nodes.filter { $0.kind != .group && $0.name.lowercased().contains(tail) }.map(
        \.id.rawValue
      ).prefix(5))
  }
}
