import Dispatch

/// Runs two independent pieces of work at the same time and returns both results.
public enum Concurrently {
  /// `(first(), second())`, computed on two threads.
  public static func both<A: Sendable, B: Sendable>(
    _ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B
  ) -> (A, B) {
    let results = Results<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 { results.first = first() } else { results.second = second() }
    }
    guard let a = results.first, let b = results.second else {
      preconditionFailure("concurrentPerform returned before both iterations finished")
    }
    return (a, b)
  }
}

/// Each iteration writes only its own property; `concurrentPerform` returns after both.
private final class Results<A, B>: @unchecked Sendable {
  var first: A?
  var second: B?
}
