/// Standard base64 (RFC 4648, with padding), for the CSP `'sha256-…'` source.
enum Base64 {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

  /// Encodes bytes.
  static func encode(_ bytes: [UInt8]) -> String {
    var out = ""
    for start in stride(from: 0, to: bytes.count, by: 3) {
      let chunk = Array(bytes[start..<min(start + 3, bytes.count)])
      let value = chunk.enumerated().reduce(UInt32(0)) {
        $0 | UInt32($1.element) << (16 - 8 * $1.offset)
      }
      for index in 0..<4 {
        if index <= chunk.count {
          out.append(alphabet[Int((value >> UInt32(18 - 6 * index)) & 0x3f)])
        } else {
          out.append("=")
        }
      }
    }
    return out
  }
}
