import TrustmapModel

/// Writes `JSONValue`s as UTF-8 bytes the way the AWS CLI prints JSON: four-space indent,
/// `": "` after keys, `[]`/`{}` for empty containers, non-ASCII text written as is.
///
/// The model's `prettyText` builds a `String`; for 500 MB of output, appending bytes into one
/// reserved buffer is several times faster.
struct JSONByteWriter {
  private(set) var bytes: [UInt8] = []

  init(reserving capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends `value` indented (`pretty`) or compact, then nothing else.
  mutating func write(_ value: JSONValue, pretty: Bool, level: Int = 0) {
    switch value {
    case .null: append("null")
    case .bool(let flag): append(flag ? "true" : "false")
    case .number(let text): append(text)
    case .string(let text): writeString(text)
    case .array(let elements):
      writeContainer(
        open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: elements.count, pretty: pretty,
        level: level
      ) {
        writer, index in
        writer.write(elements[index], pretty: pretty, level: level + 1)
      }
    case .object(let object):
      let members = object.members
      writeContainer(
        open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, pretty: pretty,
        level: level
      ) {
        writer, index in
        writer.writeString(members[index].key)
        writer.append(pretty ? ": " : ":")
        writer.write(members[index].value, pretty: pretty, level: level + 1)
      }
    }
  }

  private mutating func writeContainer(
    open: UInt8, close: UInt8, count: Int, pretty: Bool, level: Int,
    element: (inout JSONByteWriter, Int) -> Void
  ) {
    bytes.append(open)
    guard count > 0 else { return bytes.append(close) }
    for index in 0..<count {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      if pretty { newline(level + 1) }
      element(&self, index)
    }
    if pretty { newline(level) }
    bytes.append(close)
  }

  private mutating func newline(_ level: Int) {
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<(level * 4) { bytes.append(UInt8(ascii: " ")) }
  }

  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  private mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): append("\\\"")
      case UInt8(ascii: "\\"): append("\\\\")
      case UInt8(ascii: "\n"): append("\\n")
      case UInt8(ascii: "\t"): append("\\t")
      case 0..<0x20:
        append("\\u00")
        bytes.append(Alphabet.hexByte(byte >> 4))
        bytes.append(Alphabet.hexByte(byte & 15))
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

extension Alphabet {
  /// The hex digit for `nibble` (0...15), lowercase unless asked otherwise.
  static func hexByte(_ nibble: UInt8, uppercase: Bool = false) -> UInt8 {
    if nibble < 10 { return UInt8(ascii: "0") + nibble }
    return (uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")) + nibble - 10
  }
}

extension JSONValue {
  /// Compact JSON text, for SCP `Content` strings and URL-encoded documents.
  var compactBytes: [UInt8] {
    var writer = JSONByteWriter()
    writer.write(self, pretty: false)
    return writer.bytes
  }

  /// The compact text percent-encoded per RFC 3986 (unreserved characters kept), the form the
  /// IAM query API returns documents in (FMT-11).
  var urlEncodedText: String {
    var out: [UInt8] = []
    for byte in compactBytes {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."), UInt8(ascii: "~"):
        out.append(byte)
      default:
        out.append(UInt8(ascii: "%"))
        out.append(Alphabet.hexByte(byte >> 4, uppercase: true))
        out.append(Alphabet.hexByte(byte & 15, uppercase: true))
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
