/// Every problem found in one import run, across all files: the importer collects rather than
/// stopping at the first (so a user fixes them in one go).
public struct ImportFailure: Error, Equatable, Sendable, CustomStringConvertible {
  /// The problems, sorted by message so output is deterministic.
  public var problems: [ImportError]

  /// Wraps one or more problems.
  public init(_ problems: [ImportError]) {
    self.problems = problems.sorted { $0.description < $1.description }
  }

  public var description: String {
    if problems.count == 1 { return problems[0].description }
    return "\(problems.count) problems in the inputs:\n"
      + problems.map { "  - \($0.description)" }.joined(separator: "\n")
  }
}
