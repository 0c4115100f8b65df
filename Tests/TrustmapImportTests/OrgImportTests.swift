import Testing
import TrustmapImport
import TrustmapModel

@Suite("Organizations exports (§1.2–1.3, ORG-1…ORG-11)")
struct OrgImportTests {
  let dev = AccountID(rawValue: "111111111111")!

  @Test("the combined export (nested PolicySummary shape) builds the tree and SCPs")
  func nested() throws {
    let organization = try Fixture.load(
      "account-111111111111.json", org: "org/combined-nested.json"
    ).organization
    let structure = try #require(organization.structure)
    #expect(structure.id == "o-a1b2c3d4e5")
    #expect(structure.managementAccountID?.rawValue == "333333333333")
    // ORG-7: only ENABLED types count.
    #expect(structure.isEnabled(.serviceControlPolicy))
    #expect(!structure.isEnabled(.resourceControlPolicy))
    #expect(structure.orgPath(for: dev) == "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/")  // ORG-9
    #expect(structure.ouNamePath(for: dev) == "Root/Dev")
    // ORG-3: the tag policy is ignored with a note; ORG-4: string Content is decoded.
    #expect(structure.policies.map(\.id) == ["p-FullAWSAccess", "p-denyxacct01"])
    #expect(structure.policies.first?.document.json["Statement"] != nil)
    let codes = organization.diagnostics.map(\.code)
    #expect(codes.contains("ignoredPolicyType"))
    // ORG-6: a target that names nothing is a warning and is kept.
    #expect(codes.contains("danglingPolicyTarget"))
    #expect(structure.policies[1].targets.contains("ou-ab12-99999999"))
  }

  @Test("the flat policy shape with Path/OrgPath/Role/File and ExternalAccounts is accepted")
  func flat() throws {
    let structure = try #require(try Fixture.load("org/combined-flat.json").organization.structure)
    #expect(structure.accounts.count == 3)
    #expect(structure.externalAccounts.map(\.name) == ["vendor"])
    // URL-encoded Content (ORG-4 uses FMT-11).
    #expect(structure.policies.first?.document.json["Statement"] != nil)
  }

  @Test("raw CLI outputs assemble into the same structure as the combined export (ORG-11)")
  func raw() throws {
    let raw = try #require(try Fixture.load("raw-org").organization.structure)
    let combined = try #require(try Fixture.load("org/combined-flat.json").organization.structure)
    #expect(raw.roots == combined.roots)
    #expect(raw.units == combined.units)
    #expect(raw.accounts.map(\.parentID) == combined.accounts.map(\.parentID))
    #expect(raw.policies.map(\.targets) == [["ou-ab12-11111111"]])
    #expect(raw.policies.first?.document == combined.policies.first?.document)
  }

  @Test("an incomplete raw set names every missing or misnamed file")
  func rawIncomplete() {
    let messages = Fixture.problems("raw-org-incomplete").map(\.description)
    #expect(messages.contains { $0.contains("must be named ous-for-parent-<id>.json") })
    #expect(messages.contains { $0.contains("ous-for-parent-r-ab12.json") })
    #expect(messages.contains { $0.contains("targets-for-policy-p-denyxacct01.json") })
  }

  @Test("ORG-5: a ParentId naming nothing is an error with its path")
  func unknownParent() {
    let file = Fixture.path("org-errors/unknown-parent.json")
    #expect(
      Fixture.problems(org: "org-errors/unknown-parent.json") == [
        .unknownParent(
          file: file,
          path: JSONPath(components: [.key("OrganizationalUnits"), .index(1), .key("ParentId")]),
          child: "ou-ab12-22222222", parent: "ou-ab12-77777777")
      ])
  }

  @Test("ORG-5: OUs whose parents loop are a cycle error")
  func cycle() {
    let problems = Fixture.problems(org: "org-errors/cycle.json")
    #expect(
      problems.contains(
        .orgCycle(
          file: Fixture.path("org-errors/cycle.json"),
          units: ["ou-ab12-11111111", "ou-ab12-22222222"])))
  }

  @Test("two different Organizations exports conflict")
  func twoOrgs() {
    let problems = Fixture.problems("org/combined-flat.json", org: "org/combined-nested.json")
    guard case .conflictingOrgExports? = problems.first else {
      Issue.record("expected conflictingOrgExports, got \(problems)")
      return
    }
  }
}
