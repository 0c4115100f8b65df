import Foundation
import Testing
import TrustmapTestSupport

@testable import TrustmapCLI

private let fixtures = TestSupport.repositoryRoot.appendingPathComponent(
  "Tests/TrustmapImportTests/Fixtures"
).path

@Suite("trustmap inspect")
struct InspectCommandTests {
  func inspect(_ arguments: [String]) throws -> (report: String, diagnostics: [String]) {
    let parsed = try TrustmapCommand.parseAsRoot(["inspect"] + arguments)
    let command = try #require(parsed as? InspectCommand)
    return try command.render()
  }

  @Test("text: one aligned row per account with org names, OU path, counts, external trust, total")
  func text() throws {
    let output = try inspect(["\(fixtures)/multi", "--org", "\(fixtures)/org/combined-nested.json"])
    let lines = output.report.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("ACCOUNT       NAME") == true)
    #expect(lines.count == 6)  // header, 111, 222, 333 (org only), 555, total
    let dev = try #require(lines.first { $0.hasPrefix("111111111111") })
    #expect(dev.contains("dev") && dev.contains("Root/Dev"))
    let prod = try #require(lines.first { $0.hasPrefix("222222222222") })
    #expect(prod.contains("444444444444"))  // trusted, not imported
    #expect(!prod.contains("111111111111"))  // trusted but imported
    #expect(lines.contains { $0.hasPrefix("333333333333") && $0.contains("no IAM export") })
    #expect(lines.last?.hasPrefix("TOTAL         4 accounts") == true)
    #expect(
      output.diagnostics.contains {
        $0.contains("danglingPolicyTarget") || $0.contains("ou-ab12-99999999")
      })
  }

  @Test("json: deterministic and documented keys")
  func json() throws {
    let arguments = [
      "\(fixtures)/multi", "--org", "\(fixtures)/org/combined-nested.json", "--format", "json",
    ]
    let first = try inspect(arguments).report
    #expect(first == (try inspect(arguments).report))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["organizationId", "accounts", "totals", "diagnostics"])
    let accounts = try #require(object["accounts"] as? [[String: Any]])
    #expect(accounts.count == 4)
    #expect(accounts.first?["externalTrustedAccounts"] as? [String] == [])
  }

  @Test("control characters in names are escaped for the terminal")
  func escaping() {
    #expect("ok\u{1B}[31mred\u{202E}".terminalEscaped == "ok\\u{1B}[31mred\\u{202E}")
  }

  @Test("import errors are thrown with every problem; the message lists them")
  func errors() {
    #expect(throws: (any Error).self) {
      try inspect(["\(fixtures)/errors/empty.json", "\(fixtures)/P12-trailing-comma.json"])
    }
    do {
      _ = try inspect(["\(fixtures)/errors/empty.json", "\(fixtures)/P12-trailing-comma.json"])
    } catch {
      let message = TrustmapCommand.message(for: error)
      #expect(
        message.contains("2 problems") && message.contains("empty.json")
          && message.contains("line 4"))
      #expect(TrustmapCommand.exitCode(for: error) == .failure)
    }
  }

  @Test("an unknown --format is a usage error")
  func badFormat() {
    #expect(throws: (any Error).self) {
      try TrustmapCommand.parseAsRoot(["inspect", "x.json", "--format", "xml"])
    }
  }
}

@Suite("trustmap binary end to end")
struct InspectEndToEndTests {
  func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent("trustmap")
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: stdout, as: UTF8.self),
      String(decoding: stderr, as: UTF8.self)
    )
  }

  @Test("a good input exits 0 with the table on stdout and warnings on stderr")
  func success() throws {
    let result = try run(["inspect", "\(fixtures)/P11-dangling-group.json"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("111111111111"))
    #expect(result.stderr.contains("warning:") && result.stderr.contains("\"ops\""))
  }

  @Test("a near-miss input exits 1 and says which command produces the right file")
  func failure() throws {
    let result = try run(["inspect", "\(fixtures)/errors/airiam-near-miss.json"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("aws iam get-account-authorization-details --output json"))
  }
}
