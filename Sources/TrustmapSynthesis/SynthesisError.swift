/// Why a generation run failed.
public enum SynthesisError: Error, Equatable, CustomStringConvertible {
  /// An option is outside what the generator supports.
  case invalidOption(name: String, reason: String)
  /// A file or folder could not be written.
  case writeFailed(path: String, reason: String)

  /// A one-sentence message for users.
  public var description: String {
    switch self {
    case .invalidOption(let name, let reason):
      return "option \(name): \(reason)"
    case .writeFailed(let path, let reason):
      return "could not write \(path): \(reason) — check that the output folder is writable"
    }
  }
}
