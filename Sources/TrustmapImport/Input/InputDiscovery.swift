import Foundation

/// Expands the command-line inputs into a sorted, de-duplicated list of `*.json` files.
enum InputDiscovery {
  /// Files under each input (directories are walked recursively), sorted by path; a missing
  /// path or a directory without JSON files is an error.
  static func files(in inputs: [String]) -> (files: [String], errors: [ImportError]) {
    var files: Set<String> = []
    var errors: [ImportError] = []
    let manager = FileManager.default
    for input in inputs {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
        errors.append(.inputNotFound(input))
        continue
      }
      guard isDirectory.boolValue else {
        files.insert(normalised(input))
        continue
      }
      let found = jsonFiles(under: input)
      if found.isEmpty { errors.append(.noExportsInDirectory(input)) }
      files.formUnion(found)
    }
    return (files.sorted(), errors)
  }

  /// Every `*.json` below `directory`, hidden entries skipped.
  private static func jsonFiles(under directory: String) -> [String] {
    let base = URL(fileURLWithPath: directory)
    guard
      let enumerator = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var result: [String] = []
    for case let url as URL in enumerator where url.pathExtension.lowercased() == "json" {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
      if isFile { result.append(join(directory, relative: url.path, base: base.path)) }
    }
    return result
  }

  /// Keeps paths as the user wrote them (`dir/sub/x.json`), so messages match what they typed.
  private static func join(_ directory: String, relative path: String, base: String) -> String {
    guard path.hasPrefix(base) else { return path }
    let suffix = path.dropFirst(base.count).drop { $0 == "/" }
    return normalised(directory.hasSuffix("/") ? directory + suffix : directory + "/" + suffix)
  }

  private static func normalised(_ path: String) -> String {
    path.hasPrefix("./") ? String(path.dropFirst(2)) : path
  }
}
