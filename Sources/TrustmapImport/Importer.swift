import Dispatch
import TrustmapModel

/// The importer's entry point: files on disk in, `Organization` out.
public enum Importer {
  /// Reads every input (files, or directories walked for `*.json`), recognises each file by its
  /// shape, decodes and merges them.
  ///
  /// - Parameters:
  ///   - inputs: GAAD exports, Organizations exports, or directories holding them.
  ///   - orgInput: a file or directory that must hold only Organizations data (`--org`).
  ///   - managedPoliciesDirectory: `get-policy-version` documents named `<policy name>.json`,
  ///     used for AWS managed policies that no account lists (FMT-10).
  ///   - splitMixedAccounts: split a GAAD file whose ARNs name several accounts instead of
  ///     rejecting it (FMT-3); for hand-merged exports.
  /// - Throws: `ImportFailure` with every problem found in every file.
  public static func load(
    inputs: [String], orgInput: String? = nil, managedPoliciesDirectory: String? = nil,
    splitMixedAccounts: Bool = false
  ) throws(ImportFailure) -> ImportResult {
    let discovered = InputDiscovery.files(in: inputs)
    let orgFiles = orgInput.map { InputDiscovery.files(in: [$0]) } ?? (files: [], errors: [])
    var errors = discovered.errors + orgFiles.errors
    let orgSet = Set(orgFiles.files)
    let files = Array(Set(discovered.files).union(orgSet)).sorted()
    if files.isEmpty, errors.isEmpty { errors.append(.noInputs) }
    let loaded = loadInParallel(files, splitMixedAccounts: splitMixedAccounts) {
      orgSet.contains($0)
    }
    var assembly = ImportAssembly()
    assembly.add(loaded)
    errors += assembly.errors
    var organization = assembly.organization(errors: &errors)
    if let managedPoliciesDirectory {
      organization = ManagedPolicyDirectory.resolve(
        organization, directory: managedPoliciesDirectory, errors: &errors)
    }
    guard errors.isEmpty else { throw ImportFailure(errors) }
    return ImportResult(organization: organization, files: files)
  }

  /// Parses and decodes files on all cores; results keep the order of `files`.
  static func loadInParallel(
    _ files: [String], splitMixedAccounts: Bool = false, orgOnly: (String) -> Bool
  ) -> [LoadedFile] {
    let slots = ResultSlots<LoadedFile>(count: files.count)
    let flags = files.map(orgOnly)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      slots.store(
        LoadedFile.load(
          files[index], orgOnly: flags[index], splitMixedAccounts: splitMixedAccounts), at: index)
    }
    return slots.values()
  }
}

/// One slot per index, each written by exactly one `concurrentPerform` iteration, read after
/// all iterations finish; distinct indices never race.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func store(_ value: T, at index: Int) { buffer[index] = value }

  func values() -> [T] { buffer.compactMap { $0 } }
}
