/// The job of an account, which decides its OU and the roles it gets.
enum AccountTier: String, CaseIterable, Sendable {
  case management
  case security
  case infrastructure
  case prod
  case dev
  case sandbox

  /// The OU that holds accounts of this tier (nil: directly under the root).
  var organizationalUnitName: String? {
    switch self {
    case .management: return nil
    case .security: return "Security"
    case .infrastructure: return "Infrastructure"
    case .prod: return "Prod"
    case .dev: return "Dev"
    case .sandbox: return "Sandbox"
    }
  }

  /// Whether the tier runs application workloads (and so gets CI deploy roles).
  var isWorkload: Bool { self == .prod || self == .dev }
}

/// One account of the plan.
struct PlannedAccount: Sendable {
  /// Position in the plan (0 = management); seeds the account's own random stream.
  var index: Int
  var id: String
  var name: String
  var tier: AccountTier
  /// The root or OU the account sits in.
  var parentID: String
  /// For workload accounts: the application it runs (shared by its prod and dev accounts).
  var application: String
}

/// One OU of the plan.
struct PlannedOU: Sendable {
  var id: String
  var name: String
  var parentID: String
  /// The tier whose accounts it holds (nil for grouping-only OUs).
  var tier: AccountTier?
}
