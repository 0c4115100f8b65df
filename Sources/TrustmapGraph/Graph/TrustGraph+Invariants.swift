/// A broken structural promise of a `TrustGraph`.
public struct GraphInvariantViolation: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String

  public var description: String { message }
}

extension TrustGraph {
  /// Checks every structural promise in one place: unique node ids, every edge endpoint exists,
  /// `memberOf` edges go from a user to a group of its own account, assume edges end at a role, and
  /// no edge is denied.
  ///
  /// Returns the violations (empty when sound).
  public func checkInvariants() -> [GraphInvariantViolation] {
    var problems: [String] = []
    if Set(nodes.map(\.id)).count != nodes.count { problems.append("duplicate node ids") }
    for edge in edges {
      guard let source = node(edge.source), let target = node(edge.target) else {
        problems.append("edge \(edge.source) -> \(edge.target): endpoint missing")
        continue
      }
      if edge.kind == .memberOf {
        if source.kind != .user || target.kind != .group || source.account != target.account {
          problems.append("dangling group member \(edge.source) -> \(edge.target)")
        }
      } else if target.kind != .role {
        problems.append("edge \(edge.source) -> \(edge.target) does not end at a role")
      }
      if edge.decision.isDenied { problems.append("denied edge \(edge.source) -> \(edge.target)") }
    }
    return problems.map { GraphInvariantViolation(message: $0) }
  }
}
