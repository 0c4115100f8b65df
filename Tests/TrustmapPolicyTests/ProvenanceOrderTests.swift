import Testing
import TrustmapModel

@testable import TrustmapPolicy

/// Provenance is sorted and unique however it was gathered, and shared policy sources compare
/// like separately built equal ones.
@Suite("Provenance order")
struct ProvenanceOrderTests {
  static let sources = [
    PolicySource(kind: .scp, holding: .organization, name: "FullAWSAccess", policyID: "p-full"),
    PolicySource(
      kind: .identity, holding: .inline, name: "assume",
      account: AccountID(rawValue: "111111111111"),
      holder: "arn:aws:iam::111111111111:group/ops"),
    PolicySource(
      kind: .identity, holding: .managed, name: "Admin", policyID: "arn:aws:iam::aws:policy/Admin",
      versionID: "v1", holder: "arn:aws:iam::111111111111:user/ana"),
    PolicySource(kind: .trust, holding: .trust, name: "trust", holder: "arn:aws:iam::1:role/r"),
    PolicySource(kind: .boundary, holding: .managed, name: "limit", policyID: "arn:b"),
  ]

  static func evidence(_ seed: Int) -> [Evidence] {
    var items: [Evidence] = []
    for (offset, source) in sources.enumerated() {
      for index in 0...(offset + seed) % 3 {
        let role: Evidence.Role = (index + seed) % 2 == 0 ? .granted : .leftOpen
        items.append(
          Evidence(role: role, location: StatementLocation(source: source, index: index, sid: nil)))
      }
    }
    // A deterministic shuffle with duplicates.
    var random = UInt64(seed + 1)
    var shuffled = items + items.prefix(seed % 4)
    for position in shuffled.indices.reversed() {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      shuffled.swapAt(position, Int(random >> 33) % (position + 1))
    }
    return shuffled
  }

  @Test("sortedUnique(evidence:) equals sorting the distinct entries", arguments: 0..<12)
  func sortedUnique(_ seed: Int) {
    let items = Self.evidence(seed)
    #expect(DecisionBuilder.sortedUnique(evidence: items) == Array(Set(items)).sorted())
  }

  @Test("a copied source equals, hashes and orders like a separately built equal source")
  func sharedStorage() {
    let original = Self.sources[2]
    var rebuilt = PolicySource(
      kind: .identity, holding: .managed, name: "Admin", policyID: "arn:aws:iam::aws:policy/Admin",
      versionID: "v1", holder: "arn:aws:iam::111111111111:user/ana")
    #expect(original == rebuilt && original.hashValue == rebuilt.hashValue)
    #expect(!(original < rebuilt) && !(rebuilt < original))
    rebuilt.holder = "arn:aws:iam::111111111111:user/bob"
    #expect(original != rebuilt && original < rebuilt)
    #expect(original.holder == "arn:aws:iam::111111111111:user/ana")
  }
}
