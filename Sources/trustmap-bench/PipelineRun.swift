import Foundation
import TrustmapAnalysis
import TrustmapGraph
import TrustmapImport
import TrustmapModel
import TrustmapPolicy
import TrustmapRender
import TrustmapReport

/// Runs the whole pipeline in-process on one generated organisation, timing each phase.
final class PipelineRun {
  let size: BenchSize
  let directory: String
  private let sampler = MemorySampler()
  private var phases: [BenchRow.Phase] = []

  init(size: BenchSize, directory: String) {
    self.size = size
    self.directory = directory
  }

  /// The `JSONSerialization` yardstick over the input files, then every phase.
  ///
  /// The yardstick runs first, in the fresh process: after the pipeline, with gigabytes of
  /// model and graph still resident, the same parse measured up to twice as slow, which
  /// would flatter the ratio.
  func run() throws -> BenchRow {
    let yardstick = Yardstick.parseSeconds(Yardstick.jsonFiles(under: directory))
    let imported = try measure("import") { try Importer.load(inputs: [directory]) }
    let organization = imported.organization
    let engine = measure("engine") {
      PolicyEngine(
        organization: organization,
        options: EngineOptions(
          referenceTime: ReferenceTime(epochSeconds: Date().timeIntervalSince1970)))
    }
    let graph = measure("graph") {
      TrustGraphBuilder(organization: organization, engine: engine).build()
    }
    let reach = measure("reachability") { Reachability(graph: graph) }
    let analysis = measure("findings") {
      TrustAnalysis(
        graph: graph, engine: engine, tiers: AccountTiers(organization: organization),
        reachability: reach)
    }
    let adapter = DiagramAdapter(analysis: analysis, organization: organization)
    try measure("diagrams") {
      _ = try GraphvizRenderer().render(OverviewDiagram.diagram(adapter.overview()), format: .svg)
    }
    measure("HTML") {
      let builder = ReportBuilder(analysis: analysis, organization: organization, engine: engine)
      let context = ReportContext(
        title: "trustmap-bench", generatedAt: "2026-01-01T00:00:00Z", toolVersion: "bench")
      _ = HTMLReport.render(builder.document(context))
    }
    let peak = MemorySampler.maxResidentBytes()
    sampler.stop()
    return BenchRow(
      size: size.name, label: size.label, files: imported.files.count,
      bytes: Yardstick.totalBytes(imported.files),
      principals: organization.accounts.reduce(0) { $0 + $1.users.count + $1.roles.count },
      nodes: graph.nodes.count, edges: graph.edges.count, phases: phases, peakBytes: peak,
      jsonSerializationSeconds: yardstick)
  }

  private func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    sampler.resetPeak()
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    phases.append(BenchRow.Phase(name: name, seconds: seconds, peakBytes: sampler.peak()))
    return value
  }
}

/// The plain-Foundation yardstick: read and `JSONSerialization`-parse every file, on all
/// cores like the importer.
enum Yardstick {
  /// Seconds to read and parse `files`.
  static func parseSeconds(_ files: [String]) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      guard let data = FileManager.default.contents(atPath: files[index]) else { return }
      _ = try? JSONSerialization.jsonObject(with: data)
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The `.json` files under `directory` (the generated account exports and org export: the
  /// files the importer reads).
  static func jsonFiles(under directory: String) -> [String] {
    let root = URL(fileURLWithPath: directory)
    let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    return (found?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "json" }
      .map(\.path).sorted()
  }

  /// Total size of `files` in bytes.
  static func totalBytes(_ files: [String]) -> Int {
    files.reduce(0) { total, path in
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
      return total + (size ?? 0)
    }
  }
}
