/// Issues IAM unique ids (`AROA…`, `AIDA…`, 4-letter prefix + 17 base32 characters) that are
/// unique across the whole organisation.
///
/// The first 13 characters encode `mix(salt ^ (account index << 32 | serial))`; the mix is a
/// bijection on 64 bits, so two (account, serial) pairs never share those 65 bits. The last 4
/// characters are random decoration.
struct IdentifierMint {
  /// Serials at or above this are never issued to entities: used for deleted principals.
  static let danglingBase: UInt64 = 1 << 31

  let accountIndex: UInt64
  let salt: UInt64
  private var serial: UInt64 = 0

  init(accountIndex: Int, salt: UInt64) {
    self.accountIndex = UInt64(accountIndex)
    self.salt = salt
  }

  /// A fresh id with `prefix`, such as "AROA".
  mutating func next(_ prefix: String, random: inout SplitMix64) -> String {
    serial += 1
    return id(prefix, serial: serial, random: &random)
  }

  /// The id a deleted principal had: well-formed, but never issued to an entity in the org.
  func dangling(_ prefix: String, number: Int, random: inout SplitMix64) -> String {
    id(prefix, serial: IdentifierMint.danglingBase + UInt64(number), random: &random)
  }

  private func id(_ prefix: String, serial: UInt64, random: inout SplitMix64) -> String {
    var value = SplitMix64.mix(salt ^ (accountIndex << 32 | serial))
    var characters: [Character] = []
    for _ in 0..<13 {
      characters.append(Alphabet.base32[Int(value & 31)])
      value >>= 5
    }
    return prefix + String(characters) + random.string(4, from: Alphabet.base32)
  }

  /// A stable id for an AWS managed policy: the same in every account, as in AWS.
  static func awsManagedPolicyID(name: String) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
    for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    var value = SplitMix64.mix(hash)
    var characters: [Character] = []
    for index in 0..<17 {
      if index == 12 { value = SplitMix64.mix(value) }
      characters.append(Alphabet.base32[Int(value & 31)])
      value >>= 5
    }
    return "ANPA" + String(characters)
  }
}
