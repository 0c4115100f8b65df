import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Formats many rows on all cores and writes them in order: rows `0..<count` are cut into chunks,
/// a batch of chunks is formatted in parallel (each into its own byte buffer), then the batch is
/// written to the sink in chunk order.
///
/// Writing a batch (the kernel copying it into the page cache) overlaps with formatting the next
/// one: two sets of buffers take turns. At most two batches are in memory at a time.
enum ChunkedWriter {
  /// Rows per chunk.
  static let chunkSize = 8192

  /// Calls `format(range, &bytes)` for consecutive ranges covering `0..<count` and writes the
  /// bytes in range order; the result is the same as one call over the whole range.
  static func write(
    count: Int, to sink: ByteSink,
    _ format: @escaping @Sendable (Range<Int>, inout [UInt8]) -> Void
  ) {
    let workers = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    let sets = [ChunkSlots(count: workers * 4), ChunkSlots(count: workers * 4)]
    let output = SinkHandoff(sink)
    let writing = DispatchGroup()
    let writer = DispatchQueue(label: "trustmap.report.writer")
    var start = 0
    var turn = 0
    while start < count {
      let results = sets[turn]
      let ranges = (0..<results.count).compactMap { slot -> Range<Int>? in
        let lower = start + slot * chunkSize
        return lower < count ? lower..<min(count, lower + chunkSize) : nil
      }
      DispatchQueue.concurrentPerform(iterations: ranges.count) { slot in
        results.fill(slot) { format(ranges[slot], &$0) }
      }
      writing.wait()  // the previous batch is written; its buffers may be refilled next turn
      writer.async(group: writing) {
        for slot in ranges.indices { output.sink.write(results.slots[slot]) }
      }
      start = ranges.last?.upperBound ?? count
      turn = 1 - turn
    }
    writing.wait()
  }
}

/// The sink, handed to the writer thread: only one thread uses it at a time (the caller waits
/// for the writer before it returns, and batches are written one after another).
private final class SinkHandoff: @unchecked Sendable {
  let sink: ByteSink

  init(_ sink: ByteSink) { self.sink = sink }
}

/// One byte buffer per chunk of a batch, in separately allocated slots that keep their
/// capacity from batch to batch (fresh large buffers would cost page faults every time).
///
/// Each parallel iteration fills only its own slot, and `concurrentPerform` returns only after
/// every iteration finished.
private final class ChunkSlots: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<[UInt8]>
  let count: Int

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: [], count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// Empties slot `slot` (keeping its capacity) and lets `body` append to it.
  func fill(_ slot: Int, _ body: (inout [UInt8]) -> Void) {
    storage[slot].removeAll(keepingCapacity: true)
    body(&storage[slot])
  }

  var slots: UnsafeMutableBufferPointer<[UInt8]> {
    UnsafeMutableBufferPointer(start: storage, count: count)
  }
}
