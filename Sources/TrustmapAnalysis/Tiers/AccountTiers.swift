import Foundation
import TrustmapModel

/// Account tiers (higher rank = more valuable), from a `--tiers` file or from OU names.
///
/// File format (JSON): `{"order": ["prod", "shared", "dev", "sandbox"], "accounts":
/// {"444444444444": "prod"}, "organizationalUnits": {"Prod": "prod", "ou-ab12-11111111": "dev"}}`.
/// `order` lists tiers from most to least valuable. An account's tier is its entry in
/// `accounts`, else that of its nearest OU (by id or name) in `organizationalUnits`, else the
/// default. The default (`defaultOrder`): the management account is `management`; otherwise the
/// first keyword found in the OU path (nearest OU first) decides: security/audit/log →
/// `security`, prod → `prod`, infra/shared/tool/network → `shared`, dev/test/stag/qa → `dev`,
/// sandbox/playground/experiment → `sandbox`; unknown → `shared` (the middle).
public struct AccountTiers: Hashable, Sendable {
  /// Tier names, most valuable first.
  public let order: [String]
  /// Tier name per account.
  public let tiers: [AccountID: String]

  /// The default tier order.
  public static let defaultOrder = ["management", "security", "prod", "shared", "dev", "sandbox"]
  static let keywords: [(String, [String])] = [
    ("security", ["security", "audit", "log"]), ("prod", ["prod"]),
    ("sandbox", ["sandbox", "playground", "experiment"]), ("dev", ["dev", "test", "stag", "qa"]),
    ("shared", ["infra", "shared", "tool", "network"]),
  ]

  /// Tiers from an optional config; accounts of `organization` plus any listed in the config.
  public init(organization: Organization, config: TierConfig? = nil) {
    order = config?.order ?? Self.defaultOrder
    var tiers: [AccountID: String] = [:]
    let ids = Set(organization.accounts.map(\.id)).union(
      organization.structure?.accounts.map(\.id) ?? [])
    for id in ids { tiers[id] = Self.tier(of: id, organization, config, order) }
    self.tiers = tiers
  }

  static func tier(
    of id: AccountID, _ organization: Organization, _ config: TierConfig?, _ order: [String]
  ) -> String {
    if let tier = config?.accounts[id.rawValue] { return tier }
    let units = (organization.structure?.units(above: id) ?? []).reversed()
    if let config {
      for unit in units {
        if let tier = config.organizationalUnits[unit.id] ?? config.organizationalUnits[unit.name] {
          return tier
        }
      }
    }
    if organization.structure?.managementAccountID == id, order.contains("management") {
      return "management"
    }
    for unit in units {
      let name = unit.name.lowercased()
      if let match = keywords.first(where: { $0.1.contains { name.contains($0) } }),
        order.contains(match.0)
      {
        return match.0
      }
    }
    return order.contains("shared") ? "shared" : order[order.count / 2]
  }

  /// The rank of an account: larger is more valuable; unknown accounts rank lowest (-1).
  public func rank(of account: AccountID) -> Int {
    guard let tier = tiers[account], let position = order.firstIndex(of: tier) else { return -1 }
    return order.count - position
  }

  /// The tier name of an account.
  public func tier(of account: AccountID) -> String? { tiers[account] }
}

/// The `--tiers` file.
public struct TierConfig: Hashable, Sendable, Decodable {
  /// Tiers, most valuable first.
  public var order: [String]
  /// Account id → tier.
  public var accounts: [String: String]
  /// OU id or name → tier.
  public var organizationalUnits: [String: String]

  enum CodingKeys: String, CodingKey { case order, accounts, organizationalUnits }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    order = try container.decode([String].self, forKey: .order)
    accounts = try container.decodeIfPresent([String: String].self, forKey: .accounts) ?? [:]
    organizationalUnits =
      try container.decodeIfPresent([String: String].self, forKey: .organizationalUnits) ?? [:]
  }

  /// Reads and validates a tier file; errors name the file and the problem.
  public static func load(path: String) throws -> TierConfig {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw AnalysisError.tierFile(path: path, reason: "cannot read the file")
    }
    let config: TierConfig
    do { config = try JSONDecoder().decode(TierConfig.self, from: data) } catch {
      throw AnalysisError.tierFile(
        path: path,
        reason:
          "expected {\"order\": [...], \"accounts\": {...}, \"organizationalUnits\": {...}} (\(error))"
      )
    }
    guard !config.order.isEmpty else {
      throw AnalysisError.tierFile(path: path, reason: "\"order\" is empty")
    }
    for tier in config.accounts.values.sorted() + config.organizationalUnits.values.sorted()
    where !config.order.contains(tier) {
      throw AnalysisError.tierFile(path: path, reason: "tier \"\(tier)\" is not in \"order\"")
    }
    return config
  }
}

/// Errors of the analysis layer.
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
  /// The `--tiers` file is unreadable or malformed.
  case tierFile(path: String, reason: String)
  /// A principal name given on the command line matches nothing.
  case unknownPrincipal(String, suggestions: [String])
  /// A principal name matches several nodes.
  case ambiguousPrincipal(String, candidates: [String])

  public var description: String {
    switch self {
    case .tierFile(let path, let reason): return "\(path): invalid tier file: \(reason)"
    case .unknownPrincipal(let name, let suggestions):
      let hint = suggestions.isEmpty ? "" : "; did you mean: " + suggestions.joined(separator: ", ")
      return "unknown principal \"\(name)\"\(hint)"
    case .ambiguousPrincipal(let name, let candidates):
      return "ambiguous principal \"\(name)\": matches " + candidates.joined(separator: ", ")
        + "; give the full ARN"
    }
  }
}
