/// The text of a node, edge or cluster.
///
/// Labels hold raw, untrusted text; `DOTWriter` escapes it for DOT and for SVG/HTML. Callers
/// never write markup: a rich label is a list of styled lines, not an HTML string.
public enum DiagramLabel: Hashable, Sendable {
  /// One or more lines of plain text.
  case plain([String])
  /// Styled lines, written as a Graphviz HTML-like label.
  case rich([LabelLine])

  /// A single plain line.
  public static func text(_ line: String) -> DiagramLabel { .plain([line]) }

  /// Every line's text, joined by newlines: the full, untruncated content.
  public var fullText: String {
    switch self {
    case .plain(let lines): lines.joined(separator: "\n")
    case .rich(let lines): lines.map(\.text).joined(separator: "\n")
    }
  }
}

/// One line of a rich label.
public struct LabelLine: Hashable, Sendable {
  /// The raw text.
  public var text: String
  /// Whether it is drawn bold.
  public var bold: Bool
  /// The font size in points; `nil` keeps the diagram's default.
  public var pointSize: Double?
  /// The text colour (`#rrggbb`); `nil` keeps the default.
  public var color: String?

  /// Creates a line.
  public init(_ text: String, bold: Bool = false, pointSize: Double? = nil, color: String? = nil) {
    self.text = text
    self.bold = bold
    self.pointSize = pointSize
    self.color = color
  }
}
