import Foundation
import Testing
import TrustmapImport
import TrustmapModel

@Suite("Import errors: every problem named, collected, never a crash")
struct ImportErrorTests {
  @Test("an empty file is emptyFile")
  func emptyFile() {
    #expect(
      Fixture.problems("errors/empty.json") == [.emptyFile(Fixture.path("errors/empty.json"))])
  }

  @Test("a file cut off mid-way is invalidJSON at its end")
  func truncatedFile() {
    guard case .invalidJSON(_, let syntax)? = Fixture.problems("errors/truncated-file.json").first
    else {
      Issue.record("expected invalidJSON")
      return
    }
    #expect(syntax.message.contains("end of file"))
  }

  @Test("wrong types in one entity are reported with their JSON path")
  func wrongType() {
    let problems = Fixture.problems("errors/wrong-type.json")
    #expect(
      problems == [
        .wrongType(
          file: Fixture.path("errors/wrong-type.json"),
          path: JSONPath(components: [.key("UserDetailList"), .index(0), .key("Tags")]),
          expected: "an array", found: "a number")
      ])
  }

  @Test("FMT-9: no default version and no matching DefaultVersionId is an error")
  func noDefaultVersion() {
    let problems = Fixture.problems("errors/no-default-version.json")
    guard case .noDefaultVersion(_, _, let policy, let named)? = problems.first else {
      Issue.record("expected noDefaultVersion, got \(problems)")
      return
    }
    #expect(policy == "arn:aws:iam::111111111111:policy/deploy-assume" && named == "v9")
  }

  @Test("FMT-3: no ARN and no account id in the file name is an error; with one it imports")
  func accountFromFileName() throws {
    #expect(
      Fixture.problems("errors/no-arn.json") == [
        .accountIDUnknown(file: Fixture.path("errors/no-arn.json"))
      ])
    let result = try Fixture.load("account-111111111111.json")
    #expect(result.organization.accounts.map(\.id) == [Fixture.account111])
  }

  @Test("AirIAM's dump is a near miss that names the AWS command to run")
  func nearMiss() {
    let problems = Fixture.problems("errors/airiam-near-miss.json")
    #expect(problems.count == 1)
    let message = problems.first?.description ?? ""
    #expect(message.contains("AirIAM"))
    #expect(
      message.contains(
        "aws iam get-account-authorization-details --output json > account-<id>.json"))
  }

  @Test("unknown shapes name the file, what was found, and what is accepted")
  func unknownKind() {
    let problems = Fixture.problems("errors/unknown-kind.json", "errors/bare-policy.json")
    #expect(problems.count == 2)
    for problem in problems {
      guard case .unknownFileKind = problem else {
        Issue.record("expected unknownFileKind, got \(problem)")
        continue
      }
      #expect(problem.description.contains("get-account-authorization-details"))
    }
    #expect(problems.contains { $0.description.contains("bare policy document") })
    #expect(problems.contains { $0.description.contains("keys Reservations") })
  }

  @Test("FMT-11: an unparseable policy document names the field")
  func badDocument() {
    let problems = Fixture.problems("errors/bad-document.json")
    guard case .unparseablePolicyDocument(_, let path, _)? = problems.first else {
      Issue.record("expected unparseablePolicyDocument, got \(problems)")
      return
    }
    #expect(path.description == "$.RoleDetailList[0].AssumeRolePolicyDocument")
  }

  @Test("problems of all files are collected into one failure")
  func collectsAll() {
    let problems = Fixture.problems(
      "errors/empty.json", "P09-mixed-accounts.json", "P12-trailing-comma.json")
    #expect(problems.count == 3)
  }

  @Test("a missing path, and a directory without JSON files, are errors")
  func missingInputs() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "trustmap-empty-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: ImportFailure([.noExportsInDirectory(directory.path)])) {
      try Importer.load(inputs: [directory.path])
    }
    #expect(throws: ImportFailure([.inputNotFound("/nonexistent/x.json")])) {
      try Importer.load(inputs: ["/nonexistent/x.json"])
    }
    #expect(throws: ImportFailure([.noInputs])) { try Importer.load(inputs: []) }
  }

  @Test("a GAAD export passed with --org is rejected")
  func gaadAsOrg() {
    let problems = Fixture.problems("account-111111111111.json", org: "P01-minimal.json")
    guard case .notAnOrgExport? = problems.first else {
      Issue.record("expected notAnOrgExport, got \(problems)")
      return
    }
  }

  @Test("every fixture file, valid or not, imports or fails without crashing")
  func noCrash() throws {
    let names = try FileManager.default.subpathsOfDirectory(atPath: Fixture.root).filter {
      $0.hasSuffix(".json")
    }
    for name in names.sorted() {
      _ = Fixture.problems(name)
    }
    #expect(names.count > 40)
  }
}
