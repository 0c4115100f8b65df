/// A policy document as imported: the decoded JSON, whatever encoding the export used (FMT-11).
///
/// The model keeps the JSON; `TrustmapPolicy` compiles it. Two identical documents compare equal,
/// which is what lets the engine compile each distinct document once.
public struct PolicyDocument: Hashable, Sendable {
  /// The decoded document.
  public var json: JSONValue

  /// Wraps a decoded document.
  public init(json: JSONValue) {
    self.json = json
  }
}

/// An inline policy: a name and a document embedded in a user, group or role.
public struct InlinePolicy: Hashable, Sendable {
  /// `PolicyName`.
  public var name: String
  /// `PolicyDocument`.
  public var document: PolicyDocument

  /// Creates an inline policy.
  public init(name: String, document: PolicyDocument) {
    self.name = name
    self.document = document
  }
}

/// A managed policy attached to a user, group or role (`AttachedManagedPolicies`).
public struct PolicyAttachment: Hashable, Sendable {
  /// `PolicyName`.
  public var name: String
  /// `PolicyArn`.
  public var arn: ARN

  /// Creates an attachment.
  public init(name: String, arn: ARN) {
    self.name = name
    self.arn = arn
  }
}

/// A `{Key, Value}` tag.
public struct Tag: Hashable, Sendable {
  /// The tag key.
  public var key: String
  /// The tag value.
  public var value: String

  /// Creates a tag.
  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}
