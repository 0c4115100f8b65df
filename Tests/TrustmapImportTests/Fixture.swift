import Foundation
import TrustmapImport
import TrustmapModel

/// Paths of the fixture files and small loading helpers.
enum Fixture {
  /// The copied `Fixtures` folder inside the test bundle.
  static let root: String = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

  /// The absolute path of a fixture.
  static func path(_ name: String) -> String { root + "/" + name }

  /// Imports fixtures (files or folders) by name.
  static func load(_ names: String..., org: String? = nil, managed: String? = nil) throws
    -> ImportResult
  {
    try Importer.load(
      inputs: names.map(path), orgInput: org.map(path), managedPoliciesDirectory: managed.map(path))
  }

  /// The problems an import of these fixtures fails with (empty when it succeeds).
  static func problems(_ names: String..., org: String? = nil) -> [ImportError] {
    do {
      _ = try Importer.load(inputs: names.map(path), orgInput: org.map(path))
      return []
    } catch {
      return error.problems
    }
  }

  static let account111 = AccountID(rawValue: "111111111111")!
}
