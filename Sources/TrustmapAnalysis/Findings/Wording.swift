/// Small helpers for text that people read: counts with the right noun form.
public enum Wording {
  /// `1 principal`, `4 principals`; `plural` for nouns that do not just take an `s`.
  public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
  }
}
