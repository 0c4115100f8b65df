import Testing
import TrustmapModel

@Suite("Organization structure")
struct OrgStructureTests {
  let dev = AccountID(rawValue: "111111111111")!
  let mgmt = AccountID(rawValue: "333333333333")!

  var structure: OrgStructure {
    OrgStructure(
      id: "o-a1b2c3d4e5", managementAccountID: mgmt,
      roots: [OrgRoot(id: "r-ab12", enabledPolicyTypes: [.serviceControlPolicy])],
      units: [
        OrganizationalUnit(id: "ou-ab12-11111111", name: "Workloads", parentID: "r-ab12"),
        OrganizationalUnit(id: "ou-ab12-22222222", name: "Dev", parentID: "ou-ab12-11111111"),
      ],
      accounts: [
        OrgAccount(id: dev, name: "dev", parentID: "ou-ab12-22222222"),
        OrgAccount(id: mgmt, name: "mgmt", parentID: "r-ab12"),
      ])
  }

  @Test("ORG-9: guardrail chain and org path run from the root to the account")
  func derivedPaths() {
    #expect(
      structure.guardrailChain(for: dev) == [
        "r-ab12", "ou-ab12-11111111", "ou-ab12-22222222", "111111111111",
      ])
    #expect(structure.orgPath(for: dev) == "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-22222222/")
    #expect(structure.orgPath(for: mgmt) == "o-a1b2c3d4e5/r-ab12/")
    #expect(structure.ouNamePath(for: dev) == "Root/Workloads/Dev")
    #expect(structure.guardrailChain(for: AccountID(rawValue: "444444444444")!) == nil)
  }

  @Test("ORG-7: a policy type counts only when enabled and the feature set is ALL")
  func enabledTypes() {
    var copy = structure
    #expect(copy.isEnabled(.serviceControlPolicy))
    #expect(!copy.isEnabled(.resourceControlPolicy))
    copy.featureSet = "CONSOLIDATED_BILLING"
    #expect(!copy.isEnabled(.serviceControlPolicy))
  }

  @Test func arnFields() throws {
    let arn = try #require(ARN("arn:aws:iam::111111111111:role/app/x:y/R"))
    #expect(arn.service == "iam")
    #expect(arn.accountID == dev)
    #expect(arn.resource == "role/app/x:y/R")
    #expect(arn.resourceType == "role")
    #expect(arn.resourceName == "R")
    #expect(ARN("arn:aws:iam:111111111111") == nil)
    #expect(AccountID(rawValue: "12345678901") == nil)
  }
}
