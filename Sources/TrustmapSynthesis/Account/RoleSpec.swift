import TrustmapModel

/// A role before ids and dates are assigned.
struct RoleSpec {
  var path = "/"
  var name: String
  var trust: JSONValue
  /// Attached managed policy ARNs.
  var managed: [String] = []
  /// Inline policies as (name, document).
  var inline: [(String, JSONValue)] = []
  /// The permissions boundary ARN, if any.
  var boundary: String? = nil
  /// Whether the role sits in an EC2 instance profile of the same name.
  var instanceProfile = false
  var tags: [(String, String)] = []
}

/// A user before ids and dates are assigned.
struct UserSpec {
  var path = "/"
  var name: String
  var groups: [String] = []
  var managed: [String] = []
  var inline: [(String, JSONValue)] = []
  var boundary: String? = nil
  var tags: [(String, String)] = []
}

/// A group before ids and dates are assigned.
struct GroupSpec {
  var path = "/"
  var name: String
  var managed: [String] = []
  var inline: [(String, JSONValue)] = []
}

/// A customer managed policy: versions oldest first, one of them the default.
struct CustomerPolicySpec {
  var path = "/"
  var name: String
  var description: String
  var versions: [JSONValue]
  var defaultIndex: Int
}
