import Testing

extension Tag {
  /// Tests that call libgraphviz.
  @Tag static var graphviz: Self
}
