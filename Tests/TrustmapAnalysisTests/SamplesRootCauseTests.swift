import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// The root causes of Samples/README.md's planted weaknesses.
@Suite("Samples root causes")
struct SamplesRootCauseTests {
  let causes: RootCauseAnalysis

  init() throws {
    let loaded = try #require(SamplesAnalysis.loaded)
    causes = RootCauseAnalysis(analysis: loaded.analysis, organization: loaded.organization)
  }

  func cause(_ prefix: String) throws -> RootCause {
    try #require(causes.rootCauses.first { $0.id.hasPrefix(prefix) })
  }

  @Test("dev → prod splits by the statement each principal climbs through")
  func devToProdSplits() throws {
    let runner = try cause("rc:cross-account-escalation:role/ci/deploy-runner#0~")
    let breakGlass = try cause("rc:cross-account-escalation:role/break-glass-ops#0~")
    #expect(runner.statements.map(\.sid) == ["CiCallers"])
    #expect(runner.sources.contains(iam("555555555555", "user/dan.dev")))
    #expect(breakGlass.sources.contains(iam("555555555555", "user/oscar.oncall")))
    #expect(Set(runner.sources).isDisjoint(with: breakGlass.sources))
    let finding = "cross-account-escalation:555555555555->444444444444"
    #expect(causes.causes[finding] == [breakGlass.id, runner.id].sorted())
  }

  @Test("what-if: the runner's trust cuts all its paths; break-glass-ops alone cuts none")
  func whatIf() throws {
    let runner = try cause("rc:cross-account-escalation:role/ci/deploy-runner#0~")
    let breakGlass = try cause("rc:cross-account-escalation:role/break-glass-ops#0~")
    #expect(runner.removedByFix == runner.paths)
    // oscar.oncall and the developer SSO role still go through ci-pipeline and the runner.
    #expect(breakGlass.removedByFix == 0)
    let last = try #require(causes.chokePoints.last)
    #expect(last.removed == last.total)
    #expect(causes.chokePoints.map(\.removed) == causes.chokePoints.map(\.removed).sorted())
  }

  @Test("exposure: who can become admin of management, security and prod")
  func exposure() throws {
    let byAccount = Dictionary(
      uniqueKeysWithValues: causes.exposure.map { ($0.account.rawValue, $0) })
    let management = try #require(byAccount["111111111111"])
    #expect(management.sources.map(\.account.rawValue) == ["222222222222"])
    #expect(management.sources.first?.allowed == 0)
    #expect(byAccount["222222222222"]?.sources.isEmpty == true)
    let prod = try #require(byAccount["444444444444"])
    #expect(prod.sources.map(\.account.rawValue) == ["555555555555", "333333333333"])
    #expect(prod.sources.first?.principals.count == 8)
    #expect(prod.sources.first?.rootCauses.count == 2)
    #expect(byAccount["555555555555"] == nil)
  }

  @Test("every other finding has exactly one root cause, with a fix that names its statement")
  func oneCauseEach() throws {
    let loaded = try #require(SamplesAnalysis.loaded)
    for finding in loaded.analysis.findings where finding.kind != .crossAccountEscalation {
      let ids = try #require(causes.causes[finding.id])
      #expect(ids.count == 1)
      let cause = try #require(causes.rootCauses.first { $0.id == ids[0] })
      #expect(!cause.fix.text.isEmpty)
      #expect(cause.fix.statements == cause.statements)
    }
    #expect(try cause("rc:public-trust:").fix.snippet?.contains("o-nw4k7q2m9x") == true)
    #expect(try cause("rc:dangling-trust-principal:").statements.count == 1)
    #expect(try cause("rc:unguarded-oidc-trust:").fix.snippet?.contains(":sub") == true)
  }
}
