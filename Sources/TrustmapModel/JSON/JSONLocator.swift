/// Finds where a value sits in JSON text that has already been parsed once: its concrete JSON
/// path and the 1-based line and column of its first character, for reports that point into
/// the input (SARIF regions).
///
/// Steps select object members, array elements by index, or the element of an array whose
/// member has a given string value (`RoleDetailList` entry whose `Arn` is …). When a step finds
/// a string where it expected an object or array (a URL-encoded policy document, FMT-11), the
/// search stops there and answers the string's location. A step that finds nothing answers nil.
public struct JSONLocator {
  /// One step from a value into one of its parts.
  public enum Step: Hashable, Sendable {
    /// An object member.
    case key(String)
    /// An array element; index 0 of a non-array is the value itself (a lone `Statement`).
    case index(Int)
    /// The array element whose member `key` is the string `value`.
    case element(key: String, value: String)
  }

  /// Where a value starts.
  public struct Location: Hashable, Sendable {
    /// The concrete path, such as `$.RoleDetailList[3].AssumeRolePolicyDocument`.
    public var path: JSONPath
    /// 1-based line.
    public var line: Int
    /// 1-based column, in UTF-8 bytes.
    public var column: Int
  }

  private let bytes: [UInt8]
  private var offset = 0

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The location `steps` lead to in `bytes`, or nil when a step finds nothing.
  public static func locate(_ steps: [Step], in bytes: [UInt8]) -> Location? {
    var locator = JSONLocator(bytes)
    locator.skipWhitespace()
    var path = JSONPath.root
    for step in steps {
      if locator.peek() == UInt8(ascii: "\"") { break }  // an encoded document: stop at it
      let start = locator.offset
      guard let next = locator.enter(step, path: path) else {
        locator.offset = start
        return nil
      }
      path = next
    }
    return locator.location(path)
  }

  /// Moves to the part `step` names, or nil when there is none.
  private mutating func enter(_ step: Step, path: JSONPath) -> JSONPath? {
    switch (step, peek()) {
    case (.key(let key), UInt8(ascii: "{")):
      return members { $0 == key } ? path.appending(key) : nil
    case (.index(let index), UInt8(ascii: "[")):
      var position = 0
      let found = elements { _ in
        defer { position += 1 }
        return position == index
      }
      return found ? path.appending(index) : nil
    case (.index(0), UInt8(ascii: "{")):
      return path
    case (.element(let key, let value), UInt8(ascii: "[")):
      var position = -1
      let found = elements { locator in
        position += 1
        var probe = locator
        return probe.members { $0 == key } && probe.string() == value
      }
      return found ? path.appending(position) : nil
    default:
      return nil
    }
  }

  /// Walks an object's members until `matches` accepts a key; leaves the offset at its value.
  private mutating func members(_ matches: (String) -> Bool) -> Bool {
    offset += 1
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\""), let key = string() else { return false }
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { return false }
      offset += 1
      skipWhitespace()
      if matches(key) { return true }
      guard skipValue() else { return false }
      skipWhitespace()
      guard peek() == UInt8(ascii: ",") else { return false }
      offset += 1
    }
  }

  /// Walks an array's elements until `matches` accepts one (seeing a copy positioned at it);
  /// leaves the offset at that element.
  private mutating func elements(_ matches: (JSONLocator) -> Bool) -> Bool {
    offset += 1
    while true {
      skipWhitespace()
      guard let byte = peek(), byte != UInt8(ascii: "]") else { return false }
      if matches(self) { return true }
      guard skipValue() else { return false }
      skipWhitespace()
      guard peek() == UInt8(ascii: ",") else { return false }
      offset += 1
    }
  }

  /// Reads a string at the offset (escapes other than `\uXXXX` decoded; enough for keys and
  /// ARNs), or nil.
  private mutating func string() -> String? {
    guard peek() == UInt8(ascii: "\"") else { return nil }
    offset += 1
    var text: [UInt8] = []
    while let byte = peek() {
      offset += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard let escaped = peek() else { return nil }
        offset += 1
        text.append(escaped == UInt8(ascii: "n") ? 0x0A : escaped)
      default: text.append(byte)
      }
    }
    return nil
  }

  /// Skips one value of any kind; false on malformed text.
  private mutating func skipValue() -> Bool {
    guard let byte = peek() else { return false }
    switch byte {
    case UInt8(ascii: "\""): return string() != nil
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      while let next = peek() {
        if next == UInt8(ascii: "\"") {
          guard string() != nil else { return false }
          continue
        }
        offset += 1
        if next == UInt8(ascii: "{") || next == UInt8(ascii: "[") { depth += 1 }
        if next == UInt8(ascii: "}") || next == UInt8(ascii: "]") { depth -= 1 }
        if depth == 0 { return true }
      }
      return false
    default:
      while let next = peek(), !",}] \t\r\n".utf8.contains(next) { offset += 1 }
      return true
    }
  }

  private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private mutating func skipWhitespace() {
    while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      offset += 1
    }
  }

  /// Line and column of the offset.
  private func location(_ path: JSONPath) -> Location {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return Location(path: path, line: line, column: offset - lineStart + 1)
  }
}
