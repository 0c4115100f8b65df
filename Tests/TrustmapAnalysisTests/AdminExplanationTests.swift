import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Why a principal is an administrator: the statements behind ADM-1 and ADM-2.
@Suite("Admin explanations")
struct AdminExplanationTests {
  static let account = "111111111111"

  func explanation(_ statements: [String]) throws -> AdminExplanation? {
    var org = TieredOrg()
    org.account(Self.account, tier: "prod")
    org.user("op", in: Self.account, statements: statements)
    let (organization, _) = try org.analysed()
    let engine = PolicyEngine(
      organization: organization,
      options: EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_931_600)))
    let side = try #require(engine.identitySide(for: TieredOrg.arn(Self.account, "user/op")))
    return engine.adminExplanation(of: side)
  }

  @Test("ADM-1: Allow * on * is explained by that statement")
  func probes() throws {
    let explained = try #require(try explanation([TieredOrg.everything]))
    #expect(explained.basis == .probes)
    #expect(explained.action == nil)
    #expect(explained.statements.map(\.location.source.name) == ["op-policy"])
    #expect(explained.statements.map(\.location.index) == [0])
  }

  @Test("ADM-2: PutUserPolicy on itself is explained by that action and statement")
  func selfEscalation() throws {
    let put =
      #"{"Effect":"Allow","Action":"iam:PutUserPolicy","Resource":"arn:aws:iam::111111111111:user/op"}"#
    let explained = try #require(try explanation([TieredOrg.assumeAny, put]))
    #expect(explained.basis == .selfEscalation)
    #expect(explained.action == "iam:PutUserPolicy")
    #expect(explained.statements.map(\.location.index) == [1])
  }

  @Test("negative twin: a Deny on iam:* leaves no explanation")
  func denied() throws {
    let deny = #"{"Effect":"Deny","Action":"iam:*","Resource":"*"}"#
    #expect(try explanation([TieredOrg.everything, deny]) == nil)
  }
}
