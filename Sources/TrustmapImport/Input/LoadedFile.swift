import Foundation
import TrustmapModel

/// The outcome of reading, parsing, recognising and decoding one file.
enum LoadedFile: Sendable {
  case gaad([GAADPart])
  case orgExport(OrgDecodeResult)
  case orgRaw(Node, RawOrgCommand)
  case failed([ImportError])

  /// Loads one file.
  ///
  /// `orgOnly` is set for files named by `--org`.
  static func load(_ file: String, orgOnly: Bool, splitMixedAccounts: Bool = false) -> LoadedFile {
    do throws(ImportFailure) {
      return try decode(parse(file), orgOnly: orgOnly, splitMixedAccounts: splitMixedAccounts)
    } catch {
      return .failed(error.problems)
    }
  }

  /// Reads and parses strictly (FMT-13).
  static func parse(_ file: String) throws(ImportFailure) -> Node {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ImportFailure([.unreadableFile(file, reason: "permission denied or not a regular file")]
      )
    }
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw ImportFailure([.emptyFile(file)])
    }
    do {
      return Node(value: try JSONParser.parse(bytes), path: .root, file: file)
    } catch {
      throw ImportFailure([.invalidJSON(file, error)])
    }
  }

  /// Recognises the shape and decodes it.
  static func decode(
    _ root: Node, orgOnly: Bool, splitMixedAccounts: Bool = false
  ) throws(ImportFailure) -> LoadedFile {
    let kind: FileKind
    do {
      kind = try FileKind.classify(root)
    } catch {
      throw ImportFailure([error])
    }
    switch kind {
    case .gaad:
      if orgOnly {
        throw ImportFailure([
          .notAnOrgExport(
            file: root.file, found: "an aws iam get-account-authorization-details export")
        ])
      }
      return .gaad(try GAADDecoder.decode(root, splitMixedAccounts: splitMixedAccounts))
    case .orgExport:
      return .orgExport(try OrgExportDecoder.decode(root))
    case .orgRaw(let command):
      return .orgRaw(root, command)
    }
  }
}
