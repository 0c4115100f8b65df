import TrustmapModel

/// The resources the admin probes (ADM-1, ADM-2, ADM-4) ask about for one account and
/// partition, parsed once: principals of an account share them, and parsing an ARN costs more
/// than many a probe's evaluation.
///
/// A resource that does not parse stays nil; probing it decides nothing, as before.
public struct AdminProbeTargets: Sendable {
  /// The account the resources name.
  public let account: AccountID
  /// Their partition.
  public let partition: String
  /// `arn:<p>:iam::<account>:role/__probe__`.
  let role: ARN?
  /// `arn:<p>:iam::<account>:user/__probe__`.
  let user: ARN?
  /// An EC2 instance of the account.
  let instance: ARN?
  /// An S3 object.
  let object: ARN?
  /// A KMS key of the account.
  let key: ARN?
  /// A role in an account that is not this one.
  let foreignRole: ARN?
  /// An SCP of the organisation, as seen from the account.
  let organizationPolicy: ARN?

  /// The targets for `account` in `partition`.
  public init(account: AccountID, partition: String) {
    self.account = account
    self.partition = partition
    let iam = "arn:\(partition):iam::\(account.rawValue):"
    role = ARN(iam + "role/__probe__")
    user = ARN(iam + "user/__probe__")
    instance = ARN("arn:\(partition):ec2:us-east-1:\(account.rawValue):instance/*")
    object = ARN("arn:\(partition):s3:::__probe__/__probe__")
    key = ARN("arn:\(partition):kms:us-east-1:\(account.rawValue):key/__probe__")
    foreignRole = ARN("arn:\(partition):iam::999999999999:role/__probe__")
    organizationPolicy = ARN(
      "arn:\(partition):organizations::\(account.rawValue):policy/o-probe/service_control_policy/p-probe"
    )
  }

  /// The targets for the account and partition of `side`.
  public init(_ side: IdentitySide) {
    self.init(account: side.accountID, partition: side.arn.partition)
  }

  /// True when these are the targets of `side`'s account and partition.
  public func fits(_ side: IdentitySide) -> Bool {
    side.accountID == account && side.arn.partition == partition
  }
}

extension PolicySource {
  private static let groupMarker = Array(":group/".utf8)

  /// True when the holder is an IAM group (its text contains `:group/`).
  ///
  /// Searched in the UTF-8 bytes: `String.contains` with a string argument goes through
  /// Foundation and costs some ten thousand instructions a call.
  public var isHeldByGroup: Bool {
    guard var holder else { return false }
    let marker = Self.groupMarker
    return holder.withUTF8 { bytes in
      guard bytes.count >= marker.count else { return false }
      for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
        var matched = 1
        while matched < marker.count, bytes[start + matched] == marker[matched] { matched += 1 }
        if matched == marker.count { return true }
      }
      return false
    }
  }
}
