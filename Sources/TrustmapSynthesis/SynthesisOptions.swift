/// What to generate: the size of the organisation, the seed, and the document encoding.
public struct SynthesisOptions: Hashable, Sendable {
  /// The number of accounts, the management account included (at least 1).
  public var accountCount: Int
  /// The number of IAM roles in every account.
  public var rolesPerAccount: Int
  /// The number of IAM users in every account.
  public var usersPerAccount: Int
  /// The seed; the same options always give the same bytes.
  public var seed: UInt64
  /// Write policy documents as URL-encoded JSON strings (the raw IAM API form, FMT-11) instead
  /// of JSON objects (the AWS CLI form).
  public var urlEncodedDocuments: Bool

  /// Creates options.
  public init(
    accountCount: Int, rolesPerAccount: Int, usersPerAccount: Int, seed: UInt64,
    urlEncodedDocuments: Bool = false
  ) {
    self.accountCount = accountCount
    self.rolesPerAccount = rolesPerAccount
    self.usersPerAccount = usersPerAccount
    self.seed = seed
    self.urlEncodedDocuments = urlEncodedDocuments
  }
}

/// What a generation run wrote.
public struct SynthesisSummary: Hashable, Sendable {
  /// The number of account files written.
  public var accountFiles: Int
  /// The total number of roles over all accounts.
  public var roleCount: Int
  /// The total number of users over all accounts.
  public var userCount: Int
  /// The bytes written, `org.json` included.
  public var totalBytes: Int
}
