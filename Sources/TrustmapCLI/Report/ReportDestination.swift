import Foundation
import TrustmapReport

/// Where `ReportRun` puts the report's files.
public protocol ReportDestination: AnyObject {
  /// Creates the file `name` (relative, such as `diagrams/x.svg`) and lets `body` fill it.
  func file(_ name: String, _ body: (ByteSink) throws -> Void) throws
}

/// Streams every file into a directory, creating folders as needed.
public final class DirectoryDestination: ReportDestination {
  /// The output directory.
  public let root: URL
  /// How many files were written.
  public private(set) var fileCount = 0

  /// Writes into `path` (created if missing).
  public init(path: String) {
    root = URL(fileURLWithPath: path, isDirectory: true)
  }

  public func file(_ name: String, _ body: (ByteSink) throws -> Void) throws {
    let url = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let sink = try ByteSink(path: url.path)
    try body(sink)
    try sink.close()
    fileCount += 1
  }
}

/// Keeps every file in memory, in the order written (tests compare bytes).
public final class MemoryDestination: ReportDestination {
  /// File names and their bytes.
  public private(set) var files: [(name: String, bytes: [UInt8])] = []

  /// An empty destination.
  public init() {}

  public func file(_ name: String, _ body: (ByteSink) throws -> Void) throws {
    let sink = ByteSink()
    try body(sink)
    files.append((name: name, bytes: sink.buffered))
  }
}
