/// What the analysis could not see or decide: the honest limits of a report.
public struct Coverage: Hashable, Sendable {
  /// Policies referenced but missing from the export (FMT-10): `subject` is the policy ARN.
  public var missingPolicies: [CoverageItem]
  /// Unresolved condition labels with how many edges carry each.
  public var unresolvedConditions: [LabelCount]
  /// Accounts referenced in trust policies but not imported (EDG-6).
  public var unimportedAccounts: [String]
  /// Exports marked incomplete (FMT-2): `subject` is the account or file.
  public var incompleteExports: [CoverageItem]
  /// Lint findings about the inputs.
  public var lintFindings: [LintFinding]

  /// Creates coverage notes.
  public init(
    missingPolicies: [CoverageItem] = [], unresolvedConditions: [LabelCount] = [],
    unimportedAccounts: [String] = [], incompleteExports: [CoverageItem] = [],
    lintFindings: [LintFinding] = []
  ) {
    self.missingPolicies = missingPolicies
    self.unresolvedConditions = unresolvedConditions
    self.unimportedAccounts = unimportedAccounts
    self.incompleteExports = incompleteExports
    self.lintFindings = lintFindings
  }

  /// True when there is nothing to say.
  public var isEmpty: Bool {
    missingPolicies.isEmpty && unresolvedConditions.isEmpty && unimportedAccounts.isEmpty
      && incompleteExports.isEmpty && lintFindings.isEmpty
  }
}

/// A subject and a detail, such as a missing policy ARN and who references it.
public struct CoverageItem: Hashable, Sendable {
  /// What is missing or incomplete.
  public var subject: String
  /// Why it matters or where it was referenced.
  public var detail: String

  /// Creates an item.
  public init(subject: String, detail: String) {
    self.subject = subject
    self.detail = detail
  }
}

/// A label with a count.
public struct LabelCount: Hashable, Sendable {
  /// The label.
  public var label: String
  /// The count.
  public var count: Int

  /// Creates a label count.
  public init(label: String, count: Int) {
    self.label = label
    self.count = count
  }
}

/// A diagnostic about the inputs.
public struct LintFinding: Hashable, Sendable {
  /// `error`, `warning` or `info`.
  public var level: String
  /// A code, such as `danglingTrustPrincipal`.
  public var code: String
  /// The message.
  public var message: String
  /// Where: file and JSON path.
  public var location: String
  /// The specification rule behind it, such as `TRU-9` (machine-readable; not shown as text).
  public var rule: String

  /// Creates a lint finding.
  public init(level: String, code: String, message: String, location: String, rule: String = "") {
    self.level = level
    self.code = code
    self.message = message
    self.location = location
    self.rule = rule
  }
}
