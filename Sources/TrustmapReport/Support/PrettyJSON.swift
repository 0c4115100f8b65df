import TrustmapModel

/// The layout pieces of `JSONValue.prettyText` (keys, item ends, indentation) for writers that
/// stream a large JSON file member by member; values are written by the model's own writer.
enum PrettyJSON {
  /// Appends `value` as `prettyText` would write it nested `level` deep (two spaces a level).
  static func append(_ value: JSONValue, level: Int, to out: inout [UInt8]) {
    value.append(to: &out, indented: true, level: level)
  }

  /// The indentation, `"key": ` of an object member nested `level` deep.
  static func appendKey(_ key: String, level: Int, to out: inout [UInt8]) {
    pad(level, &out)
    appendQuoted(key, to: &out)
    out.append(contentsOf: ": ".utf8)
  }

  /// `,` unless last, then a newline.
  static func endItem(isLast: Bool, _ out: inout [UInt8]) {
    if !isLast { out.append(UInt8(ascii: ",")) }
    out.append(UInt8(ascii: "\n"))
  }

  /// Two spaces per level.
  static func pad(_ level: Int, _ out: inout [UInt8]) {
    JSONValue.appendIndentation(level, to: &out)
  }

  /// `JSONValue.quoted(text)` as bytes.
  static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    JSONValue.appendQuoted(text, to: &out)
  }
}
