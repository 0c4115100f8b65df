import Foundation
import TrustmapGraph

/// Times the reachability building blocks on a random graph of analyser scale.
///
/// Usage: `trustmap-graph-bench [nodes] [edges] [labels] [seed]` (defaults 600000 3000000 500 1).
/// Run a release build; this is a measurement tool, not a test.
@main
enum GraphBench {
  static func main() {
    let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
    let nodes = arguments.count > 0 ? arguments[0] : 600_000
    let edges = arguments.count > 1 ? arguments[1] : 3_000_000
    let labels = arguments.count > 2 ? arguments[2] : 500
    let seed = UInt64(arguments.count > 3 ? arguments[3] : 1)
    for forward in [false, true] {
      print(
        forward ? "\n== mostly forward (99% of edges i < j: many components)" : "== uniform random")
      run(nodes: nodes, edges: edges, labels: labels, seed: seed, forward: forward)
    }
  }

  static func run(nodes: Int, edges: Int, labels: Int, seed: UInt64, forward: Bool) {
    var random = BenchRandom(state: seed)
    let list = (0..<edges).map { _ in
      let (a, b) = (random.below(nodes), random.below(nodes))
      let keepOrder = !forward || random.below(100) == 0
      return IndexedEdge(source: keepOrder ? a : min(a, b), target: keepOrder ? b : max(a, b))
    }
    let nodeLabels = (0..<nodes).map { _ in
      random.below(nodes / labels + 1) == 0 ? random.below(labels) : -1
    }
    let graph = measure("build CSR (\(nodes) nodes, \(edges) edges)") {
      IndexedDigraph(nodeCount: nodes, edges: list)
    }
    let components = measure("SCC (iterative Tarjan)") { StronglyConnectedComponents(graph) }
    let largest = (0..<components.componentCount).map(components.size(of:)).max() ?? 0
    print("  \(components.componentCount) components, largest \(largest)")
    let reachability = measure("SCC + condensation + label propagation (\(labels) labels)") {
      LabelReachability(graph: graph, labelCount: labels) {
        nodeLabels[$0] < 0 ? [] : [nodeLabels[$0]]
      }
    }
    print("  node 0 reaches \(reachability.labels(reachableFrom: 0).count) labels")
    let reverse = measure("reverse graph") { graph.reversed() }
    let middle = nodes / 2
    let reaching = measure("reverse query: who can reach node \(middle)") {
      reverse.nodes(reachableFrom: [middle])
    }
    print("  \(reaching.count) nodes can reach node \(middle)")
    let path = measure("shortest path 0 → \(nodes - 1)") {
      PathFinder(graph: graph).shortestPath(from: 0, to: nodes - 1)
    }
    print("  \(path?.hopCount ?? -1) hops")
    _ = measure("5 alternative paths 0 → \(nodes - 1) (Yen)") {
      PathFinder(graph: graph).alternativePaths(from: 0, to: nodes - 1, count: 5)
    }
  }

  static func measure<T>(_ label: String, _ work: () -> T) -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = work()
    let elapsed = (clock.now - start) / .milliseconds(1)
    let padded = label.padding(toLength: 64, withPad: " ", startingAt: 0)
    print(padded + String(format: "%8.0f ms", elapsed))
    return result
  }
}

/// SplitMix64, so the benchmark graph is the same on every run.
struct BenchRandom {
  var state: UInt64

  mutating func below(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((value ^ (value >> 31)) % UInt64(bound))
  }
}
