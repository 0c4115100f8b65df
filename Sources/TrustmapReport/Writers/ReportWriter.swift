/// A report format: a pure function from a `ReportDocument` to the text of one output file.
///
/// Shaped like SwiftLint's `Reporter` (`generateReport(_:) -> String`): no clock, no disk, the
/// same document always gives the same bytes.
public protocol ReportWriter {
  /// The file name inside the output directory, such as `findings.json`.
  static var fileName: String { get }
  /// The file's text.
  static func render(_ document: ReportDocument) -> String
}

extension ReportWriter {
  /// The file's bytes (UTF-8).
  public static func bytes(_ document: ReportDocument) -> [UInt8] {
    Array(render(document).utf8)
  }
}

/// All writers the `report` command runs, in the order it writes them.
public var reportWriters: [any ReportWriter.Type] {
  [HTMLReport.self, FindingsJSON.self, SARIFReport.self, MarkdownSummary.self, EdgesCSV.self]
}
