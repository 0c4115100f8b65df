import ArgumentParser
import Foundation
import TrustmapRender

/// `--format svg|png|pdf|dot`.
public enum DiagramFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case svg, png, pdf, dot

  var renderFormat: RenderFormat {
    switch self {
    case .svg: .svg
    case .png: .png
    case .pdf: .pdf
    case .dot: .dot
    }
  }
}

/// `--engine dot|sfdp|neato|fdp|twopi|circo`.
public enum DiagramEngine: String, ExpressibleByArgument, CaseIterable, Sendable {
  case dot, sfdp, neato, fdp, twopi, circo

  var layoutEngine: LayoutEngine { LayoutEngine(rawValue: rawValue) ?? .dot }
}

/// Output options every `diagram` view shares.
public struct DiagramOptions: ParsableArguments {
  /// Output format.
  @Option(help: "Output format: svg, png, pdf or dot (the DOT text, no layout).")
  public var format: DiagramFormat = .svg

  /// Output file; standard output when absent (svg and dot only).
  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file (required for png and pdf).", valueName: "file"))
  public var output: String?

  /// Layout engine override.
  @Option(help: "Graphviz layout engine (default: the view's own, dot for small graphs).")
  public var engine: DiagramEngine?

  public init() {}

  public func validate() throws {
    if output == nil, format == .png || format == .pdf {
      throw ValidationError("--format \(format.rawValue) writes binary data: pass --output FILE")
    }
  }

  /// Renders `diagram` and writes it to `--output` or standard output.
  func emit(_ diagram: Diagram, notes: [String]) throws {
    let bytes = try render(diagram)
    var standardError = StandardError()
    for line in notes { print(line, to: &standardError) }
    if let output {
      try Data(bytes).write(to: URL(fileURLWithPath: output))
    } else {
      FileHandle.standardOutput.write(Data(bytes))
    }
  }

  /// The bytes of `diagram` in the chosen format.
  func render(_ diagram: Diagram) throws -> [UInt8] {
    try GraphvizRenderer().render(
      diagram, format: format.renderFormat, engine: engine?.layoutEngine)
  }
}
