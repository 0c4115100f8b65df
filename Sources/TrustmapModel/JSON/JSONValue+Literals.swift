/// Literal syntax for building JSON in code (tests, generators): `["Effect": "Allow"]`.
///
/// A dictionary literal keeps its members in source order, like the parser does; repeating a key
/// in one literal is a programmer error.
extension JSONValue: ExpressibleByStringLiteral {
  /// Creates `.string(value)`.
  public init(stringLiteral value: String) {
    self = .string(value)
  }
}

extension JSONValue: ExpressibleByBooleanLiteral {
  /// Creates `.bool(value)`.
  public init(booleanLiteral value: Bool) {
    self = .bool(value)
  }
}

extension JSONValue: ExpressibleByIntegerLiteral {
  /// Creates `.number` with the integer's decimal text.
  public init(integerLiteral value: Int) {
    self = .number(String(value))
  }
}

extension JSONValue: ExpressibleByArrayLiteral {
  /// Creates `.array(elements)`.
  public init(arrayLiteral elements: JSONValue...) {
    self = .array(elements)
  }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
  /// Creates `.object` with the members in literal order.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    precondition(Set(elements.map(\.0)).count == elements.count, "duplicate key in JSON literal")
    self = .object(JSONObject(elements.map { JSONMember(key: $0.0, value: $0.1) }))
  }
}
