import TrustmapGraph
import TrustmapTestSupport

/// The Samples/ organisation imported, compiled, graphed and analysed once for all tests: the
/// shared `SamplesFixture` run (Samples has no time conditions, so its reference time is moot).
enum SamplesAnalysis {
  static let samples = SamplesFixture.samples
  typealias Loaded = SamplesFixture.Loaded
  static var loaded: Loaded? { SamplesFixture.loaded }
}

func iam(_ account: String, _ resource: String) -> NodeID {
  SamplesFixture.node(account, resource)
}
