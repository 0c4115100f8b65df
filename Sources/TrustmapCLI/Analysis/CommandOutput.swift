import ArgumentParser

/// What a command prints: the report (stdout), notes (stderr) and the exit status.
public struct CommandOutput: Sendable {
  /// Standard output.
  public var report: String
  /// Standard error lines (diagnostics, timings).
  public var notes: [String] = []
  /// Exit status: 0 unless the command documents another (3 = no path).
  public var exitCode: Int32 = 0

  /// Prints and exits with the status.
  func emit() throws {
    var standardError = StandardError()
    for line in notes { print(line, to: &standardError) }
    print(report, terminator: report.hasSuffix("\n") || report.isEmpty ? "" : "\n")
    if exitCode != 0 { throw ExitCode(exitCode) }
  }
}
