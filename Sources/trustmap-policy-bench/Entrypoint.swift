import TrustmapModel
import TrustmapPolicy

/// Benchmark: decides 1,000,000 `sts:AssumeRole` checks over a realistic organisation on one thread and prints checks per second.
///
/// Run with `swift run -c release trustmap-policy-bench`.
@main
struct PolicyBench {
  static func main() {
    let checks = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
    let organization = Organization(
      accounts: BenchOrganization.accounts.map(BenchOrganization.account),
      structure: BenchOrganization.structure())
    let buildStart = ContinuousClock.now
    let engine = PolicyEngine(
      organization: organization,
      options: EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_899_200)))
    let buildTime = ContinuousClock.now - buildStart
    let callers = engine.sortedIdentities.map { Caller.principal($0) }
    let roles = engine.sortedTrusts
    var counts = [0, 0, 0]
    let start = ContinuousClock.now
    var index = 0
    for check in 0..<checks {
      index = (index &+ 7_919) % (callers.count * roles.count)
      let decision = engine.decideAssumeRole(
        caller: callers[index % callers.count], role: roles[index / callers.count])
      counts[Int(decision.truth.rawValue)] += 1
      _ = check
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
      "principals: \(callers.count), roles: \(roles.count), distinct documents: \(engine.cache.count), engine build: \(buildTime)"
    )
    print(
      "checks: \(checks), denied: \(counts[0]), conditional: \(counts[1]), allowed: \(counts[2])")
    print("elapsed: \(String(format3(seconds))) s, checks/s: \(Int(Double(checks) / seconds))")
  }

  static func format3(_ value: Double) -> String {
    let milli = Int(value * 1000)
    let fraction = milli % 1000
    return "\(milli / 1000)."
      + String(repeating: "0", count: fraction < 10 ? 2 : (fraction < 100 ? 1 : 0)) + "\(fraction)"
  }
}
