import ArgumentParser
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// `trustmap path`: shortest (and alternative) paths between two principals.
public struct PathCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "path", abstract: "Explain how one principal can become another.",
    discussion: "Exit status: 0 a path exists, 3 no path, 1 error.")

  /// Exit status when no path exists.
  public static let noPathExitCode: Int32 = 3

  /// Source principal.
  @Option(help: "Source: ARN, node id, or account:role/name (account id or org name).") public
    var from: String
  /// Target principal.
  @Option(help: "Target, same forms as --from.") public var to: String
  /// Number of paths.
  @Option(help: "Show up to N paths (the first fully-allowed one first).") public var alternatives =
    1
  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output format.
  @Option(help: "Output format: text or json.") public var format: OutputFormat = .text

  public init() {}

  public func run() throws { try render().emit() }

  /// Finds and renders the paths.
  public func render() throws -> CommandOutput {
    var session = try AnalysisSession.load(input)
    let resolver = PrincipalResolver(graph: session.graph, organization: session.organization)
    let source = try resolver.resolve(from)
    let target = try resolver.resolve(to)
    let reach = session.reachability()
    guard let sourceIndex = session.graph.nodeIndex(of: source),
      let targetIndex = session.graph.nodeIndex(of: target)
    else { throw ValidationError("unknown node") }
    let paths = reach.paths(from: sourceIndex, to: targetIndex, alternatives: max(1, alternatives))
    let report: String
    if format == .json {
      report =
        GraphJSON.object([
          ("from", .string(source.rawValue)), ("to", .string(target.rawValue)),
          ("reachable", .bool(!paths.isEmpty)),
          ("hops", paths.first.map { .array($0.hops.map(GraphJSON.edge)) } ?? .array([])),
          ("paths", .array(paths.map(GraphJSON.path))),
        ]).prettyText + "\n"
    } else if paths.isEmpty {
      report = "no path from \(source) to \(target)\n".terminalEscaped
    } else {
      report =
        paths.enumerated().flatMap { number, path in
          let status =
            path.isAllowed ? "allowed" : "conditional [\(path.conditions.joined(separator: ", "))]"
          let chain = path.isChained ? ", role chaining (1 h sessions)" : ""
          return ["path \(number + 1): \(path.hops.count) hop(s), \(status)\(chain)"]
            + GraphJSON.hopLines(path)
        }.escapedLines
    }
    var notes = session.diagnostics
    if input.timings { notes += session.timingLines }
    return CommandOutput(
      report: report, notes: notes, exitCode: paths.isEmpty ? Self.noPathExitCode : 0)
  }
}
