import Testing
import TrustmapModel

@testable import TrustmapPolicy

/// A small seeded generator so property runs are reproducible.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Naive recursive glob: the reference for the compiled matcher.
func naiveGlob(_ pattern: [Character], _ text: [Character]) -> Bool {
  guard let head = pattern.first else { return text.isEmpty }
  let rest = Array(pattern.dropFirst())
  switch head {
  case "*": return (0...text.count).contains { naiveGlob(rest, Array(text.dropFirst($0))) }
  case "?": return !text.isEmpty && naiveGlob(rest, Array(text.dropFirst()))
  default: return text.first == head && naiveGlob(rest, Array(text.dropFirst()))
  }
}

@Suite("Properties")
struct PropertyTests {
  @Test("Glob agrees with a naive reference matcher on random inputs")
  func globMatchesReference() {
    var rng = SplitMix(state: 42)
    let alphabet: [Character] = ["a", "b", "/", ":", "é"]
    for _ in 0..<3000 {
      let pattern = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
        (alphabet + ["*", "?"]).randomElement(using: &rng) ?? "a"
      }
      let text = (0..<Int.random(in: 0...7, using: &rng)).map { _ in
        alphabet.randomElement(using: &rng) ?? "a"
      }
      let compiled = Glob(String(pattern)).matches(String(text))
      #expect(
        compiled == naiveGlob(pattern, text), "pattern \(String(pattern)) text \(String(text))")
    }
  }

  @Test("Adding a Deny never turns a denied or conditional decision into allowed")
  func denyIsMonotone() {
    var rng = SplitMix(state: 7)
    let allows = [
      idAllow("*"), idAllow(P.rB), #"{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}"#,
      #"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#,
    ]
    let denies = [
      #"{"Effect":"Deny","Action":"sts:*","Resource":"*"}"#,
      #"{"Effect":"Deny","Action":"s3:*","Resource":"*"}"#,
      #"{"Effect":"Deny","NotAction":"s3:*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}"#,
      #"{"Effect":"Deny","Action":"*","NotResource":"arn:aws:iam::222222222222:role/*"}"#,
    ]
    let trusts = [
      trust(P.rootA), trust(P.alice), trust("*"),
      trust(P.rootA, condition: #"{"StringEquals":{"sts:ExternalId":"x"}}"#),
    ]
    let rank: (Decision) -> Int = { $0.isAllowed ? 2 : ($0.isDenied ? 0 : 1) }
    for _ in 0..<40 {
      var fixture = PolicyFixture()
      let trustJSON = trusts.randomElement(using: &rng) ?? trusts[0]
      fixture.addRole("R", in: Acct.b, trust: trustJSON)
      let base = allows.shuffled(using: &rng).prefix(Int.random(in: 0...2, using: &rng))
      fixture.addUser("alice", policies: Array(base))
      let before = fixture.decide(P.alice, P.rB)
      fixture.addUser(
        "alice", policies: Array(base) + [denies.randomElement(using: &rng) ?? denies[0]])
      let after = fixture.decide(P.alice, P.rB)
      #expect(
        rank(after) <= rank(before),
        "\(trustJSON) \(base) → \(before.verdict) then \(after.verdict)")
    }
  }
}
