import TrustmapSynthesis

/// One organisation size of the benchmark.
struct BenchSize: Hashable, Sendable {
  /// `small`, `medium` or `large`.
  var name: String
  /// Accounts, the management account included.
  var accounts: Int
  /// Roles in every account.
  var rolesPerAccount: Int
  /// Users in every account.
  var usersPerAccount: Int

  /// The sizes the issue asks for: 12×40, 50×200 and 500×1,000 (accounts × roles).
  static let all = [
    BenchSize(name: "small", accounts: 12, rolesPerAccount: 40, usersPerAccount: 10),
    BenchSize(name: "medium", accounts: 50, rolesPerAccount: 200, usersPerAccount: 20),
    BenchSize(name: "large", accounts: 500, rolesPerAccount: 1_000, usersPerAccount: 50),
  ]

  /// The size called `name`, if any.
  static func named(_ name: String) -> BenchSize? { all.first { $0.name == name } }

  /// `12×40` style label.
  var label: String { "\(accounts)×\(rolesPerAccount)" }

  /// Generator options for this size.
  func options(seed: UInt64) -> SynthesisOptions {
    SynthesisOptions(
      accountCount: accounts, rolesPerAccount: rolesPerAccount, usersPerAccount: usersPerAccount,
      seed: seed)
  }
}
