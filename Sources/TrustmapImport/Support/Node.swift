import TrustmapModel

/// A JSON value together with where it sits (file and JSON path), so every accessor can throw
/// an `ImportError` that says exactly where the problem is.
struct Node: Sendable {
  let value: JSONValue
  let path: JSONPath
  let file: String

  /// The member `key`, or nil when it is absent or `null`.
  func child(_ key: String) -> Node? {
    guard case .object(let object) = value, let member = object[key] else { return nil }
    if case .null = member { return nil }
    return Node(value: member, path: path.appending(key), file: file)
  }

  /// The member `key`; absent or `null` is an error.
  func required(_ key: String) throws(ImportError) -> Node {
    guard let node = child(key) else { throw .missingKey(file: file, path: path, key: key) }
    return node
  }

  /// This value as an object.
  func object() throws(ImportError) -> JSONObject {
    guard case .object(let object) = value else { throw mismatch("an object") }
    return object
  }

  /// This value as a string.
  func string() throws(ImportError) -> String {
    guard case .string(let text) = value else { throw mismatch("a string") }
    return text
  }

  // The member getters below read a well-typed member directly and build a child `Node`
  // (whose path costs an allocation) only to report a problem: the importer reads a dozen
  // members of every role.

  /// The member `key` as it is, or nil when it is absent or `null`.
  func member(_ key: String) -> JSONValue? {
    guard case .object(let object) = value, let member = object[key] else { return nil }
    if case .null = member { return nil }
    return member
  }

  /// The required string member `key`.
  func string(_ key: String) throws(ImportError) -> String {
    if case .string(let text)? = member(key) { return text }
    return try required(key).string()
  }

  /// The optional string member `key`.
  func optionalString(_ key: String) throws(ImportError) -> String? {
    switch member(key) {
    case nil: return nil
    case .string(let text)?: return text
    default: return try child(key)?.string()
    }
  }

  /// The optional integer member `key` (a number without fraction).
  func optionalInt(_ key: String) throws(ImportError) -> Int? {
    if case .number(let text)? = member(key), let number = Int(text) { return number }
    guard let node = child(key) else { return nil }
    guard case .number(let text) = node.value, let number = Int(text) else {
      throw node.mismatch("an integer")
    }
    return number
  }

  /// The optional boolean member `key`.
  func optionalBool(_ key: String) throws(ImportError) -> Bool? {
    guard let node = child(key) else { return nil }
    guard case .bool(let flag) = node.value else { throw node.mismatch("true or false") }
    return flag
  }

  /// A timestamp as written: an ISO 8601 string or epoch seconds (FMT-4, ORG-1).
  func optionalTimestamp(_ key: String) throws(ImportError) -> String? {
    switch member(key) {
    case nil: return nil
    case .string(let text)?, .number(let text)?: return text
    default: break
    }
    guard let node = child(key) else { return nil }
    switch node.value {
    case .string(let text), .number(let text): return text
    default: throw node.mismatch("a timestamp (string or number)")
    }
  }

  /// The required ARN member `key`.
  func arn(_ key: String) throws(ImportError) -> ARN {
    if case .string(let text)? = member(key), let arn = ARN(text) { return arn }
    let node = try required(key)
    let text = try node.string()
    guard let arn = ARN(text) else {
      throw .invalidValue(
        file: file, path: node.path, expected: "an ARN", found: JSONValue.quoted(text))
    }
    return arn
  }

  /// The required account-id member `key`.
  func accountID(_ key: String) throws(ImportError) -> AccountID {
    let node = try required(key)
    let text = try node.string()
    guard let id = AccountID(rawValue: text) else {
      throw .invalidValue(
        file: file, path: node.path, expected: "a 12-digit account id",
        found: JSONValue.quoted(text))
    }
    return id
  }

  /// The elements of the list member `key`: absent means empty, and a lone object counts as a
  /// one-element list (FMT-6).
  func elements(_ key: String) throws(ImportError) -> [Node] {
    guard let node = child(key) else { return [] }
    return try node.elements()
  }

  /// This value's elements; a lone object is a one-element list (FMT-6).
  func elements() throws(ImportError) -> [Node] {
    switch value {
    case .array(let items):
      return items.enumerated().map { Node(value: $1, path: path.appending($0), file: file) }
    case .object: return [self]
    default: throw mismatch("an array")
    }
  }

  /// The string elements of the list member `key`.
  func strings(_ key: String) throws(ImportError) -> [String] {
    guard let node = child(key) else { return [] }
    if case .string(let single) = node.value { return [single] }
    var result: [String] = []
    for element in try node.elements() { result.append(try element.string()) }
    return result
  }

  /// A wrong-type error at this node.
  func mismatch(_ expected: String) -> ImportError {
    .wrongType(file: file, path: path, expected: expected, found: value.typeName)
  }
}
