import TrustmapModel

/// Decodes a policy-document field in any of the three encodings of FMT-11 (and ORG-4).
enum PolicyDocumentDecoder {
  /// 1. a JSON object as is; 2. a string holding JSON text; 3. a URL-encoded string of JSON text.
  static func decode(_ node: Node) throws(ImportError) -> PolicyDocument {
    switch node.value {
    case .object:
      return PolicyDocument(json: node.value)
    case .string(let text):
      return PolicyDocument(json: try parseText(text, at: node))
    default:
      throw .unparseablePolicyDocument(
        file: node.file, path: node.path, reason: "found \(node.value.typeName)")
    }
  }

  private static func parseText(_ text: String, at node: Node) throws(ImportError) -> JSONValue {
    let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    if trimmed.hasPrefix("{") {
      // Step 2; when it fails, the text may still be percent-encoded JSON (step 3).
      do throws(ImportError) {
        return try parseObject(text, at: node, encoding: "JSON text")
      } catch {
        guard text.containsASCII("%"), let decoded = percentDecoded(text) else { throw error }
        return try parseObject(decoded, at: node, encoding: "URL-decoded text")
      }
    }
    guard let decoded = percentDecoded(text) else {
      throw .unparseablePolicyDocument(
        file: node.file, path: node.path, reason: "invalid percent escape in the string")
    }
    return try parseObject(decoded, at: node, encoding: "URL-decoded text")
  }

  private static func parseObject(_ text: String, at node: Node, encoding: String)
    throws(ImportError)
    -> JSONValue
  {
    let value: JSONValue
    do {
      value = try JSONParser.parse(text)
    } catch {
      throw .unparseablePolicyDocument(
        file: node.file, path: node.path, reason: "\(encoding): \(error)")
    }
    guard case .object = value else {
      throw .unparseablePolicyDocument(
        file: node.file, path: node.path, reason: "\(encoding) is \(value.typeName), not an object")
    }
    return value
  }

  /// RFC 3986 percent-decoding.
  ///
  /// `+` stays `+` (botocore uses `unquote`, not `unquote_plus`;
  /// FMT-11, P-04). Nil on a malformed escape or invalid UTF-8.
  static func percentDecoded(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue),
        let low = iterator.next().flatMap(hexValue)
      else { return nil }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
