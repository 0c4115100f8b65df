import Foundation
import TrustmapAnalysis
import TrustmapGraph
import TrustmapImport
import TrustmapModel
import TrustmapPolicy

extension InputOptions {
  /// Imports the inputs.
  func importInputs() throws -> ImportResult {
    try Importer.load(
      inputs: inputs, orgInput: org, managedPoliciesDirectory: managedPolicies,
      splitMixedAccounts: splitMixedAccounts)
  }
}

/// Import → engine → graph (→ analysis), timed per phase.
struct AnalysisSession {
  let organization: Organization
  let engine: PolicyEngine
  let graph: TrustGraph
  let tiers: AccountTiers
  let diagnostics: [String]
  /// Every input file read, sorted.
  let files: [String]
  private(set) var timings: [(String, Double)]

  /// Loads everything up to the graph; conditions on time are decided at `referenceTime`
  /// (seconds since 1970), by default now.
  static func load(_ options: InputOptions, referenceTime: Double? = nil) throws
    -> AnalysisSession
  {
    var timings: [(String, Double)] = []
    let imported = try timed("import", &timings) { try options.importInputs() }
    let organization = imported.organization
    let config = try options.tiers.map { try TierConfig.load(path: $0) }
    let engine = timed("engine compile", &timings) {
      PolicyEngine(
        organization: organization,
        options: EngineOptions(
          referenceTime: ReferenceTime(
            epochSeconds: referenceTime ?? Date().timeIntervalSince1970)))
    }
    let graph = timed("graph", &timings) {
      TrustGraphBuilder(organization: organization, engine: engine).build()
    }
    let session = AnalysisSession(
      organization: organization, engine: engine, graph: graph,
      tiers: AccountTiers(organization: organization, config: config),
      diagnostics: organization.diagnostics.map { $0.description.terminalEscaped },
      files: imported.files, timings: timings)
    ProcessTeardown.keep(session)
    return session
  }

  /// Reachability and findings, timed.
  mutating func analyse() -> TrustAnalysis {
    let reach = Self.timed("reachability", &timings) { Reachability(graph: graph) }
    let analysis = Self.timed("findings", &timings) {
      TrustAnalysis(graph: graph, engine: engine, tiers: tiers, reachability: reach)
    }
    ProcessTeardown.keep(analysis)
    return analysis
  }

  /// Reachability only, timed.
  mutating func reachability() -> Reachability {
    Self.timed("reachability", &timings) { Reachability(graph: graph) }
  }

  /// Timing lines for standard error.
  var timingLines: [String] {
    Self.timingLines(timings)
      + ["timing: nodes \(graph.nodes.count), edges \(graph.edges.count)"]
  }

  /// One `timing:` line per phase.
  static func timingLines(_ timings: [(String, Double)]) -> [String] {
    timings.map { String(format: "timing: %@ %.2f s", $0.0, $0.1) }
  }

  static func timed<T>(_ name: String, _ timings: inout [(String, Double)], _ body: () throws -> T)
    rethrows -> T
  {
    let start = Date()
    let value = try body()
    timings.append((name, Date().timeIntervalSince(start)))
    return value
  }
}
