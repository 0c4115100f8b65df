/// Small helpers for text that people read: counts with the right noun form.
public enum Wording {
  /// `1 principal`, `4 principals`; `plural` for nouns that do not just take an `s`.
  public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
  }
}

extension Wording {
  /// `text` without references to specification rules, such as ` (ORG-3)` or `TRU-9: `: for
  /// messages of other layers shown to people (the rule ids stay in machine-readable fields).
  public static func withoutRuleReferences(_ text: String) -> String {
    var result = text.replacing(/\s*\((?:(?:[A-Z]{3}-\d+|S\d+)(?:,\s*|\s+and\s+)?)+\)/, with: "")
    result = result.replacing(/\b[A-Z]{3}-\d+:\s*/, with: "")
    return result
  }
}
