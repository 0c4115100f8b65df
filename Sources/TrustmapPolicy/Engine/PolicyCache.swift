import Foundation
import TrustmapModel

/// Compiles each distinct (document, kind) once and hands out the shared result: many principals attach the same managed policies, and many roles share trust policies.
///
/// Safe to use from several threads while the engine is built (accounts compile in
/// parallel): copies share one locked table. Cache ids are unique, not dense or ordered.
public struct PolicyCache: Sendable {
  fileprivate struct Key: Hashable, Sendable {
    let document: PolicyDocument
    let kind: PolicyKind
    /// Hashed once, outside the lock (hashing a document walks its whole JSON tree).
    let hash: Int

    init(document: PolicyDocument, kind: PolicyKind) {
      self.document = document
      self.kind = kind
      var hasher = Hasher()
      hasher.combine(document)
      hasher.combine(kind)
      hash = hasher.finalize()
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (lhs: Key, rhs: Key) -> Bool {
      lhs.hash == rhs.hash && lhs.kind == rhs.kind && lhs.document == rhs.document
    }
  }

  private let table = Table()
  /// What this copy has already looked up: one account's principals share documents, and
  /// asking the locked table each time made the compiling threads wait for each other.
  private var seen: [Key: CompiledDocument] = [:]

  /// An empty cache.
  public init() {}

  /// The compiled form of `document` as a `kind` policy, compiling it on first use.
  public mutating func compile(_ document: PolicyDocument, kind: PolicyKind) -> CompiledDocument {
    let key = Key(document: document, kind: kind)
    if let compiled = seen[key] { return compiled }
    if let compiled = table.lookup(key) {
      seen[key] = compiled
      return compiled
    }
    // Compile outside the lock; when another thread won the race, its result is kept.
    let compiled = table.insert(
      key, PolicyCompiler.compile(document, kind: kind, cacheID: table.reserveID()))
    seen[key] = compiled
    return compiled
  }

  /// How many distinct documents were compiled.
  public var count: Int { table.count }
}

/// The cache's table behind a lock.
private final class Table: @unchecked Sendable {
  private let lock = NSLock()
  private var documents: [PolicyCache.Key: CompiledDocument] = [:]
  private var nextID = 0

  func lookup(_ key: PolicyCache.Key) -> CompiledDocument? {
    lock.lock()
    defer { lock.unlock() }
    return documents[key]
  }

  func reserveID() -> Int {
    lock.lock()
    defer { lock.unlock() }
    nextID += 1
    return nextID - 1
  }

  func insert(_ key: PolicyCache.Key, _ compiled: CompiledDocument) -> CompiledDocument {
    lock.lock()
    defer { lock.unlock() }
    if let existing = documents[key] { return existing }
    documents[key] = compiled
    return compiled
  }

  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return documents.count
  }
}

/// Engine settings, including the named switches for the least certain rules (§7).
public struct EngineOptions: Hashable, Sendable {
  /// `aws:CurrentTime` for date conditions (CND-10).
  public var referenceTime: ReferenceTime
  /// §7.1: the boundary must allow `sts:AssumeRole` even for direct trust grants (GRD-9).
  public var boundaryAppliesToDirectTrust = true
  /// §7.2: a same-account `*` trust acts as a direct grant (TRU-4).
  public var wildcardIsDirectGrantSameAccount = true
  /// FMT-10: treat a missing `arn:aws:iam::aws:policy/AdministratorAccess` as `Allow * *`.
  public var builtInAdministratorAccess = true

  /// Creates options with the given reference time.
  public init(referenceTime: ReferenceTime) {
    self.referenceTime = referenceTime
  }
}
