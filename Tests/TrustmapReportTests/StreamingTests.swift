import Foundation
import Testing
import TrustmapModel

@testable import TrustmapReport

/// The streaming pieces must give exactly the bytes the string-building code gave.
@Suite("Streaming writers, SHA-256 in pieces")
struct StreamingTests {
  /// Bytes `0, 1, …` modulo 251, so no block repeats the previous one.
  static func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8($0 % 251) } }

  /// Digests from an independent implementation (Python's hashlib) at the padding edges:
  /// 55 bytes still fit the length in one block, 56 do not, 64 is exactly one block.
  @Test(arguments: [
    (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
    (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
    (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
    (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
    (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
    (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
    (128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"),
  ])
  func sha256AtPaddingEdges(count: Int, digest: String) {
    #expect(SHA256.hex(Self.pattern(count)) == digest)
  }

  @Test("SHA-256 fed in uneven pieces equals one update", arguments: [1, 7, 63, 64, 65, 1000])
  func sha256InPieces(piece: Int) {
    let message = Self.pattern(10_007)
    var hasher = SHA256()
    var start = 0
    while start < message.count {
      let end = min(message.count, start + piece)
      hasher.update(Array(message[start..<end]))
      start = end
    }
    #expect(SHA256.hex(digest: hasher.finalize()) == SHA256.hex(message))
  }

  @Test("a file is hashed in pieces to the digest of its bytes; a missing file names itself")
  func sha256OfFile() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmap-sha-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let bytes = Self.pattern((1 << 20) * 2 + 77)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try SHA256.hex(ofFileAt: path) == SHA256.hex(bytes))
    #expect(throws: FileAccessError.self) { try SHA256.hex(ofFileAt: path + "-missing") }
    do {
      _ = try SHA256.hex(ofFileAt: path + "-missing")
    } catch let error as FileAccessError {
      #expect(error.description.contains(path + "-missing"))
    }
  }

  @Test("a file sink writes what a memory sink keeps, across several 1 MiB flushes")
  func fileSinkMatchesMemory() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("trustmap-sink-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let memory = ByteSink()
    let file = try ByteSink(path: path)
    for round in 0..<40 {
      let piece = Self.pattern(70_000 + round)
      memory.write(piece)
      file.write(piece)
      memory.write("é\(round)")
      file.write("é\(round)")
    }
    try file.close()
    #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == memory.buffered)
    #expect(memory.buffered.count > 2 << 20)
  }

  @Test("a sink for a file in a missing folder throws an error naming the file")
  func sinkErrorNamesFile() {
    let path = "/nonexistent-trustmap-folder/x.csv"
    #expect(throws: FileAccessError.self) { try ByteSink(path: path) }
    #expect(
      FileAccessError(.write, path: path, errno: ENOENT).description.hasPrefix(
        "cannot write " + path))
  }

  @Test("chunks formatted in parallel are written in row order")
  func chunkOrder() {
    let count = ChunkedWriter.chunkSize * 9 + 5
    let sink = ByteSink()
    ChunkedWriter.write(count: count, to: sink) { range, bytes in
      for row in range { bytes.append(contentsOf: "\(row)\n".utf8) }
    }
    let expected = (0..<count).map { "\($0)\n" }.joined()
    #expect(String(decoding: sink.buffered, as: UTF8.self) == expected)
  }

  static let hostile = [
    "", "plain", "=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "a,b", "say \"hi\"", "two\nlines",
    "crlf\r\nend", "é,", ",\u{301}", "\"\u{301}", "<script>&amp;</script>", "\u{2028}\u{2029}",
    "\u{0}\u{1}\u{1F}\u{7F}", "emoji 🚀, \"quoted\"", "ÿ\\back\\slash",
  ]

  @Test("CSV fields appended as bytes equal csvField, for ASCII and other text")
  func csvBytes() {
    for text in Self.hostile {
      var bytes: [UInt8] = []
      Escape.appendCSVField(text, to: &bytes)
      #expect(bytes == Array(Escape.csvField(text).utf8), "\(text.debugDescription)")
    }
  }

  @Test("JSON text of hostile strings parses back to the same strings, script-safe")
  func jsonEscaping() throws {
    let value = JSONValue.array(Self.hostile.map { JSONValue.string($0) })
    var bytes: [UInt8] = []
    PrettyJSON.append(value, level: 0, to: &bytes)
    let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String]
    #expect(parsed == Self.hostile)
    let text = String(decoding: bytes, as: UTF8.self)
    for unsafe in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}", "\u{1F}"] {
      #expect(!text.contains(unsafe), "\(unsafe.debugDescription) left unescaped")
    }
  }

  @Test("pretty and compact layout")
  func jsonLayout() {
    let value = JSONValue.object(
      JSONObject([
        JSONMember(key: "a", value: .array([.null, .bool(true), .number("1.5")])),
        JSONMember(key: "<k>", value: .object(JSONObject([]))),
        JSONMember(key: "e", value: .array([])),
      ]))
    #expect(value.compactText == #"{"a":[null,true,1.5],"\u003ck\u003e":{},"e":[]}"#)
    #expect(
      value.prettyText
        == "{\n  \"a\": [\n    null,\n    true,\n    1.5\n  ],\n  \"\\u003ck\\u003e\": {},\n"
        + "  \"e\": []\n}")
  }

  @Test("findings.json streamed in chunks equals the whole value's prettyText")
  func findingsStreamed() {
    var document = Northwind.document
    document.principals = (0..<(ChunkedWriter.chunkSize * 2 + 3)).map { index in
      ReportPrincipal(
        arn: "arn:aws:iam::111111111111:role/r\(index)", name: Self.hostile[index % 20],
        account: "111111111111", kind: "role", isAdmin: index % 3 == 0,
        reachableAccounts: index % 7, blastRadius: index)
    }
    #expect(FindingsJSON.text(document) == FindingsJSON.value(document).prettyText + "\n")
  }

  @Test("edges made on demand equal stored rows and give the same CSV")
  func lazyEdges() {
    let rows = (0..<(ChunkedWriter.chunkSize + 10)).map { index in
      ReportEdge(
        from: Self.hostile[index % 20], to: "arn:aws:iam::222222222222:role/t\(index)",
        action: "sts:AssumeRole", status: index % 2 == 0 ? .allowed : .conditional,
        conditions: index % 2 == 0 ? [] : ["MFA", "ExternalId"], basis: "trustAccountDelegation",
        crossAccount: index % 3 == 0, trustStatement: "trust policy#\(index)")
    }
    let lazy = ReportEdges(count: rows.count) { range in Array(rows[range]) }
    #expect(lazy == ReportEdges(rows))
    #expect(lazy[5] == rows[5])
    var document = Northwind.document
    document.edges = lazy
    let expected =
      ([EdgesCSV.header]
      + rows.map { row in
        [
          row.from, row.to, row.action, row.status.rawValue, row.conditions.joined(separator: "; "),
          row.basis, row.crossAccount ? "true" : "false", row.trustStatement,
          row.identityStatement,
        ]
      }).map { $0.map(Escape.csvField).joined(separator: ",") + "\r\n" }.joined()
    #expect(EdgesCSV.render(document) == expected)
  }
}
