/// Something that turns a `Diagram` into bytes of a format: Graphviz, or a fake in tests.
public protocol GraphRendering: Sendable {
  /// Lays out and renders `diagram`, with `engine` or else the diagram's own engine.
  func render(
    _ diagram: Diagram, format: RenderFormat, engine: LayoutEngine?
  ) throws(RenderError) -> [UInt8]
}
