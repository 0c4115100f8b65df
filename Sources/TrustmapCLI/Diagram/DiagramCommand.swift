import ArgumentParser
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapRender

/// `trustmap diagram`: draws the overview, a path, an account or a principal's blast radius.
public struct DiagramCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "diagram", abstract: "Draw trust diagrams with Graphviz (svg, png, pdf, dot).",
    subcommands: [
      OverviewDiagramCommand.self, PathDiagramCommand.self, AccountDiagramCommand.self,
      PrincipalDiagramCommand.self,
    ])

  public init() {}
}

/// A `diagram` view: builds one diagram and writes it as `--format` says.
public protocol DiagramViewCommand: ParsableCommand {
  /// Output options.
  var output: DiagramOptions { get }
  /// The diagram and the notes for standard error.
  func diagram() throws -> (diagram: Diagram, notes: [String])
}

extension DiagramViewCommand {
  /// Builds the diagram and writes it.
  public func run() throws {
    let built = try diagram()
    try output.emit(built.diagram, notes: built.notes)
  }
}

/// The analysis a diagram view draws from.
struct DiagramSession {
  var session: AnalysisSession
  let analysis: TrustAnalysis
  let adapter: DiagramAdapter

  init(_ input: InputOptions) throws {
    session = try AnalysisSession.load(input)
    analysis = session.analyse()
    adapter = DiagramAdapter(analysis: analysis, organization: session.organization)
  }

  var resolver: PrincipalResolver {
    PrincipalResolver(graph: session.graph, organization: session.organization)
  }

  /// Diagnostics and timings for standard error.
  func notes(timings: Bool) -> [String] {
    session.diagnostics + (timings ? session.timingLines : [])
  }
}

/// `trustmap diagram overview`.
public struct OverviewDiagramCommand: DiagramViewCommand {
  public static let configuration = CommandConfiguration(
    commandName: "overview", abstract: "Accounts by OU and tier, with trust between them.")

  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output options.
  @OptionGroup public var output: DiagramOptions

  public init() {}

  /// The diagram and the notes for standard error.
  public func diagram() throws -> (diagram: Diagram, notes: [String]) {
    let session = try DiagramSession(input)
    return (
      OverviewDiagram.diagram(session.adapter.overview()), session.notes(timings: input.timings)
    )
  }
}

/// `trustmap diagram account ACCOUNT`.
public struct AccountDiagramCommand: DiagramViewCommand {
  public static let configuration = CommandConfiguration(
    commandName: "account", abstract: "One account's principals and the trust in and out of it.")

  /// The account: 12-digit id or org account name.
  @Argument(help: "Account id or name from the Organizations export.") public var account: String
  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output options.
  @OptionGroup public var output: DiagramOptions

  public init() {}

  /// The diagram and the notes for standard error.
  public func diagram() throws -> (diagram: Diagram, notes: [String]) {
    let session = try DiagramSession(input)
    let organization = session.session.organization
    let ids = Set(organization.accounts.map(\.id)).union(
      organization.structure?.accounts.map(\.id) ?? [])
    guard
      let id = ids.sorted().first(where: {
        $0.rawValue == account || organization.displayName(of: $0) == account
      })
    else {
      throw ValidationError(
        "unknown account \"\(account)\"; known: "
          + ids.sorted().map { "\($0.rawValue) (\(organization.displayName(of: $0)))" }
          .joined(separator: ", "))
    }
    let view = AccountDiagram.diagram(session.adapter.accountView(id))
    return (view, session.notes(timings: input.timings))
  }
}

/// `trustmap diagram principal NAME`.
public struct PrincipalDiagramCommand: DiagramViewCommand {
  public static let configuration = CommandConfiguration(
    commandName: "principal", abstract: "Everything one principal can reach (its blast radius).")

  /// The principal.
  @Argument(help: "ARN, node id, or account:role/name (account id or org name).")
  public var name: String
  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output options.
  @OptionGroup public var output: DiagramOptions

  public init() {}

  /// The diagram and the notes for standard error.
  public func diagram() throws -> (diagram: Diagram, notes: [String]) {
    let session = try DiagramSession(input)
    let id = try session.resolver.resolve(name)
    let view = PrincipalDiagram.diagram(session.adapter.principalView(id))
    return (view, session.notes(timings: input.timings))
  }
}
