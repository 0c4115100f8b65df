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
  private(set) var timings: [PhaseTiming]

  /// Loads everything up to the graph; conditions on time are decided at `referenceTime`
  /// (seconds since 1970), by default now.
  static func load(
    _ options: InputOptions, referenceTime: Double? = nil,
    afterImport: (ImportResult) throws -> Void = { _ in }
  ) throws -> AnalysisSession {
    var timings: [PhaseTiming] = []
    let imported = try timed("import", &timings) { try options.importInputs() }
    try afterImport(imported)
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
  static func timingLines(_ timings: [PhaseTiming]) -> [String] {
    timings.map {
      String(format: "timing: %@ %.2f s (CPU %.2f s)", $0.name, $0.wall, $0.processor)
    }
  }

  static func timed<T>(_ name: String, _ timings: inout [PhaseTiming], _ body: () throws -> T)
    rethrows -> T
  {
    let start = Date()
    let cpu = processorSeconds()
    let value = try body()
    let wall = Date().timeIntervalSince(start)
    timings.append(PhaseTiming(name: name, wall: wall, processor: processorSeconds() - cpu))
    return value
  }

  /// User and system time of all threads so far: beside the wall time it shows how well a
  /// phase uses the cores.
  static func processorSeconds() -> Double {
    var usage = rusage()
    guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}

/// One timed phase: wall time and the processor time of all threads during it.
struct PhaseTiming {
  let name: String
  let wall: Double
  let processor: Double
}
