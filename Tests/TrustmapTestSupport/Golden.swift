import Foundation
import Testing

/// Compares `actual` with `Golden/<testName>.<ext>` next to the calling test file.
///
/// With `RECORD_GOLDEN=1` in the environment it rewrites the file and still records an issue,
/// so a recording run never passes. Style guide §8.
public func assertGolden(
  _ actual: String, ext: String, testName: String = #function, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let name = testName.prefix { $0 != "(" }
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").appendingPathComponent("\(name).\(ext)")
  if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "recorded \(url.path); unset RECORD_GOLDEN and run again", sourceLocation: sourceLocation)
    } catch {
      Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8)
  else {
    Issue.record(
      "no golden file \(url.path); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    Issue.record(
      Comment(
        rawValue: "differs from \(url.lastPathComponent):\n"
          + lineDiff(expected: expected, actual: actual)),
      sourceLocation: sourceLocation)
  }
}

/// The lines that differ, `-` expected and `+` actual, at most 40 of them.
func lineDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(old.count, new.count) where out.count < 40 {
    let left = index < old.count ? String(old[index]) : nil
    let right = index < new.count ? String(new[index]) : nil
    if left != right {
      if let left { out.append("\(index + 1) - \(left)") }
      if let right { out.append("\(index + 1) + \(right)") }
    }
  }
  return out.joined(separator: "\n")
}
