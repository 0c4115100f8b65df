#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SHA256 {
  /// The lowercase hex digest of the file at `path`, read in 1 MiB pieces (never whole).
  public static func hex(ofFileAt path: String) throws -> String {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw FileAccessError(.read, path: path, errno: errno) }
    defer { _ = close(descriptor) }
    var hasher = SHA256()
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw FileAccessError(.read, path: path, errno: errno) }
      if count == 0 { break }
      buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
    return hex(digest: hasher.finalize())
  }
}
