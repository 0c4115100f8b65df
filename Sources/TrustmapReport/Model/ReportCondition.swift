/// An unresolved condition atom: its TVL-5 label and the full key/operator/values.
public struct ReportCondition: Hashable, Sendable {
  /// The short label, such as `MFA`, `ExternalId`, `identityNotImported:888888888888`.
  public var label: String
  /// The condition key, such as `aws:MultiFactorAuthPresent` (empty for synthetic atoms).
  public var key: String
  /// The operator, such as `Bool` (empty for synthetic atoms).
  public var conditionOperator: String
  /// The values as written.
  public var values: [String]

  /// Creates a condition.
  public init(
    label: String, key: String = "", conditionOperator: String = "", values: [String] = []
  ) {
    self.label = label
    self.key = key
    self.conditionOperator = conditionOperator
    self.values = values
  }

  /// `Bool aws:MultiFactorAuthPresent = true`, or `text` for synthetic atoms.
  public var fullText: String {
    guard !key.isEmpty else { return text }
    return "\(conditionOperator) \(key) = \(values.joined(separator: " | "))"
  }

  /// The label for people: condition labels as they are (`MFA`, `OIDC sub`); the synthetic
  /// atoms (TVL-6) in words, such as `the policies of account 888888888888 (not imported)`.
  public var text: String { Self.text(label) }

  /// `text` for a label.
  public static func text(_ label: String) -> String {
    let parts = label.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return label }
    switch parts[0] {
    case "identityNotImported":
      return parts[1] == "EXTERNAL_ANY"
        ? "the caller's own policies" : "the policies of account \(parts[1]) (not imported)"
    case "missingPolicy": return "policy \(parts[1]) (not in the export)"
    case "incompleteExport": return "the export of \(parts[1]) (incomplete)"
    default: return label
    }
  }
}

/// Points at one statement of one policy and carries its JSON text.
public struct StatementRef: Hashable, Sendable {
  /// The policy's name, such as `developers-base` or `trust policy`.
  public var policyName: String
  /// Where the policy lives, such as a policy ARN with version, or `inline on role/ci-pipeline`.
  public var source: String
  /// The statement index (from 0).
  public var index: Int
  /// The statement's `Sid`, if any.
  public var sid: String?
  /// The statement as pretty JSON text (untrusted: escaped by every writer).
  public var json: String

  /// Creates a statement reference.
  public init(policyName: String, source: String, index: Int, sid: String? = nil, json: String) {
    self.policyName = policyName
    self.source = source
    self.index = index
    self.sid = sid
    self.json = json
  }

  /// A compact reference, such as `developers-base#0 (UseCiRoles)`.
  public var shortReference: String {
    "\(policyName)#\(index)" + (sid.map { " (\($0))" } ?? "")
  }
}
