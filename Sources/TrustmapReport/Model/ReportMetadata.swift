/// The header of a report: organisation, tool, time, inputs and assumptions.
public struct ReportMetadata: Hashable, Sendable {
  /// The Organizations id (`o-…`), or nil without an Organizations export.
  public var organizationID: String?
  /// A display name for the organisation.
  public var organizationName: String?
  /// The report title.
  public var title: String
  /// The tool version, such as `0.1.0`.
  public var toolVersion: String
  /// The generation time as given by the caller (writers never read the clock).
  public var generatedAt: String
  /// Every input file with its fingerprint.
  public var inputFiles: [InputFile]
  /// What the analysis assumed, such as "no org export: SCPs not evaluated".
  public var assumptions: [String]

  /// Creates metadata.
  public init(
    organizationID: String? = nil, organizationName: String? = nil,
    title: String = "Trustmap report", toolVersion: String, generatedAt: String,
    inputFiles: [InputFile] = [], assumptions: [String] = []
  ) {
    self.organizationID = organizationID
    self.organizationName = organizationName
    self.title = title
    self.toolVersion = toolVersion
    self.generatedAt = generatedAt
    self.inputFiles = inputFiles
    self.assumptions = assumptions
  }
}

/// One input file and its SHA-256 fingerprint.
public struct InputFile: Hashable, Sendable {
  /// The path as given on the command line.
  public var path: String
  /// Lowercase hex SHA-256 of the file's bytes.
  public var sha256: String
  /// What the file is, such as `GAAD 111111111111` or `Organizations export`.
  public var kind: String

  /// Creates an entry from a known digest.
  public init(path: String, sha256: String, kind: String) {
    self.path = path
    self.sha256 = sha256
    self.kind = kind
  }

  /// Creates an entry by hashing the file's bytes.
  public init(path: String, contents: [UInt8], kind: String) {
    self.init(path: path, sha256: SHA256.hex(contents), kind: kind)
  }
}
