/// The calm colours every view shares, so the same thing looks the same everywhere.
public enum Palette {
  /// Body text.
  public static let ink = "#2b2f36"
  /// Secondary text.
  public static let muted = "#6b7380"
  /// Ordinary edges.
  public static let edge = "#66707d"
  /// Cross-account edges (EDG-3).
  public static let crossAccount = "#2f6db5"
  /// Public and unpinned-OIDC edges (EDG-3), admin outlines.
  public static let danger = "#c0392b"
  /// Escalation edges.
  public static let escalation = "#8e5aa8"
  /// Notes about elided content.
  public static let noteFill = "#fbf7e9"

  /// Fill and border for an account of `tier` (0 = most sensitive); `nil` is unknown.
  public static func tier(_ tier: Int?) -> (fill: String, border: String) {
    switch tier {
    case 0: ("#f7d9d5", "#b5483b")
    case 1: ("#fbe6c8", "#b7822c")
    case 2: ("#dbe8f5", "#4a7bb0")
    case 3: ("#deefdf", "#5c8a5e")
    default: ("#eceff3", "#8a93a0")
    }
  }

  /// Fill and border for a principal node.
  public static func principal(_ principal: DiagramPrincipal) -> (fill: String, border: String) {
    if principal.isAdmin { return ("#f9e0dc", danger) }
    switch principal.kind {
    case .user: return ("#e4eef8", "#4a7bb0")
    case .role: return ("#eef1f5", "#66707d")
    case .identityProvider: return ("#efe6f5", "#7d5a99")
    case .service: return ("#e3f2e6", "#4f8a5b")
    case .externalPrincipal, .externalAccount: return ("#f6f6f4", "#8a8f96")
    case .anyone: return ("#fde3e0", danger)
    }
  }
}
