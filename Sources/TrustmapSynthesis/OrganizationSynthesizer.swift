import Dispatch
import Foundation
import TrustmapModel

/// Generates a synthetic AWS organisation: one `get-account-authorization-details` export per
/// account plus the combined Organizations export (spec §1.3), deterministically from a seed.
public struct OrganizationSynthesizer: Sendable {
  /// The options the organisation is generated from.
  public let options: SynthesisOptions
  let plan: OrgPlan

  /// Plans the organisation; throws for options the generator does not support.
  public init(options: SynthesisOptions) throws(SynthesisError) {
    guard (1...100_000).contains(options.accountCount) else {
      throw .invalidOption(name: "--accounts", reason: "must be between 1 and 100000")
    }
    guard (0...100_000).contains(options.rolesPerAccount) else {
      throw .invalidOption(name: "--roles-per-account", reason: "must be between 0 and 100000")
    }
    guard (0...100_000).contains(options.usersPerAccount) else {
      throw .invalidOption(name: "--users-per-account", reason: "must be between 0 and 100000")
    }
    self.options = options
    self.plan = OrgPlan(options: options)
  }

  /// The account ids, management account first.
  public var accountIDs: [String] { plan.accounts.map(\.id) }

  /// The export of account `index` as pretty-printed JSON bytes, with its role and user counts.
  public func accountExport(at index: Int) -> (bytes: [UInt8], roles: Int, users: Int) {
    var synthesizer = AccountSynthesizer(
      plan: plan, account: plan.accounts[index], options: options)
    let generated = synthesizer.generate()
    var writer = JSONByteWriter(reserving: 1_200 * (options.rolesPerAccount + 20))
    writer.write(generated.document, pretty: true)
    writer.append("\n")
    return (writer.bytes, generated.roles, generated.users)
  }

  /// `org.json` as pretty-printed JSON bytes.
  public func organizationExport() -> [UInt8] {
    var writer = JSONByteWriter()
    writer.write(OrgExport(plan: plan).document(), pretty: true)
    writer.append("\n")
    return writer.bytes
  }

  /// Writes `directory/accounts/<id>.json` for every account (in parallel, one write per file)
  /// and `directory/org.json`.
  public func write(to directory: URL) throws(SynthesisError) -> SynthesisSummary {
    let accounts = directory.appendingPathComponent("accounts", isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: accounts, withIntermediateDirectories: true)
    } catch {
      throw .writeFailed(path: accounts.path, reason: error.localizedDescription)
    }
    let tally = Tally()
    DispatchQueue.concurrentPerform(iterations: plan.accounts.count) { index in
      let export = accountExport(at: index)
      let file = accounts.appendingPathComponent("\(plan.accounts[index].id).json")
      tally.record(file: file, bytes: export.bytes, roles: export.roles, users: export.users)
    }
    tally.record(
      file: directory.appendingPathComponent("org.json"), bytes: organizationExport(), roles: 0,
      users: 0)
    return try tally.summary(accountFiles: plan.accounts.count)
  }
}

/// Totals shared by the parallel writers, behind a lock.
private final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var roles = 0
  private var users = 0
  private var bytes = 0
  private var failures: [SynthesisError] = []

  func record(file: URL, bytes contents: [UInt8], roles: Int, users: Int) {
    var failure: SynthesisError?
    do {
      try Data(contents).write(to: file)
    } catch {
      failure = .writeFailed(path: file.path, reason: error.localizedDescription)
    }
    lock.lock()
    defer { lock.unlock() }
    self.roles += roles
    self.users += users
    self.bytes += contents.count
    if let failure { failures.append(failure) }
  }

  func summary(accountFiles: Int) throws(SynthesisError) -> SynthesisSummary {
    lock.lock()
    defer { lock.unlock() }
    // Report the first failure by path so the message is the same on every run.
    if let failure = failures.min(by: { $0.description < $1.description }) { throw failure }
    return SynthesisSummary(
      accountFiles: accountFiles, roleCount: roles, userCount: users, totalBytes: bytes)
  }
}
