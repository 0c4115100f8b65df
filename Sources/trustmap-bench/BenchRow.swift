/// The measurements of one size: input, per-phase time and peak memory, and the yardstick.
struct BenchRow: Codable, Sendable {
  /// One phase: wall time and the peak resident size while it ran.
  struct Phase: Codable, Sendable {
    var name: String
    var seconds: Double?
    var peakBytes: Int?
  }

  var size: String
  var label: String
  var files: Int
  var bytes: Int
  var principals: Int
  var nodes: Int
  var edges: Int
  var phases: [Phase]
  var peakBytes: Int
  var jsonSerializationSeconds: Double

  /// Total time of the measured phases.
  var totalSeconds: Double { phases.compactMap(\.seconds).reduce(0, +) }

  /// Import + graph (with the engine compile it needs) + analysis (reachability, findings)
  /// time, compared with the yardstick.
  var importGraphAnalysisSeconds: Double {
    phases.filter { ["import", "engine", "graph", "reachability", "findings"].contains($0.name) }
      .compactMap(\.seconds).reduce(0, +)
  }
}
