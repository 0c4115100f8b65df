import TrustmapModel

/// A problem that stops the import of one file or entity.
///
/// Every case names the file, and where
/// it makes sense the JSON path, what was expected and what was found (style §5).
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An input path that does not exist.
  case inputNotFound(String)
  /// A file that exists but could not be read.
  case unreadableFile(String, reason: String)
  /// A file with no bytes (or only whitespace).
  case emptyFile(String)
  /// Not strict JSON (FMT-13): line, column and path of the first error.
  case invalidJSON(String, JSONSyntaxError)
  /// A directory that holds no `*.json` file.
  case noExportsInDirectory(String)
  /// No input files at all.
  case noInputs
  /// A value of the wrong JSON type.
  case wrongType(file: String, path: JSONPath, expected: String, found: String)
  /// A required key is absent.
  case missingKey(file: String, path: JSONPath, key: String)
  /// A value with the right type but an unusable content (a malformed ARN or account id).
  case invalidValue(file: String, path: JSONPath, expected: String, found: String)
  /// A JSON file that is none of the accepted shapes.
  case unknownFileKind(file: String, found: String)
  /// A file written by another tool that resembles an accepted shape.
  case nearMiss(file: String, tool: String, expected: String, command: String)
  /// FMT-3: ARNs of two accounts in one GAAD file.
  case accountMismatch(
    file: String, first: AccountID, firstPath: JSONPath, second: AccountID,
    secondPath: JSONPath)
  /// FMT-3: no ARN in the file and no account id in its name.
  case accountIDUnknown(file: String)
  /// FMT-9: no version is flagged default and none matches `DefaultVersionId`.
  case noDefaultVersion(file: String, path: JSONPath, policy: String, defaultVersionID: String?)
  /// FMT-11: a policy document that is neither an object, JSON text, nor URL-encoded JSON.
  case unparseablePolicyDocument(file: String, path: JSONPath, reason: String)
  /// The same entity (by ARN or id) with different content in two files.
  case conflictingEntity(id: String, firstFile: String, secondFile: String)
  /// Two different Organizations exports.
  case conflictingOrgExports(firstFile: String, secondFile: String)
  /// ORG-5: a `ParentId` that names no root or OU.
  case unknownParent(file: String, path: JSONPath, child: String, parent: String)
  /// ORG-5: OUs whose parent links loop.
  case orgCycle(file: String, units: [String])
  /// ORG-11: a raw Organizations file whose name does not carry the id it needs.
  case rawFileName(file: String, command: String, expectedName: String)
  /// ORG-11: a raw Organizations file set lacks a part.
  case missingOrgPart(file: String, expected: String, command: String)
  /// A file passed with `--org` that is not an Organizations export.
  case notAnOrgExport(file: String, found: String)

  public var description: String {
    switch self {
    case .inputNotFound(let path):
      return "\(path): no such file or directory; pass GAAD exports (*.json) or folders of them."
    case .unreadableFile(let file, let reason):
      return "\(file): cannot be read (\(reason)); check the file's permissions."
    case .emptyFile(let file):
      return
        "\(file): the file is empty; expected JSON from aws iam get-account-authorization-details "
        + "or an Organizations export — re-run the export."
    case .invalidJSON(let file, let error):
      return
        "\(file): line \(error.line), column \(error.column) (at \(error.path)): \(error.message); "
        + "the file is not strict JSON — re-export it rather than editing it by hand."
    case .noExportsInDirectory(let path):
      return
        "\(path): the directory contains no *.json files; expected one GAAD export per account."
    case .noInputs:
      return "no input files; pass GAAD exports (*.json) or folders of them."
    case .wrongType(let file, let path, let expected, let found):
      return
        "\(file) at \(path): expected \(expected), found \(found); fix the value or re-export the file."
    case .missingKey(let file, let path, let key):
      return
        "\(file) at \(path): missing \"\(key)\"; the AWS CLI always writes it — re-export the file."
    case .invalidValue(let file, let path, let expected, let found):
      return
        "\(file) at \(path): expected \(expected), found \(found); fix the value or re-export the file."
    case .unknownFileKind(let file, let found):
      return "\(file): not a recognised export (found \(found)); " + FileKind.acceptedShapesSentence
    case .nearMiss(let file, let tool, let expected, let command):
      return "\(file): this looks like \(tool), not \(expected); produce the expected file with "
        + "`\(command)`."
    case .accountMismatch(let file, let first, let firstPath, let second, let secondPath):
      return "\(file): ARNs of two accounts in one export (\(first) at \(firstPath), \(second) at "
        + "\(secondPath)); export each account into its own file (FMT-3)."
    case .accountIDUnknown(let file):
      return "\(file): the export contains no ARN, so its account id is unknown; rename the file "
        + "account-<12 digits>.json (FMT-3)."
    case .noDefaultVersion(let file, let path, let policy, let defaultVersionID):
      let named =
        defaultVersionID.map { "DefaultVersionId \"\($0)\" matches no version" }
        ?? "no DefaultVersionId"
      return
        "\(file) at \(path): managed policy \(policy) has no version flagged IsDefaultVersion and "
        + "\(named); re-export the account (FMT-9)."
    case .unparseablePolicyDocument(let file, let path, let reason):
      return
        "\(file) at \(path): the policy document is not a JSON object, JSON text or URL-encoded "
        + "JSON (\(reason)); re-export it with the AWS CLI (FMT-11)."
    case .conflictingEntity(let id, let firstFile, let secondFile):
      return "\(id) appears in \(firstFile) and \(secondFile) with different content; pass only "
        + "one export of each account (remove the stale file)."
    case .conflictingOrgExports(let firstFile, let secondFile):
      return "two different Organizations exports: \(firstFile) and \(secondFile); pass only one."
    case .unknownParent(let file, let path, let child, let parent):
      return
        "\(file) at \(path): \(child) has ParentId \"\(parent)\", which is no root or OU in the "
        + "export; add the missing OU or fix the ParentId (ORG-5)."
    case .orgCycle(let file, let units):
      return "\(file): the parent links of \(units.joined(separator: ", ")) form a cycle; every OU "
        + "must lead up to a root (ORG-5)."
    case .rawFileName(let file, let command, let expectedName):
      return "\(file): output of `\(command)` carries no parent or policy id, so the file must be "
        + "named \(expectedName); rename it."
    case .missingOrgPart(let file, let expected, let command):
      return "\(file): the Organizations files lack \(expected); add the output of `\(command)`."
    case .notAnOrgExport(let file, let found):
      return "\(file): passed with --org but it is \(found), not an Organizations export; pass it "
        + "as an input instead."
    }
  }
}
