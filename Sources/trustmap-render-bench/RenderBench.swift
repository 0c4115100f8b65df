import Foundation
import TrustmapRender

/// Times layout + render of each view at 500-account scale, per format.
///
/// Usage: `swift run -c release trustmap-render-bench`. A measurement tool, not a test.
@main
enum RenderBench {
  static func main() {
    let views: [(String, Diagram)] = [
      ("overview (500 accounts, 2,000 links)", OverviewDiagram.diagram(SyntheticViews.overview())),
      ("account (1,000 roles)", AccountDiagram.diagram(SyntheticViews.account())),
      ("principal (5,000 reachable)", PrincipalDiagram.diagram(SyntheticViews.radius())),
      ("escalation path (6 hops)", EscalationPathDiagram.diagram(SyntheticViews.path())),
    ]
    print("view | engine | nodes | edges | format | seconds")
    for (name, diagram) in views {
      for format in [RenderFormat.dot, .svg, .png] {
        let start = Date()
        do {
          let bytes = try GraphvizRenderer().render(diagram, format: format)
          let seconds = Date().timeIntervalSince(start)
          print(
            "\(name) | \(diagram.engine.rawValue) | \(diagram.allNodes.count) | "
              + "\(diagram.edges.count) | \(format.rawValue) | "
              + String(format: "%.3f", seconds) + " (\(bytes.count) bytes)")
        } catch {
          print("\(name) | \(format.rawValue) | failed: \(error)")
        }
      }
    }
  }
}
