/// Why a diagram could not be drawn.
public enum RenderError: Error, Equatable, CustomStringConvertible {
  /// libcgraph rejected the DOT text; carries its message.
  case invalidDOT(String)
  /// The layout engine failed; carries the engine and libgraphviz's message.
  case layoutFailed(engine: String, reason: String)
  /// Rendering to the format failed; carries the format and libgraphviz's message.
  case renderFailed(format: String, reason: String)
  /// libgvc could not create a context (its plugins are missing).
  case noGraphvizContext
  /// An edge names a node key that no node has (a bug in the view that built the diagram).
  case unknownNode(String)
  /// Two nodes share a key (a bug in the view that built the diagram).
  case duplicateNode(String)

  /// A one-line message for users.
  public var description: String {
    switch self {
    case .invalidDOT(let reason):
      "Graphviz rejected the diagram: \(reason) — this is a Trustmap bug; please report it"
    case .layoutFailed(let engine, let reason):
      "Graphviz layout engine '\(engine)' failed: \(reason)"
    case .renderFailed(let format, let reason):
      "Graphviz could not render \(format): \(reason)"
    case .noGraphvizContext:
      "libgraphviz could not start: its plugins are missing — install libgraphviz-dev (libgvc6)"
    case .unknownNode(let key):
      "diagram edge names node '\(key)', which the diagram does not contain"
    case .duplicateNode(let key):
      "diagram has two nodes with key '\(key)'"
    }
  }
}
