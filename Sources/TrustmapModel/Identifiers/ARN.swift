/// An Amazon Resource Name split into its six fields (MAT-5).
///
/// `arn:partition:service:region:account:resource`; the resource is everything after the fifth
/// colon and may itself contain colons and slashes.
public struct ARN: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// The partition: `aws`, `aws-cn` or `aws-us-gov`.
  public let partition: String
  /// The service: `iam`, `sts`, `s3` and so on.
  public let service: String
  /// Empty for IAM.
  public let region: String
  /// The account field: 12 digits, `aws` for AWS managed policies, or empty (S3).
  public let account: String
  /// Everything after the fifth colon, for example `role/path/name`.
  public let resource: String
  /// The full text.
  public let rawValue: String

  /// Parses `text`; nil unless it starts with `arn:` and has six colon-separated fields.
  public init?(_ text: String) {
    guard text.hasPrefix("arn:"), let parts = Self.fields(text), !parts[1].isEmpty,
      !parts[2].isEmpty
    else { return nil }
    partition = String(parts[1])
    service = String(parts[2])
    region = String(parts[3])
    account = String(parts[4])
    resource = String(parts[5])
    rawValue = text
  }

  /// The six colon-separated fields of `text` (the last takes the rest), or nil.
  ///
  /// ASCII text is split by bytes: splitting on `Character`s walks grapheme clusters, which
  /// cost 16 % of importing a large organisation. In ASCII every byte is a character, so both
  /// ways give the same fields.
  static func fields(_ text: String) -> [Substring]? {
    let isASCII =
      text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? false
    let parts =
      isASCII
      ? asciiSplit(text)
      : text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    return parts.count == 6 ? parts : nil
  }

  /// `text` split at its first five colons, by bytes.
  static func asciiSplit(_ text: String) -> [Substring] {
    var fields: [Substring] = []
    fields.reserveCapacity(6)
    let bytes = text.utf8
    var (start, index) = (bytes.startIndex, bytes.startIndex)
    while index < bytes.endIndex, fields.count < 5 {
      if bytes[index] == UInt8(ascii: ":") {
        fields.append(text[start..<index])
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    fields.append(text[start...])
    return fields
  }

  /// The account id when the account field is twelve digits.
  public var accountID: AccountID? { AccountID(rawValue: account) }

  /// The resource type, for example `role` for `role/path/name`, `root` for `root`.
  public var resourceType: String {
    // Byte-wise: `/` and `:` are ASCII, and this runs for every principal at scale.
    let end = Self.byteOffset(in: resource, last: false) {
      $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":")
    }
    guard let end else { return resource }
    let bytes = resource.utf8
    return String(resource[..<bytes.index(bytes.startIndex, offsetBy: end)])
  }

  /// The last path component of the resource, for example `name` for `role/path/name`.
  public var resourceName: String {
    guard let slash = Self.byteOffset(in: resource, last: true, where: { $0 == UInt8(ascii: "/") })
    else { return resource }
    let bytes = resource.utf8
    return String(resource[bytes.index(bytes.startIndex, offsetBy: slash + 1)...])
  }

  /// The offset of the first (or last) byte of `text` that satisfies `test`, scanning the
  /// contiguous UTF-8 when there is some: walking `String.UTF8View` backwards cost some
  /// 1,500 instructions per role name.
  static func byteOffset(in text: String, last: Bool, where test: (UInt8) -> Bool) -> Int? {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
      last ? bytes.lastIndex(where: test) : bytes.firstIndex(where: test)
    }
    if let found { return found }
    let bytes = Array(text.utf8)
    return last ? bytes.lastIndex(where: test) : bytes.firstIndex(where: test)
  }

  public var description: String { rawValue }

  public static func < (lhs: ARN, rhs: ARN) -> Bool { lhs.rawValue < rhs.rawValue }

  // The fields are parsed from `rawValue`, so the text alone decides equality: one string
  // comparison and one hash instead of six (ARNs key the engine's and graph's big tables).
  public static func == (lhs: ARN, rhs: ARN) -> Bool { lhs.rawValue == rhs.rawValue }

  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let arn = ARN(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not an ARN: \(text)"))
    }
    self = arn
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
