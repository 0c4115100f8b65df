#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file the report could not read (for its fingerprint) or write.
public struct FileAccessError: Error, CustomStringConvertible, Sendable {
  /// What was attempted.
  public enum Access: String, Sendable {
    case read, write
  }

  /// The file.
  public var path: String
  /// Reading or writing.
  public var access: Access
  /// The system's reason.
  public var reason: String

  init(_ access: Access, path: String, errno code: Int32) {
    self.path = path
    self.access = access
    reason = String(cString: strerror(code))
  }

  /// "cannot read <path>: <reason>".
  public var description: String { "cannot \(access.rawValue) \(path): \(reason)" }
}
