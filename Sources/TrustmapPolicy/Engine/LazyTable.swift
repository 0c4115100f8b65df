import Foundation

/// A table built on first use and shared by every copy of its holder, from any thread.
///
/// For engine tables that only some inputs need: `uniqueIDs` over half a million principals
/// is wasted work and memory when no trust policy names a principal by its unique id.
final class LazyTable<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let make: @Sendable () -> [Key: Value]
  private var table: [Key: Value]?

  init(_ make: @escaping @Sendable () -> [Key: Value]) { self.make = make }

  /// The value for `key`, building the table first when no one has yet.
  subscript(key: Key) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    if let table { return table[key] }
    let built = make()
    table = built
    return built[key]
  }
}
