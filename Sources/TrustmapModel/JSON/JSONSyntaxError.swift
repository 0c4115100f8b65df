/// A strict-JSON syntax error with a 1-based line and column (FMT-13).
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// 1-based line of the offending byte.
  public var line: Int
  /// 1-based column (in bytes) of the offending byte.
  public var column: Int
  /// What was wrong, for example "expected a value, found ']'".
  public var message: String
  /// Where in the document the parser was when it failed.
  public var path: JSONPath

  /// Creates a syntax error.
  public init(line: Int, column: Int, message: String, path: JSONPath) {
    self.line = line
    self.column = column
    self.message = message
    self.path = path
  }

  public var description: String { "line \(line), column \(column): \(message)" }
}
