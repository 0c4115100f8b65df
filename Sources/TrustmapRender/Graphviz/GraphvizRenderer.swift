// The only file that imports CGraphviz (style guide §6). Diagrams arrive in the diagrams issue;
// for now it proves the library links and reports its version.
import CGraphviz

/// Facts about the linked libgraphviz.
public enum GraphvizLibrary {
  /// The version string libgvc reports, for example `2.42.2`.
  public static var version: String {
    guard let context = gvContext() else { return "unknown" }
    defer { gvFreeContext(context) }
    guard let info = gvcVersion(context) else { return "unknown" }
    return String(cString: info)
  }
}
