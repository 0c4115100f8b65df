import Foundation
import Testing

/// Compares `actual` with `Golden/<name>.<ext>` next to the calling test file.
///
/// `name` defaults to the calling test's name. With `RECORD_GOLDEN=1` it rewrites the file and
/// still records an issue, so a recording run never passes (style guide §8). On a mismatch it
/// records the first differing lines.
public func assertGolden(
  _ actual: String, named explicitName: String? = nil, ext: String,
  testName: String = #function, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let name = explicitName ?? String(testName.prefix { $0 != "(" })
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  let file = folder.appendingPathComponent("\(name).\(ext)")
  if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    do {
      try Data(actual.utf8).write(to: file)
      Issue.record(
        "Recorded golden \(file.path); run again without RECORD_GOLDEN",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Could not write golden \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = FileManager.default.contents(atPath: file.path) else {
    Issue.record(
      "Missing golden \(file.path); record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  guard expected != actual else { return }
  Issue.record(
    Comment(rawValue: "Golden mismatch \(file.lastPathComponent):\n\(lineDiff(expected, actual))"),
    sourceLocation: sourceLocation)
}

/// The first few differing lines of two texts, `-` expected and `+` actual.
func lineDiff(_ expected: String, _ actual: String, limit: Int = 8) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var lines: [String] = []
  for index in 0..<max(old.count, new.count) where lines.count < limit * 2 {
    let before = index < old.count ? String(old[index]) : "<end of file>"
    let after = index < new.count ? String(new[index]) : "<end of file>"
    if before != after { lines += ["line \(index + 1):", "- " + before, "+ " + after] }
  }
  return lines.joined(separator: "\n")
}
