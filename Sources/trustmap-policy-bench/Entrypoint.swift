import TrustmapModel
import TrustmapPolicy

/// Benchmark: decides `sts:AssumeRole` checks (default 1,000,000) over a realistic organisation
/// on one thread, with the fast verdict and with full decisions, and prints checks per second.
///
/// Run with `swift run -c release trustmap-policy-bench [checks] [both|fast|full]`; the mode
/// lets callgrind measure one path alone.
@main
struct PolicyBench {
  static func main() {
    let arguments = CommandLine.arguments.dropFirst()
    let checks = arguments.first.flatMap { Int($0) } ?? 1_000_000
    let mode = arguments.dropFirst().first ?? "both"
    let organization = Organization(
      accounts: BenchOrganization.accounts.map(BenchOrganization.account),
      structure: BenchOrganization.structure())
    let buildStart = ContinuousClock.now
    let engine = PolicyEngine(
      organization: organization,
      options: EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_899_200)))
    let buildTime = ContinuousClock.now - buildStart
    let workload = Workload(
      callers: engine.sortedIdentities.map { Caller.principal($0) }, roles: engine.sortedTrusts)
    print(
      "principals: \(workload.callers.count), roles: \(workload.roles.count), distinct documents: \(engine.cache.count), engine build: \(buildTime)"
    )
    var results: [[Int]] = []
    if mode != "full" {
      results.append(
        workload.run("fast verdict", checks) {
          engine.assumeRoleVerdict(caller: $0, role: $1).truth
        })
    }
    if mode != "fast" {
      results.append(
        workload.run("full decision", checks) {
          engine.decideAssumeRole(caller: $0, role: $1).truth
        }
      )
    }
    if results.count == 2 { print(results[0] == results[1] ? "counts match" : "COUNTS DIFFER") }
  }
}

/// The fixed pseudo-random walk over caller × role pairs (unchanged from the first benchmark).
struct Workload {
  let callers: [Caller]
  let roles: [TrustSide]

  /// Runs `checks` checks through `decide`, prints the rate and returns [denied, conditional,
  /// allowed].
  func run(_ label: String, _ checks: Int, _ decide: (Caller, TrustSide) -> Truth) -> [Int] {
    var counts = [0, 0, 0]
    let start = ContinuousClock.now
    var index = 0
    for _ in 0..<checks {
      index = (index &+ 7_919) % (callers.count * roles.count)
      let truth = decide(callers[index % callers.count], roles[index / callers.count])
      counts[Int(truth.rawValue)] += 1
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
      "\(label): checks: \(checks), denied: \(counts[0]), conditional: \(counts[1]), allowed: \(counts[2]), elapsed: \(format3(seconds)) s, checks/s: \(Int(Double(checks) / seconds))"
    )
    return counts
  }

  func format3(_ value: Double) -> String {
    let milli = Int(value * 1000)
    let fraction = milli % 1000
    return "\(milli / 1000)."
      + String(repeating: "0", count: fraction < 10 ? 2 : (fraction < 100 ? 1 : 0)) + "\(fraction)"
  }
}
