import TrustmapModel

/// The policy layer a statement belongs to (TVL-4).
public enum Layer: String, Hashable, Sendable, Comparable, CaseIterable {
  case trust
  case identity
  case boundary
  case scp
  case rcp

  var rank: Int {
    switch self {
    case .trust: return 0
    case .identity: return 1
    case .boundary: return 2
    case .scp: return 3
    case .rcp: return 4
    }
  }

  public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.rank < rhs.rank }
}

/// Whether an unresolved atom sits in an `Allow` (must be true) or a `Deny` (must be false).
public enum Polarity: String, Hashable, Sendable, Comparable {
  /// In an `Allow`: access needs it to hold.
  case requires
  /// In a `Deny`: access needs it not to hold ("denied unless …").
  case forbids

  public static func < (lhs: Polarity, rhs: Polarity) -> Bool { lhs.rawValue > rhs.rawValue }
}

/// An atom whose value the export cannot decide, with where it sits (EVL-8, TVL-4..6).
public struct UnresolvedCondition: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// What is unknown.
  public enum Subject: Hashable, Sendable {
    /// A condition on a key the engine cannot resolve.
    case condition(key: String, operator: String, values: [String])
    /// A policy variable that could not be substituted (VAR-5 unknown).
    case variable(key: String)
    /// A managed policy whose document is not in the export (TVL-6).
    case missingPolicy(String)
    /// The caller's account was not imported (EDG-6).
    case identityNotImported(String)
    /// The export of this account is incomplete (FMT-2).
    case incompleteExport(String)
  }

  /// What is unknown.
  public var subject: Subject
  /// Which layer it sits in.
  public var layer: Layer
  /// Requires or forbids.
  public var polarity: Polarity
  /// The statement it comes from, when it comes from one.
  public var location: StatementLocation?

  /// Creates an atom.
  public init(
    subject: Subject, layer: Layer, polarity: Polarity, location: StatementLocation? = nil
  ) {
    self.subject = subject
    self.layer = layer
    self.polarity = polarity
    self.location = location
  }

  /// The short label of TVL-5/TVL-6: `MFA`, `ExternalId`, `OIDC sub`, `missingPolicy:<arn>`, ….
  public var label: String {
    switch subject {
    case .condition(let key, _, _): return ConditionKey(key).label
    case .variable(let key): return ConditionKey(key).label
    case .missingPolicy(let arn): return "missingPolicy:\(arn)"
    case .identityNotImported(let account): return "identityNotImported:\(account)"
    case .incompleteExport(let account): return "incompleteExport:\(account)"
    }
  }

  public var description: String {
    var text = "\(label) (\(polarity.rawValue), \(layer.rawValue)"
    if case .condition(let key, let op, let values) = subject {
      text += ": \(op) \(key) \(values)"
    }
    if let location { text += ", \(location)" }
    return text + ")"
  }

  public static func < (lhs: UnresolvedCondition, rhs: UnresolvedCondition) -> Bool {
    if lhs.layer != rhs.layer { return lhs.layer < rhs.layer }
    switch (lhs.location, rhs.location) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (let left?, let right?) where left != right: return left < right
    default: return lhs.description < rhs.description
    }
  }
}
