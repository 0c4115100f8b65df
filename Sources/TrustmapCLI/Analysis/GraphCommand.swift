import ArgumentParser
import TrustmapGraph
import TrustmapModel

/// `trustmap graph`: every node and edge of the trust graph.
public struct GraphCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Build the organisation-wide AssumeRole graph and print its nodes and edges.")

  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output format.
  @Option(help: "Output format: text or json.") public var format: OutputFormat = .text

  public init() {}

  public func run() throws { try render().emit() }

  /// Builds the graph and renders it.
  public func render() throws -> CommandOutput {
    let session = try AnalysisSession.load(input)
    let graph = session.graph
    let report: String
    if format == .json {
      report =
        GraphJSON.object([
          ("nodes", .array(graph.nodes.map(GraphJSON.node))),
          ("edges", .array(graph.edges.map(GraphJSON.edge))),
        ]).prettyText + "\n"
    } else {
      let nodeLines = graph.nodes.map {
        "node \($0.kind.rawValue) \($0.id)" + ($0.isAdmin ? " [admin]" : "")
      }
      let edgeLines = graph.edges.map { edge in
        "edge \(edge.source) -> \(edge.target) \(edge.kind.action) "
          + (edge.isAllowed
            ? "allowed" : "conditional [\(edge.conditionLabels.joined(separator: ", "))]")
      }
      report = (nodeLines + edgeLines).escapedLines
    }
    return CommandOutput(
      report: report, notes: session.diagnostics + (input.timings ? session.timingLines : []))
  }
}
