/// A warning or note found while importing or evaluating: where it is and what it means.
///
/// Problems that stop the import are `ImportError`s; diagnostics are what the tool can continue
/// past but must not hide (an incomplete export, a dangling group membership, a lint finding).
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How much it matters.
  public enum Severity: Int, Hashable, Sendable, Comparable, CustomStringConvertible {
    case info = 0
    case warning = 1

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { self == .info ? "info" : "warning" }
  }

  /// How much it matters.
  public var severity: Severity
  /// A stable machine-readable code, for example `incompleteExport`, `danglingGroupMembership`.
  public var code: String
  /// The file it was found in, when it came from a file.
  public var file: String?
  /// Where in that file.
  public var path: JSONPath?
  /// One sentence for a person.
  public var message: String

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, code: String, file: String? = nil, path: JSONPath? = nil, message: String
  ) {
    self.severity = severity
    self.code = code
    self.file = file
    self.path = path
    self.message = message
  }

  public var description: String {
    var location = ""
    if let file { location += file }
    if let path { location += (location.isEmpty ? "" : " ") + "at \(path)" }
    return "\(severity): " + (location.isEmpty ? "" : "\(location): ") + message
  }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.file ?? "", lhs.path?.description ?? "", lhs.code, lhs.message)
      < (rhs.file ?? "", rhs.path?.description ?? "", rhs.code, rhs.message)
  }
}
