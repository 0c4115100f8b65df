import TrustmapModel

/// An IPv4 or IPv6 CIDR block for `IpAddress`/`NotIpAddress`; a bare address means /32 or /128.
struct IPRange: Hashable, Sendable {
  let bytes: [UInt8]
  let prefixLength: Int

  init?(_ text: String) {
    let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
    guard pieces.count <= 2, let address = IPRange.parseAddress(String(pieces[0])) else {
      return nil
    }
    let maximum = address.count * 8
    if pieces.count == 2 {
      guard let length = Int(pieces[1]), length >= 0, length <= maximum else { return nil }
      prefixLength = length
    } else {
      prefixLength = maximum
    }
    bytes = address
  }

  /// Whether `address` (text) lies in the block; false for unparseable or other-family input.
  func contains(_ text: String) -> Bool {
    guard let address = IPRange.parseAddress(text), address.count == bytes.count else {
      return false
    }
    var remaining = prefixLength
    for (lhs, rhs) in zip(address, bytes) where remaining > 0 {
      let bits = min(8, remaining)
      let mask: UInt8 = bits == 8 ? 0xFF : ~(0xFF >> UInt8(bits))
      if lhs & mask != rhs & mask { return false }
      remaining -= bits
    }
    return true
  }

  static func parseAddress(_ text: String) -> [UInt8]? {
    text.containsASCII(":") ? parseV6(text) : parseV4(text)
  }

  static func parseV4(_ text: String) -> [UInt8]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var result: [UInt8] = []
    for part in parts {
      guard !part.isEmpty, part.count <= 3, let value = UInt8(part) else { return nil }
      result.append(value)
    }
    return result
  }

  static func parseV6(_ text: String) -> [UInt8]? {
    var halves = [text]
    if let gap = text.firstRange(of: "::") {
      halves = [String(text[..<gap.lowerBound]), String(text[gap.upperBound...])]
      guard !halves[1].contains("::") else { return nil }
    }
    func groups(_ part: String) -> [UInt16]? {
      if part.isEmpty { return [] }
      var result: [UInt16] = []
      for group in part.split(separator: ":", omittingEmptySubsequences: false) {
        guard group.count <= 4, let value = UInt16(group, radix: 16) else { return nil }
        result.append(value)
      }
      return result
    }
    guard let head = groups(halves[0]) else { return nil }
    var all = head
    if halves.count == 2 {
      guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
      all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }
    guard all.count == 8 else { return nil }
    return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
  }
}
