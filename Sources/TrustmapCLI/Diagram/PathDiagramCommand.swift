import ArgumentParser
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapRender

/// `trustmap diagram path`: one path, from `--from` to `--to` or a finding's evidence path.
public struct PathDiagramCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "path", abstract: "Draw one path: --from A --to B, or --finding ID.",
    discussion: "Exit status: 0 drawn, 3 no path from A to B, 1 error.")

  /// Source principal.
  @Option(help: "Source: ARN, node id, or account:role/name.") public var from: String?
  /// Target principal.
  @Option(help: "Target, same forms as --from.") public var to: String?
  /// A finding id.
  @Option(help: "A finding id from `trustmap findings` (draws its evidence path).")
  public var finding: String?
  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output options.
  @OptionGroup public var output: DiagramOptions

  public init() {}

  public func validate() throws {
    let pair = from != nil && to != nil
    guard pair != (finding != nil), (from == nil) == (to == nil) else {
      throw ValidationError("pass either --from and --to, or --finding")
    }
  }

  public func run() throws {
    let built = try diagram()
    guard let diagram = built.diagram else {
      var standardError = StandardError()
      for line in built.notes { print(line, to: &standardError) }
      print("no path from \(from ?? "") to \(to ?? "")".terminalEscaped, to: &standardError)
      throw ExitCode(PathCommand.noPathExitCode)
    }
    try output.emit(diagram, notes: built.notes)
  }

  /// The diagram (nil when there is no path) and the notes for standard error.
  public func diagram() throws -> (diagram: Diagram?, notes: [String]) {
    let session = try DiagramSession(input)
    let notes = session.notes(timings: input.timings)
    if let finding {
      guard let found = session.analysis.findings.first(where: { $0.id == finding }) else {
        throw ValidationError(
          "unknown finding \"\(finding)\"; known: "
            + session.analysis.findings.map(\.id).joined(separator: ", "))
      }
      guard let path = session.adapter.escalationPath(found) else {
        throw ValidationError("finding \"\(finding)\" has no path to draw")
      }
      return (EscalationPathDiagram.diagram(path), notes)
    }
    let resolver = session.resolver
    let source = try resolver.resolve(from ?? "")
    let target = try resolver.resolve(to ?? "")
    let graph = session.analysis.graph
    guard let start = graph.nodeIndex(of: source), let end = graph.nodeIndex(of: target),
      let path = session.analysis.reachability.paths(from: start, to: end).first
    else { return (nil, notes) }
    return (EscalationPathDiagram.diagram(session.adapter.escalationPath(path)), notes)
  }
}
