import Foundation
import TrustmapReport

/// Where `ReportRun` puts the report's files.
public protocol ReportDestination: AnyObject {
  /// Creates the file `name` (relative, such as `diagrams/x.svg`) and returns its sink; the
  /// sink may be filled on another thread, before `finish`.
  func begin(_ name: String) throws -> ByteSink
  /// Closes the file `begin` returned `sink` for, and records it (files count in the order
  /// they finish).
  func finish(_ name: String, _ sink: ByteSink) throws
}

extension ReportDestination {
  /// Creates the file `name` and lets `body` fill it.
  public func file(_ name: String, _ body: (ByteSink) throws -> Void) throws {
    let sink = try begin(name)
    try body(sink)
    try finish(name, sink)
  }
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

  public func begin(_ name: String) throws -> ByteSink {
    let url = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    return try ByteSink(path: url.path)
  }

  public func finish(_ name: String, _ sink: ByteSink) throws {
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

  public func begin(_ name: String) throws -> ByteSink { ByteSink() }

  public func finish(_ name: String, _ sink: ByteSink) throws {
    files.append((name: name, bytes: sink.buffered))
  }
}
