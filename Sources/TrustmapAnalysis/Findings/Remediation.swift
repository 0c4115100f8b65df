import TrustmapPolicy

/// What to change, in words a reviewer can paste into a ticket, with the statements it touches.
public struct Remediation: Hashable, Sendable {
  /// One or two sentences: which statement of which policy, and what to change in it.
  public var text: String
  /// JSON to paste into the statement (a `Condition` block, a narrower `Principal`), if any.
  public var snippet: String?
  /// The statements the change touches.
  public var statements: [StatementLocation]

  /// Creates a remediation.
  public init(text: String, snippet: String? = nil, statements: [StatementLocation] = []) {
    self.text = text
    self.snippet = snippet
    self.statements = statements
  }
}
