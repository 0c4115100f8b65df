import Foundation
import TrustmapModel

/// Helpers shared by the test targets.
public enum TestSupport {
  /// The repository root, found from this file's location.
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Parses JSON text in a test, failing loudly on a syntax error.
  public static func json(_ text: String) throws -> JSONValue {
    try JSONParser.parse(text)
  }
}
