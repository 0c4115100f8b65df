import TrustmapModel

/// Compiles each distinct (document, kind) once and hands out the shared result: many principals attach the same managed policies, and many roles share trust policies.
///
/// Build it up front (it is a value; the engine keeps the finished cache immutable).
public struct PolicyCache: Sendable {
  private struct Key: Hashable, Sendable {
    let document: PolicyDocument
    let kind: PolicyKind
  }

  private var documents: [Key: CompiledDocument] = [:]

  /// An empty cache.
  public init() {}

  /// The compiled form of `document` as a `kind` policy, compiling it on first use.
  public mutating func compile(_ document: PolicyDocument, kind: PolicyKind) -> CompiledDocument {
    let key = Key(document: document, kind: kind)
    if let compiled = documents[key] { return compiled }
    let compiled = PolicyCompiler.compile(document, kind: kind, cacheID: documents.count)
    documents[key] = compiled
    return compiled
  }

  /// How many distinct documents were compiled.
  public var count: Int { documents.count }
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
