import ArgumentParser
import Foundation
import TrustmapReport

extension ExportFormat: ExpressibleByArgument {}
extension ExportScope: ExpressibleByArgument {}
extension DirectoryDestination: ExportFileSet {}
extension MemoryDestination: ExportFileSet {}

/// `trustmap export`: the trust graph for graph databases and graph tools.
public struct ExportCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the trust graph for Neo4j, Amazon Neptune, BloodHound or GraphML tools.",
    discussion: """
      Formats (written into --out; schema and loading steps: docs/export.md):
        neo4j-csv    CSV files for `neo4j-admin database import` and load.cypher to
                     LOAD CSV them into a running database (trust graph, accounts,
                     OUs, findings; Cartography's labels where the meaning is the same)
        neptune-csv  the same tables in Amazon Neptune's openCypher load format
        opengraph    opengraph.json (BloodHound OpenGraph) and trustmap-extension.json,
                     the extension schema to install first (pathfinding)
        graphml      trustmap.graphml for Gephi, yEd, Cytoscape and NetworkX

      --scope attack-paths (the default for opengraph) keeps the edges into
      administrators, across accounts and from outside the imported accounts;
      --scope all (the default otherwise) keeps everything. Files are streamed.

      Examples:
        trustmap export exports/ --org org.json --format neo4j-csv --out graph/
        trustmap export Samples/ --format opengraph --out bloodhound/
        trustmap export Samples/ --format graphml --scope attack-paths --out gephi/
      """)

  /// The inputs.
  @OptionGroup public var input: InputOptions
  /// Output format.
  @Option(help: "Format: neo4j-csv, neptune-csv, opengraph or graphml.")
  public var format: ExportFormat
  /// Output directory.
  @Option(help: ArgumentHelp("Directory to write into (created if missing).", valueName: "dir"))
  public var out: String
  /// Which part of the graph.
  @Option(help: "all, or attack-paths. Default: attack-paths for opengraph, else all.")
  public var scope: ExportScope?
  /// Evaluation time.
  @Option(
    name: .customLong("generated-at"),
    help: ArgumentHelp(
      "ISO 8601 time conditions are evaluated at (e.g. 2025-01-15T09:00:00Z). Default: now.",
      valueName: "time"))
  public var generatedAt: String?
  /// No progress lines.
  @Flag(help: "Print no progress lines on standard error.") public var quiet = false

  public init() {}

  public func validate() throws {
    try ReportClock.validate(generatedAt)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      throw ValidationError("--out \(out) is a file; give a directory to write the export into")
    }
  }

  public func run() throws {
    let destination = DirectoryDestination(path: out)
    let summary = try ExportRun(command: self).run(into: destination)
    ExportRun.progress(
      "wrote \(destination.fileCount) files into \(out) (\(summary))", quiet: quiet)
  }
}
