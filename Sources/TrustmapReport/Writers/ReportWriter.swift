/// A report format: a pure function from a `ReportDocument` to the bytes of one output file.
///
/// Shaped like SwiftLint's `Reporter`: no clock, no disk, the same document always gives the
/// same bytes. Writers stream into a `ByteSink`, so the large files (`edges.csv`,
/// `findings.json`) go to disk piece by piece instead of being built whole in memory.
public protocol ReportWriter {
  /// The file name inside the output directory, such as `findings.json`.
  static var fileName: String { get }
  /// Writes the file's bytes into `sink`.
  static func write(_ document: ReportDocument, to sink: ByteSink)
}

/// A writer that builds its whole (small) file as one string.
public protocol TextReportWriter: ReportWriter {
  /// The file's text.
  static func render(_ document: ReportDocument) -> String
}

extension TextReportWriter {
  /// Writes `render(document)`.
  public static func write(_ document: ReportDocument, to sink: ByteSink) {
    sink.write(render(document))
  }
}

extension ReportWriter {
  /// The file's bytes, in memory.
  public static func bytes(_ document: ReportDocument) -> [UInt8] {
    let sink = ByteSink()
    write(document, to: sink)
    return sink.buffered
  }

  /// The file's text (UTF-8), in memory.
  public static func text(_ document: ReportDocument) -> String {
    String(decoding: bytes(document), as: UTF8.self)
  }
}

/// All writers the `report` command runs, in the order it writes them.
public var reportWriters: [any ReportWriter.Type] {
  [HTMLReport.self, FindingsJSON.self, SARIFReport.self, MarkdownSummary.self, EdgesCSV.self]
}
