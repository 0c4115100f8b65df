import Foundation
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy
import TrustmapTestSupport

/// A small organisation built in code, with tiers given per account: for tests of grouping,
/// fixes and exposure that need templated roles in several accounts.
struct TieredOrg {
  /// Tier per account id; the order is prod, shared, dev.
  var tiers: [String: String] = [:]
  var users: [String: [User]] = [:]
  var roles: [String: [Role]] = [:]

  /// Adds an account of `tier`.
  mutating func account(_ id: String, tier: String) { tiers[id] = tier }

  /// Adds a user with one inline policy of `statements` (JSON texts).
  mutating func user(_ name: String, in account: String, statements: [String]) {
    let arn = Self.arn(account, "user/\(name)")
    users[account, default: []].append(
      User(
        arn: arn, name: name, id: "AIDA" + name.uppercased().filter(\.isLetter) + account,
        inlinePolicies: [InlinePolicy(name: "\(name)-policy", document: Self.document(statements))])
    )
  }

  /// Adds a role with `trust` (a trust policy's JSON text) and inline `statements`.
  mutating func role(_ name: String, in account: String, trust: String, statements: [String]) {
    let arn = Self.arn(account, "role/\(name)")
    roles[account, default: []].append(
      Role(
        arn: arn, name: name, id: "AROA" + name.uppercased().filter(\.isLetter) + account,
        trustPolicy: PolicyDocument(json: Self.json(trust)),
        inlinePolicies: statements.isEmpty
          ? [] : [InlinePolicy(name: "\(name)-policy", document: Self.document(statements))]))
  }

  /// Import, engine, graph and analysis.
  func analysed() throws -> (Organization, TrustAnalysis) {
    let ids = Set(tiers.keys).union(users.keys).union(roles.keys).sorted()
    let organization = Organization(
      accounts: ids.compactMap { id in
        AccountID(rawValue: id).map {
          Account(id: $0, users: users[id] ?? [], roles: roles[id] ?? [])
        }
      })
    let engine = PolicyEngine(
      organization: organization,
      options: EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_931_600)))
    let graph = TrustGraphBuilder(organization: organization, engine: engine).build()
    let config = try JSONDecoder().decode(
      TierConfig.self,
      from: Data(
        (#"{"order":["prod","shared","dev"],"accounts":"#
          + String(decoding: try JSONEncoder().encode(tiers), as: UTF8.self) + "}").utf8))
    let tiers = AccountTiers(organization: organization, config: config)
    return (organization, TrustAnalysis(graph: graph, engine: engine, tiers: tiers))
  }

  static let assumeAny = #"{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}"#
  static let everything = #"{"Effect":"Allow","Action":"*","Resource":"*"}"#

  static func arn(_ account: String, _ resource: String) -> ARN {
    guard let arn = ARN("arn:aws:iam::\(account):\(resource)") else { fatalError(resource) }
    return arn
  }

  /// A trust policy admitting `principals` (AWS principal values), with an optional condition.
  static func trust(_ principals: [String], condition: String? = nil) -> String {
    let list = principals.map { "\"\($0)\"" }.joined(separator: ",")
    let extra = condition.map { #","Condition":"# + $0 } ?? ""
    return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["#
      + list + #"]},"Action":"sts:AssumeRole""# + extra + "}]}"
  }

  static func document(_ statements: [String]) -> PolicyDocument {
    PolicyDocument(
      json: json(
        #"{"Version":"2012-10-17","Statement":["# + statements.joined(separator: ",") + "]}"))
  }

  static func json(_ text: String) -> JSONValue {
    do { return try TestSupport.json(text) } catch { fatalError("bad test JSON \(text)") }
  }
}
