import Foundation
import TrustmapAnalysis
import TrustmapGraph
import TrustmapImport
import TrustmapModel
import TrustmapPolicy

/// `Samples/` imported, compiled, graphed and analysed once, for tests of the layers above
/// the analysis (adapters, report builder, CLI).
public enum SamplesFixture {
  /// The package root (the folder holding `Package.swift`).
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  /// The absolute path of `Samples/`.
  public static let samples = packageRoot + "/Samples"
  /// The fixed time the committed report uses (also the engine's reference time here).
  public static let generatedAt = "2025-01-15T09:00:00Z"

  /// One analysis run.
  public struct Loaded: Sendable {
    /// The imported organisation.
    public let organization: Organization
    /// The compiled engine.
    public let engine: PolicyEngine
    /// The analysis.
    public let analysis: TrustAnalysis
    /// The files read.
    public let files: [String]
  }

  /// The Samples run, or nil when the import fails (tests then `#require` it).
  public static let loaded: Loaded? = {
    guard let result = try? Importer.load(inputs: [samples]) else { return nil }
    let organization = result.organization
    let engine = PolicyEngine(
      organization: organization,
      options: EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_931_600)))
    let graph = TrustGraphBuilder(organization: organization, engine: engine).build()
    let analysis = TrustAnalysis(
      graph: graph, engine: engine, tiers: AccountTiers(organization: organization))
    return Loaded(
      organization: organization, engine: engine, analysis: analysis, files: result.files)
  }()

  /// The node id of `resource` (such as `role/ci-pipeline`) in `account`.
  public static func node(_ account: String, _ resource: String) -> NodeID {
    NodeID(rawValue: "arn:aws:iam::\(account):\(resource)")
  }
}
