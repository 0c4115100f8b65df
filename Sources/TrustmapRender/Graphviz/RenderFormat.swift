/// Output formats of `GraphvizRenderer`.
public enum RenderFormat: String, Hashable, Sendable, CaseIterable {
  /// Scalable vector graphics (the default).
  case svg
  /// A bitmap.
  case png
  /// A printable document.
  case pdf
  /// The DOT text we generate, without layout.
  case dot
}

/// Graphviz layout engines.
public enum LayoutEngine: String, Hashable, Sendable, CaseIterable {
  /// Layered layout: best for paths and small views; slow on large graphs.
  case dot
  /// Multiscale force-directed layout: fast on large graphs; ignores clusters.
  case sfdp
  /// Spring model layout.
  case neato
  /// Force-directed layout that keeps clusters.
  case fdp
  /// Radial layout around a centre.
  case twopi
  /// Circular layout.
  case circo
}
