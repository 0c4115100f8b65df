import TrustmapAnalysis

extension Severity {
  /// The SARIF 2.1.0 `level` for this severity.
  public var sarifLevel: String {
    switch self {
    case .critical, .high: return "error"
    case .medium: return "warning"
    case .low, .info: return "note"
    }
  }

  /// GitHub code scanning's `security-severity` score (0.0–10.0, as text): critical above 9.0,
  /// high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9, and 0.0 for informational results.
  public var securitySeverity: String {
    switch self {
    case .critical: return "9.5"
    case .high: return "8.0"
    case .medium: return "5.5"
    case .low: return "3.0"
    case .info: return "0.0"
    }
  }
}
