/// A parsed JSON value that keeps object key order and number text exactly as written.
///
/// Exports are untrusted input: keeping the literal number text (instead of a `Double`)
/// means condition values such as account ids or large integers are never rounded.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// The number exactly as it appeared in the file, for example `"123456789012"` or `"1.50"`.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// A short name of the value's type, for error messages ("expected a string, found an array").
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The object payload, or nil.
  public var objectValue: JSONObject? {
    if case .object(let object) = self { return object }
    return nil
  }

  /// The array payload, or nil.
  public var arrayValue: [JSONValue]? {
    if case .array(let array) = self { return array }
    return nil
  }

  /// The string payload, or nil.
  public var stringValue: String? {
    if case .string(let string) = self { return string }
    return nil
  }

  /// The member `key` when this is an object.
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Hashable, Sendable {
  /// The key as written.
  public var key: String
  /// The value.
  public var value: JSONValue

  /// Creates a member.
  public init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}

/// A JSON object: members in file order; keys are unique (the parser rejects duplicates).
public struct JSONObject: Hashable, Sendable {
  /// The members in the order they appeared.
  public var members: [JSONMember]

  /// Creates an object from members in order.
  public init(_ members: [JSONMember] = []) {
    self.members = members
  }

  /// The value for `key` (exact, case-sensitive match), or nil.
  public subscript(key: String) -> JSONValue? {
    for member in members where member.key == key { return member.value }
    return nil
  }

  /// The keys in file order.
  public var keys: [String] { members.map(\.key) }
}
