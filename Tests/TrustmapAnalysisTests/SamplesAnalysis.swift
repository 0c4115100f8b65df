import Foundation
import TrustmapAnalysis
import TrustmapGraph
import TrustmapImport
import TrustmapModel
import TrustmapPolicy

/// The Samples/ organisation imported, compiled, graphed and analysed once for all tests.
enum SamplesAnalysis {
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path

  struct Loaded: Sendable {
    let organization: Organization
    let engine: PolicyEngine
    let analysis: TrustAnalysis
  }

  static let loaded: Loaded? = {
    guard let result = try? Importer.load(inputs: [samples]) else { return nil }
    let organization = result.organization
    let engine = PolicyEngine(
      organization: organization,
      options: EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_899_200)))
    let graph = TrustGraphBuilder(organization: organization, engine: engine).build()
    let analysis = TrustAnalysis(
      graph: graph, engine: engine, tiers: AccountTiers(organization: organization))
    return Loaded(organization: organization, engine: engine, analysis: analysis)
  }()
}

func iam(_ account: String, _ resource: String) -> NodeID {
  NodeID(rawValue: "arn:aws:iam::\(account):\(resource)")
}
