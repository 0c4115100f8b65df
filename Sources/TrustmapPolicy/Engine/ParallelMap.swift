import Foundation

/// Maps independent work items on all cores, keeping the input order of the results.
///
/// Used for engine compile per account and graph work per role: the work is pure; only
/// results are collected under a lock.
public enum ParallelMap {
  /// `transform` applied to every element, in order.
  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], minimumCount: Int = 65, _ transform: @Sendable (T) -> R
  ) -> [R] {
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    guard items.count >= minimumCount, workers > 1 else { return items.map(transform) }
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

/// Sorting large tables by text on all cores.
public enum ParallelSort {
  /// The positions of `texts` in ascending text order (ties in input order): halves sorted side by
  /// side, then merged.
  ///
  /// Half a million ARN texts: 0.22–0.25 s against 0.37 s for one sort (two cores).
  public static func order(of texts: [String]) -> [Int] {
    let count = texts.count
    let keys = texts.map(TextKey.init)
    guard count > 4_096, ProcessInfo.processInfo.activeProcessorCount > 1 else {
      return Array(0..<count).sorted { keys[$0] < keys[$1] }
    }
    let middle = count / 2
    let halves = ParallelMap.map([0..<middle, middle..<count], minimumCount: 1) { range in
      // The standard sort is stable: equal texts keep their input order.
      Array(range).sorted { keys[$0] < keys[$1] }
    }
    var merged: [Int] = []
    merged.reserveCapacity(count)
    var (left, right) = (0, 0)
    let (first, second) = (halves[0], halves[1])
    while left < first.count, right < second.count {
      // Every left position precedes every right one, so ties take the left first.
      if keys[second[right]] < keys[first[left]] {
        merged.append(second[right])
        right += 1
      } else {
        merged.append(first[left])
        left += 1
      }
    }
    merged += first[left...]
    merged += second[right...]
    return merged
  }
}

/// A text with its ASCII-ness known, ordered as `String` orders texts.
///
/// Two ASCII texts compare by their bytes (`memcmp`), which is the `String` order for them and
/// several times cheaper than `String.<` on ARNs that share long prefixes; any other pair
/// compares as `String`s.
struct TextKey: Comparable {
  let text: String
  let isASCII: Bool

  init(_ text: String) {
    self.text = text
    isASCII = text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? false
  }

  static func < (lhs: TextKey, rhs: TextKey) -> Bool {
    if lhs.isASCII, rhs.isASCII, let order = bytesPrecede(lhs.text, rhs.text) { return order }
    return lhs.text < rhs.text
  }

  /// Whether `a`'s UTF-8 bytes precede `b`'s; nil when either has no contiguous bytes.
  static func bytesPrecede(_ a: String, _ b: String) -> Bool? {
    a.utf8.withContiguousStorageIfAvailable { left in
      b.utf8.withContiguousStorageIfAvailable { right in
        let common = min(left.count, right.count)
        if common > 0, let first = left.baseAddress, let second = right.baseAddress {
          let sign = memcmp(first, second, common)
          if sign != 0 { return sign < 0 }
        }
        return left.count < right.count
      }
    } ?? nil
  }

  static func == (lhs: TextKey, rhs: TextKey) -> Bool { lhs.text == rhs.text }
}
