/// What the engine knows about one condition key for a request (CND-9).
public enum ContextValue: Hashable, Sendable {
  /// The key is present with these values (one for single-valued keys).
  case known([String])
  /// The key is known to be absent from the request.
  case absent
  /// The key is absent or has a value outside this set: e.g. `aws:PrincipalOrgID` of an
  /// imported account that is not in the org export. Comparing with a member is false; with
  /// anything else, unknown.
  case notIn(Set<String>)
  /// Nothing is known (U).
  case unknown

  /// A single known value.
  public static func value(_ text: String) -> ContextValue { .known([text]) }

  // Values that half a million principals share: one array each instead of one per principal.
  static let falseValue = value("false")
  static let userType = value("User")
  static let assumedRoleType = value("AssumedRole")

  /// A known value, or `.absent` for nil.
  public static func optional(_ text: String?) -> ContextValue {
    text.map { .known([$0]) } ?? .absent
  }
}
