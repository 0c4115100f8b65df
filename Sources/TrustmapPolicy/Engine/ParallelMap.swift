import Foundation

/// Maps independent work items on all cores, keeping the input order of the results.
///
/// Used for engine compile per account and graph work per role: the work is pure; only
/// results are collected under a lock.
public enum ParallelMap {
  /// `transform` applied to every element, in order.
  public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R)
    -> [R]
  {
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    guard items.count > 64, workers > 1 else { return items.map(transform) }
    let chunkCount = min(items.count, workers * 8)
    let store = ResultStore<R>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let range = (items.count * chunk / chunkCount)..<(items.count * (chunk + 1) / chunkCount)
      store.set(chunk, items[range].map(transform))
    }
    return store.joined()
  }
}

/// Per-chunk results behind a lock.
private final class ResultStore<R: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var chunks: [[R]]

  init(count: Int) { chunks = Array(repeating: [], count: count) }

  func set(_ chunk: Int, _ values: [R]) {
    lock.lock()
    chunks[chunk] = values
    lock.unlock()
  }

  func joined() -> [R] {
    lock.lock()
    defer { lock.unlock() }
    return chunks.flatMap { $0 }
  }
}
