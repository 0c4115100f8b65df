#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a writer puts its bytes: kept in memory (tests, small files) or streamed to a file
/// in 1 MiB pieces, so a 600 MB `edges.csv` never exists in memory as a whole.
///
/// Like C's stdio, writes never fail on the spot: the first I/O error is kept, later bytes are
/// dropped, and `close()` reports it.
///
/// Not locked: one thread uses a sink at a time. It may be handed to another thread (the
/// report writes `edges.csv` in the background) when the hand-over orders the accesses, as
/// waiting for the background work's result does.
public final class ByteSink: @unchecked Sendable {
  /// Bytes not yet written to the file; for a memory sink, everything written so far.
  public private(set) var buffered: [UInt8] = []
  private var descriptor: Int32?
  private let path: String?
  private var failure: FileAccessError?
  private let flushSize = 1 << 20

  /// A sink that keeps every byte in `buffered`.
  public init() {
    descriptor = nil
    path = nil
  }

  /// A sink that creates (or truncates) the file at `path`.
  public init(path: String) throws {
    let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else { throw FileAccessError(.write, path: path, errno: errno) }
    descriptor = opened
    self.path = path
    buffered.reserveCapacity(flushSize + 4096)
  }

  deinit {
    if let descriptor { _ = posixClose(descriptor) }
  }

  /// Appends the UTF-8 bytes of `text`.
  public func write(_ text: String) {
    buffered.append(contentsOf: text.utf8)
    flushIfFull()
  }

  /// Appends `bytes` (a file sink writes a large piece straight through, without copying it).
  public func write(_ bytes: [UInt8]) {
    if descriptor != nil, bytes.count >= flushSize {
      flush()
      bytes.withUnsafeBytes { writeThrough($0) }
      return
    }
    buffered.append(contentsOf: bytes)
    flushIfFull()
  }

  /// Writes what is buffered and closes the file; throws the first I/O error of the sink's life.
  public func close() throws {
    flush()
    if let descriptor, posixClose(descriptor) != 0, failure == nil {
      failure = FileAccessError(.write, path: path ?? "", errno: errno)
    }
    descriptor = nil
    if let failure { throw failure }
  }

  private func flushIfFull() {
    if descriptor != nil, buffered.count >= flushSize { flush() }
  }

  private func flush() {
    guard descriptor != nil, !buffered.isEmpty else { return }
    buffered.withUnsafeBytes { writeThrough($0) }
    buffered.removeAll(keepingCapacity: true)
  }

  /// Writes `bytes` to the file unless an earlier write failed; keeps the first failure.
  private func writeThrough(_ bytes: UnsafeRawBufferPointer) {
    guard let descriptor, failure == nil, let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = posixWrite(descriptor, base + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        failure = FileAccessError(.write, path: path ?? "", errno: errno)
        return
      }
      offset += written
    }
  }
}

private func posixClose(_ descriptor: Int32) -> Int32 { close(descriptor) }

private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
