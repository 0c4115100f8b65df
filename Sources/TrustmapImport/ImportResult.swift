import TrustmapModel

/// What `Importer.load` returns: the organisation model and the files it came from.
public struct ImportResult: Hashable, Sendable {
  /// The imported model; its `diagnostics` hold every warning and note.
  public var organization: Organization
  /// Every file read, sorted.
  public var files: [String]

  /// Creates a result.
  public init(organization: Organization, files: [String]) {
    self.organization = organization
    self.files = files
  }
}
