/// A strict JSON parser (RFC 8259) over UTF-8 bytes.
///
/// Written for exports rather than taken from Foundation because the importer needs three things
/// `JSONSerialization` does not give: duplicate keys are an error (GRM-6: a generic decoder keeps
/// one value silently), errors carry line, column and JSON path (FMT-13), and number text is kept
/// exactly.
public struct JSONParser {
  /// Nesting deeper than this is rejected instead of overflowing the stack.
  public static let maximumDepth = 512

  /// Parses one JSON document; trailing non-whitespace is an error.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) -> JSONValue in
      var reader = Reader(bytes: buffer)
      return try reader.parseDocument()
    }
  }

  /// Parses one JSON document from text.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}

private struct Reader {
  let bytes: UnsafeBufferPointer<UInt8>
  var offset = 0
  var path: [JSONPath.Component] = []

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    // A UTF-8 byte order mark is tolerated: some Windows tools write one.
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
    skipWhitespace()
    if offset >= bytes.count { throw error("the file is empty; expected a JSON value") }
    let value = try parseValue(depth: 0)
    skipWhitespace()
    if offset < bytes.count { throw error("unexpected \(describeCurrent()) after the JSON value") }
    return value
  }

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard depth < JSONParser.maximumDepth else { throw error("nesting is deeper than 512 levels") }
    guard offset < bytes.count else { throw error("unexpected end of file; expected a value") }
    switch bytes[offset] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error("expected a value, found \(describeCurrent())")
    }
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    offset += 1
    var members: [JSONMember] = []
    var seen: Set<String>? = nil
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      offset += 1
      return .object(JSONObject(members))
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else {
        throw error("expected a quoted key, found \(describeCurrent())")
      }
      let keyStart = offset
      let key = try parseString()
      if isDuplicate(key, in: members, seen: &seen) {
        offset = keyStart
        throw error("duplicate key \"\(key)\" in one object")
      }
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else {
        throw error("expected ':' after key \"\(key)\", found \(describeCurrent())")
      }
      offset += 1
      skipWhitespace()
      path.append(.key(key))
      let value = try parseValue(depth: depth + 1)
      path.removeLast()
      members.append(JSONMember(key: key, value: value))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
      case UInt8(ascii: "}"):
        offset += 1
        return .object(JSONObject(members))
      default:
        throw error("expected ',' or '}' in an object, found \(describeCurrent())")
      }
    }
  }

  /// Linear scan for small objects, a set once an object grows (GAAD records have ~15 keys).
  func isDuplicate(_ key: String, in members: [JSONMember], seen: inout Set<String>?) -> Bool {
    if members.count < 16 {
      return members.contains { $0.key == key }
    }
    if seen == nil { seen = Set(members.map(\.key)) }
    let inserted = seen?.insert(key).inserted ?? true
    return !inserted
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    offset += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      offset += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      path.append(.index(elements.count))
      elements.append(try parseValue(depth: depth + 1))
      path.removeLast()
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        offset += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
      case UInt8(ascii: "]"):
        offset += 1
        return .array(elements)
      default:
        throw error("expected ',' or ']' in an array, found \(describeCurrent())")
      }
    }
  }

  mutating func parseString() throws(JSONSyntaxError) -> String {
    offset += 1  // opening quote
    let start = offset
    // Fast path: no escapes.
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        offset += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw error("control character in a string; it must be escaped") }
      offset += 1
    }
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        offset += 1
        try appendEscape(to: &buffer)
      case 0..<0x20:
        throw error("control character in a string; it must be escaped")
      default:
        buffer.append(byte)
        offset += 1
      }
    }
    throw error("unexpected end of file inside a string")
  }

  mutating func appendEscape(to buffer: inout [UInt8]) throws(JSONSyntaxError) {
    guard offset < bytes.count else { throw error("unexpected end of file in an escape") }
    let byte = bytes[offset]
    offset += 1
    switch byte {
    case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4()
      if (0xD800...0xDBFF).contains(scalar) {
        // A high surrogate must be followed by an escaped low surrogate.
        if offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
          bytes[offset + 1] == UInt8(ascii: "u")
        {
          offset += 2
          let low = try parseHex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else {
          throw error("unpaired surrogate in \\u escape")
        }
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error("unpaired surrogate in \\u escape")
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
      buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      offset -= 1
      throw error("invalid escape '\\\(describeByte(byte))' in a string")
    }
  }

  mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw error("unexpected end of file in \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[offset]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid hex digit in \\u escape")
      }
      value = value * 16 + digit
      offset += 1
    }
    return value
  }

  mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = offset
    if peek() == UInt8(ascii: "-") { offset += 1 }
    guard let first = peek(), isDigit(first) else { throw error("expected a digit in a number") }
    if first == UInt8(ascii: "0") {
      offset += 1
      if let next = peek(), isDigit(next) {
        throw error("leading zeros are not allowed in numbers")
      }
    } else {
      skipDigits()
    }
    if peek() == UInt8(ascii: ".") {
      offset += 1
      guard let next = peek(), isDigit(next) else { throw error("expected a digit after '.'") }
      skipDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      offset += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
      guard let next = peek(), isDigit(next) else { throw error("expected a digit in an exponent") }
      skipDigits()
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let count = literal.utf8CodeUnitCount
    let matches =
      offset + count <= bytes.count
      && (0..<count).allSatisfy { bytes[offset + $0] == literal.utf8Start[$0] }
    guard matches else { throw error("expected a value, found \(describeCurrent())") }
    offset += count
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  mutating func skipDigits() {
    while let byte = peek(), isDigit(byte) { offset += 1 }
  }

  func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  func describeCurrent() -> String {
    guard let byte = peek() else { return "end of file" }
    return "'\(describeByte(byte))'"
  }

  func describeByte(_ byte: UInt8) -> String {
    (0x21..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : String(format: byte)
  }

  func error(_ message: String) -> JSONSyntaxError {
    var line = 1
    var column = 1
    for index in 0..<min(offset, bytes.count) {
      if bytes[index] == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return JSONSyntaxError(
      line: line, column: column, message: message, path: JSONPath(components: path))
  }
}

extension String {
  fileprivate init(format byte: UInt8) {
    let hex = String(byte, radix: 16, uppercase: true)
    self = "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
  }
}
