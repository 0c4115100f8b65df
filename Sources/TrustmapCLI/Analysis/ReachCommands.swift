import ArgumentParser
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// `trustmap reach`: what one principal can reach, transitively.
public struct ReachCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "reach",
    abstract: "List the roles, accounts and admin-of-accounts a principal can reach.")

  /// Source principal.
  @Option(help: "Source: ARN, node id, or account:role/name.") public var from: String
  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output format.
  @Option(help: "Output format: text or json.") public var format: OutputFormat = .text

  public init() {}

  public func run() throws { try render().emit() }

  /// Computes and renders the reach of `from`.
  public func render() throws -> CommandOutput {
    var session = try AnalysisSession.load(input)
    let source = try PrincipalResolver(graph: session.graph, organization: session.organization)
      .resolve(from)
    let reach = session.reachability()
    guard let index = session.graph.nodeIndex(of: source) else {
      throw ValidationError("unknown node")
    }
    let roles = reach.nodesReachable(from: index).map { session.graph.nodes[$0].id.rawValue }
    let accounts = reach.accountsReachable(from: index)
    let admin = reach.adminAccountsReachable(from: index)
    func json(_ list: [ReachedAccount]) -> JSONValue {
      .array(
        list.map {
          GraphJSON.object([
            ("account", .string($0.account.rawValue)), ("allowed", .bool($0.allowed)),
          ])
        })
    }
    let report: String
    if format == .json {
      report =
        GraphJSON.object([
          ("from", .string(source.rawValue)), ("roles", GraphJSON.strings(roles)),
          ("accounts", json(accounts)), ("adminOf", json(admin)),
        ]).prettyText + "\n"
    } else {
      func line(_ item: ReachedAccount) -> String {
        "\(item.account)" + (item.allowed ? "" : " (conditional)")
      }
      report =
        (["from \(source)", "roles (\(roles.count)):"] + roles.map { "  " + $0 }
        + [
          "accounts: " + accounts.map(line).joined(separator: ", "),
          "admin of (everything in, ADM-5): " + admin.map(line).joined(separator: ", "),
        ]).escapedLines
    }
    return CommandOutput(
      report: report, notes: session.diagnostics + (input.timings ? session.timingLines : []))
  }
}

/// `trustmap who-can-reach`: every principal that can reach a role or an account.
public struct WhoCanReachCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "who-can-reach",
    abstract: "List the principals that can reach a role, or any role of an account.")

  /// Target role or account id.
  @Option(help: "Target: a role (ARN or account:role/name) or a 12-digit account id.") public
    var to: String
  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output format.
  @Option(help: "Output format: text or json.") public var format: OutputFormat = .text

  public init() {}

  public func run() throws { try render().emit() }

  /// Computes and renders who reaches `to`.
  public func render() throws -> CommandOutput {
    var session = try AnalysisSession.load(input)
    let graph = session.graph
    let targets: [Int]
    if let account = AccountID(rawValue: to) {
      targets = graph.nodes.indices.filter {
        graph.nodes[$0].account == account && graph.nodes[$0].kind == .role
      }
    } else {
      let id = try PrincipalResolver(graph: graph, organization: session.organization).resolve(to)
      targets = graph.nodeIndex(of: id).map { [$0] } ?? []
    }
    let reach = session.reachability()
    let sources = reach.nodesReaching(targets).map { graph.nodes[$0].id.rawValue }
    let report =
      format == .json
      ? GraphJSON.object([("to", .string(to)), ("principals", GraphJSON.strings(sources))])
        .prettyText + "\n"
      : (["\(sources.count) node(s) can reach \(to):"] + sources.map { "  " + $0 }).escapedLines
    return CommandOutput(
      report: report, notes: session.diagnostics + (input.timings ? session.timingLines : []))
  }
}
