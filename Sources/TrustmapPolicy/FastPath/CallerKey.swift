/// 64-bit FNV-1a over UTF-8: equal strings have equal hashes, so comparing hashes first and
/// the strings only on a hash hit is exact and, on a miss, free of reference counting.
@inline(__always)
func fastHash(_ text: String) -> UInt64 {
  // Over the contiguous bytes when the string has them (native strings do): iterating
  // `utf8` byte by byte costs several times more.
  if let hash = text.utf8.withContiguousStorageIfAvailable(fastHash) { return hash }
  return fastHash(text.utf8)
}

@inline(__always)
private func fastHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
  return hash
}

/// The caller as the fast principal matcher sees it: trivially copyable hashes.
struct CallerKey: Hashable, Sendable {
  let kind: CallerIdentity.Kind
  let name: UInt64
  let account: UInt64
  let uniqueID: UInt64?

  init(kind: CallerIdentity.Kind, name: String, account: String, uniqueID: String?) {
    self.kind = kind
    self.name = fastHash(name)
    self.account = fastHash(account)
    self.uniqueID = uniqueID.map(fastHash)
  }
}
