import Dispatch

/// Work started on a background thread at creation; `result()` waits for it.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  // Written once by the background closure before `group.leave()`, read after `group.wait()`.
  private var outcome: Result<Value, any Error>?

  /// Starts `work` now.
  init(_ work: @escaping @Sendable () throws -> Value) {
    group.enter()
    DispatchQueue.global().async {
      self.outcome = Result { try work() }
      self.group.leave()
    }
  }

  /// The value, or the error `work` threw, once it is done.
  func result() throws -> Value {
    group.wait()
    guard let outcome else { preconditionFailure("background work finished without a result") }
    return try outcome.get()
  }
}
