import Foundation
import Testing
import TrustmapModel
import TrustmapSynthesis

@Suite("Synthetic organisation")
struct OrganizationSynthesizerTests {
  @Test func sameSeedGivesSameBytesAndOtherSeedsDiffer() throws {
    let options = SynthesisOptions(
      accountCount: 6, rolesPerAccount: 30, usersPerAccount: 5, seed: 42)
    let first = try OrganizationSynthesizer(options: options)
    let second = try OrganizationSynthesizer(options: options)
    var other = options
    other.seed = 43
    let third = try OrganizationSynthesizer(options: other)
    #expect(first.accountIDs == second.accountIDs)
    #expect(first.organizationExport() == second.organizationExport())
    for index in 0..<6 {
      #expect(first.accountExport(at: index).bytes == second.accountExport(at: index).bytes)
    }
    #expect(first.accountIDs != third.accountIDs)
    #expect(first.accountExport(at: 3).bytes != third.accountExport(at: 3).bytes)
  }

  @Test func writtenFilesMatchTheInMemoryExports() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmap-synth-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let synthesizer = try OrganizationSynthesizer(
      options: SynthesisOptions(accountCount: 5, rolesPerAccount: 25, usersPerAccount: 4, seed: 3))
    let summary = try synthesizer.write(to: directory)
    #expect(summary.accountFiles == 5 && summary.roleCount == 125 && summary.userCount == 20)
    let files = try FileManager.default.contentsOfDirectory(
      atPath: directory.appendingPathComponent("accounts").path)
    #expect(files.sorted() == synthesizer.accountIDs.map { "\($0).json" }.sorted())
    for (index, id) in synthesizer.accountIDs.enumerated() {
      let url = directory.appendingPathComponent("accounts/\(id).json")
      #expect(try [UInt8](Data(contentsOf: url)) == synthesizer.accountExport(at: index).bytes)
    }
    let org = try Data(contentsOf: directory.appendingPathComponent("org.json"))
    #expect([UInt8](org) == synthesizer.organizationExport())
  }

  @Test(arguments: [(1, 0, 0), (2, 3, 1), (12, 40, 8), (30, 120, 10)])
  func countsMatchTheOptions(accounts: Int, roles: Int, users: Int) throws {
    let org = try GeneratedOrg(accounts: accounts, roles: roles, users: users)
    #expect(org.accounts.count == accounts)
    #expect(Set(org.accounts.map(\.id)).count == accounts)
    for (id, export) in org.accounts {
      #expect(id.count == 12 && id.allSatisfy(\.isNumber))
      #expect(GeneratedOrg.list(export, "RoleDetailList").count == roles)
      #expect(GeneratedOrg.list(export, "UserDetailList").count == users)
    }
    #expect(GeneratedOrg.list(org.organization, "Accounts").count == accounts)
  }

  @Test func invalidOptionsAreRejected() {
    #expect(throws: SynthesisError.self) {
      try OrganizationSynthesizer(
        options: SynthesisOptions(accountCount: 0, rolesPerAccount: 1, usersPerAccount: 1, seed: 1))
    }
    #expect(throws: SynthesisError.self) {
      try OrganizationSynthesizer(
        options: SynthesisOptions(accountCount: 2, rolesPerAccount: -1, usersPerAccount: 1, seed: 1)
      )
    }
  }
}
