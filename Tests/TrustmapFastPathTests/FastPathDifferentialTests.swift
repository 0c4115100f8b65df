import Foundation
import Testing
import TrustmapImport
import TrustmapModel
import TrustmapPolicy
import TrustmapSynthesis

/// EVL-7: the fast verdict equals the detailed decision's verdict kind and denial reason.
@Suite("Fast assume verdict agrees with the detailed decision")
struct FastPathDifferentialTests {
  static let referenceTime = ReferenceTime(epochSeconds: 1_736_899_200)

  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path

  func check(_ organization: Organization, random: Int, seed: UInt64) -> Differential {
    var options = EngineOptions(referenceTime: Self.referenceTime)
    var differential = Differential(
      engine: PolicyEngine(organization: organization, options: options))
    differential.compareAllPairs()
    differential.compareRandom(count: random, seed: seed)
    // The least certain rules switched the other way (§7.1, §7.2).
    options.boundaryAppliesToDirectTrust = false
    options.wildcardIsDirectGrantSameAccount = false
    var flipped = Differential(engine: PolicyEngine(organization: organization, options: options))
    flipped.compareRandom(count: random, seed: seed &+ 1)
    #expect(differential.mismatches == [])
    #expect(flipped.mismatches == [])
    print(
      "fast-path differential: \(differential.compared + flipped.compared) requests, "
        + "denied/conditional/allowed \(differential.tally)")
    return differential
  }

  @Test("Samples/ imported: every caller × role, plus random requests")
  func samples() throws {
    let organization = try Importer.load(inputs: [Self.samples]).organization
    let result = check(organization, random: 5_000, seed: 11)
    #expect(result.compared > 1_000)
    #expect(result.tally[2] > 0 && result.tally[1] > 0, "the samples grant and condition edges")
  }

  @Test(
    "Generated organisations: every caller × role, plus random requests",
    arguments: [(1, false), (2, false), (3, false), (4, true)] as [(UInt64, Bool)])
  func synthesized(seed: UInt64, urlEncoded: Bool) throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "trustmap-fastpath-\(seed)-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let synthesizer = try OrganizationSynthesizer(
      options: SynthesisOptions(
        accountCount: 12, rolesPerAccount: 40, usersPerAccount: 6, seed: seed,
        urlEncodedDocuments: urlEncoded))
    _ = try synthesizer.write(to: directory)
    let organization = try Importer.load(inputs: [directory.path]).organization
    let result = check(organization, random: 3_000, seed: seed)
    #expect(result.compared > 100_000)
  }
}
