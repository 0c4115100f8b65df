/// A pure-Swift SHA-256 (FIPS 180-4) for input fingerprints and the CSP script hash.
///
/// Feed bytes with `update` in any pieces (whole 64-byte blocks are compressed straight from
/// the caller's buffer), then take `finalize()`.
public struct SHA256: Sendable {
  private var state: [UInt32] = SHA256Constants.initialState
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  /// A hasher with nothing fed yet.
  public init() {}

  /// Feeds `bytes`.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    length &+= UInt64(bytes.count)
    var rest = bytes[...]
    if !pending.isEmpty {
      let taken = min(64 - pending.count, rest.count)
      pending.append(contentsOf: rest.prefix(taken))
      rest = rest.dropFirst(taken)
      guard pending.count == 64 else { return }
      pending.withUnsafeBytes { compress(blocks: $0) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = rest.count - rest.count % 64
    compress(blocks: UnsafeRawBufferPointer(rebasing: rest.prefix(whole)))
    pending.append(contentsOf: rest.dropFirst(whole))
  }

  /// Feeds `bytes`.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// The 32-byte digest of everything fed.
  public func finalize() -> [UInt8] {
    var copy = self
    var tail = pending
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bits = length &* 8
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
    }
    tail.withUnsafeBytes { copy.compress(blocks: $0) }
    return copy.state.flatMap { word in
      [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) }
    }
  }

  /// The 32-byte digest of `message`.
  public static func digest(_ message: [UInt8]) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(message)
    return hasher.finalize()
  }

  /// The digest as lowercase hex.
  public static func hex(_ message: [UInt8]) -> String { hex(digest: digest(message)) }

  /// `digest` as lowercase hex.
  public static func hex(digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    return String(digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] })
  }

  /// Compresses every 64-byte block of `blocks` (whose length is a multiple of 64).
  private mutating func compress(blocks: UnsafeRawBufferPointer) {
    guard blocks.count >= 64 else { return }
    state.withUnsafeMutableBufferPointer { state in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        SHA256Constants.roundConstants.withUnsafeBufferPointer { constants in
          for start in stride(from: 0, to: blocks.count - 63, by: 64) {
            Self.compress(
              UnsafeRawBufferPointer(rebasing: blocks[start..<start + 64]), state: state,
              schedule: schedule, constants: constants)
          }
        }
      }
    }
  }

  private static func compress(
    _ block: UnsafeRawBufferPointer, state: UnsafeMutableBufferPointer<UInt32>,
    schedule w: UnsafeMutableBufferPointer<UInt32>, constants k: UnsafeBufferPointer<UInt32>
  ) {
    for t in 0..<16 {
      w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
    }
    for t in 16..<64 {
      let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
      let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
      w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
    }
    var (a, b, c, d, e, f, g, h) = (
      state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
    )
    // Eight rounds per pass with the variables' roles rotated instead of moved.
    for t in stride(from: 0, to: 64, by: 8) {
      round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
      round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
      round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
      round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
      round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
      round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
      round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
      round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
    }
    state[0] &+= a
    state[1] &+= b
    state[2] &+= c
    state[3] &+= d
    state[4] &+= e
    state[5] &+= f
    state[6] &+= g
    state[7] &+= h
  }

  /// One round: `d += T1`, `h = T1 + T2` (FIPS 180-4 §6.2.2 step 3, roles rotated).
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ constantPlusWord: UInt32
  ) {
    let t1 =
      h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ constantPlusWord
    let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
    d &+= t1
    h = t1 &+ t2
  }

  @inline(__always)
  private static func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
  }
}

/// The FIPS 180-4 constants.
private enum SHA256Constants {
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  static let initialState: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
}
