// The only file that imports CGraphviz (style guide §6). Every C allocation is paired with a
// `defer` in reverse order, and every libgraphviz call runs behind one process-wide lock.
import CGraphviz
import CGraphvizSupport
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libgraphviz is not thread-safe (style guide §4): all calls go through this one lock.
private let graphvizLock = Mutex<Void>(())

/// Renders diagrams with libgraphviz's C API (cgraph + gvc); never runs the `dot` program.
public struct GraphvizRenderer: GraphRendering {
  /// The writer that turns diagrams into DOT.
  public var writer: DOTWriter

  /// Creates a renderer.
  public init(writer: DOTWriter = DOTWriter()) {
    self.writer = writer
  }

  /// Lays out and renders `diagram`, with `engine` or else the engine the diagram chose.
  public func render(
    _ diagram: Diagram, format: RenderFormat = .svg, engine: LayoutEngine? = nil
  ) throws(RenderError) -> [UInt8] {
    var diagram = diagram
    if let engine { diagram.engine = engine }
    let dot = try writer.write(diagram)
    return try render(dot: dot, format: format, engine: diagram.engine)
  }

  /// Lays out and renders DOT text; `.dot` returns the text unchanged.
  /// - Throws: `RenderError.invalidDOT` with libcgraph's message when the text does not parse.
  public func render(
    dot: String, format: RenderFormat = .svg, engine: LayoutEngine = .dot
  ) throws(RenderError) -> [UInt8] {
    if format == .dot { return Array(dot.utf8) }
    return try graphvizLock.withLock { _ throws(RenderError) -> [UInt8] in
      try Self.layOutAndRender(dot, format: format.rawValue, engine: engine.rawValue)
    }
  }

  /// Lays out and renders under `graphvizLock`; libgraphviz's messages go into the error.
  private static func layOutAndRender(
    _ dot: String, format: String, engine: String
  ) throws(RenderError) -> [UInt8] {
    let previousLevel = agseterr(AGMAX)
    defer { agseterr(previousLevel) }
    agreseterrors()
    guard let context = gvContext() else { throw .noGraphvizContext }
    defer { gvFreeContext(context) }
    agsetfile(nil)  // resets libcgraph's line counter, which otherwise runs on across graphs
    // Creation-order object IDs (CGraphvizSupport): with 2.42's address-based IDs the same DOT
    // could lay out differently from run to run.
    let utf8 = Array(dot.utf8)
    let parsed = utf8.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          trustmap_read_dot($0, buffer.count)
        }
      }
    }
    guard let graph = parsed ?? nil else {
      throw .invalidDOT(lastMessage())
    }
    defer { agclose(graph) }
    guard gvLayout(context, graph, engine) == 0 else {
      throw .layoutFailed(engine: engine, reason: lastMessage())
    }
    defer { gvFreeLayout(context, graph) }
    // Bad HTML-like labels are reported during layout without failing it.
    if hadError() { throw .invalidDOT(lastMessage()) }
    var data: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let status = gvRenderData(context, graph, format, &data, &length)
    defer { if let data { gvFreeRenderData(data) } }
    guard status == 0, let data, !hadError() else {
      throw .renderFailed(format: format, reason: lastMessage())
    }
    return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
  }

  private static func hadError() -> Bool {
    Int(agerrors()) >= Int(AGERR.rawValue)
  }

  /// The last message libcgraph buffered (it writes none to stderr at level `AGMAX`).
  private static func lastMessage() -> String {
    guard let message = aglasterr() else { return "no message from libgraphviz" }
    defer { free(message) }
    let text = String(cString: message)
      .split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
      .joined(separator: " ")
    return text.isEmpty ? "no message from libgraphviz" : text
  }
}

/// Facts about the linked libgraphviz.
public enum GraphvizLibrary {
  /// The version string libgvc reports, such as `2.43.0`.
  public static var version: String {
    graphvizLock.withLock { _ in
      guard let context = gvContext() else { return "unknown" }
      defer { gvFreeContext(context) }
      guard let info = gvcVersion(context) else { return "unknown" }
      return String(cString: info)
    }
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
