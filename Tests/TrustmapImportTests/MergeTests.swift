import Testing
import TrustmapImport
import TrustmapModel

@Suite("Merging files of one account and across accounts")
struct MergeTests {
  @Test("pages of one account merge into one account; exported lists are the union")
  func pages() throws {
    let result = try Fixture.load("pages")
    let account = try #require(result.organization.accounts.first)
    #expect(result.organization.accounts.count == 1)
    #expect(
      (
        account.users.count, account.groups.count, account.roles.count,
        account.managedPolicies.count
      ) == (1, 1, 1, 1))
    #expect(account.exportedLists == Set(EntityList.allCases))
    #expect(account.sourceFiles.count == 2)
    #expect(result.organization.diagnostics.filter { $0.code == "danglingGroupMembership" }.isEmpty)
  }

  @Test("the same whole-account export twice imports once, with an info note")
  func identicalDuplicate() throws {
    let result = try Fixture.load("duplicate-identical")
    let account = try #require(result.organization.accounts.first)
    #expect(account.roles.count == 1 && account.users.count == 1)
    let notes = result.organization.diagnostics.filter { $0.code == "duplicateEntities" }
    #expect(notes.count == 1 && notes.first?.severity == .info)
    #expect(notes.first?.message.contains("4 entities") == true)
  }

  @Test("two exports of one account that differ are a conflict naming both files")
  func conflictingDuplicate() {
    let problems = Fixture.problems("duplicate-conflict")
    #expect(
      problems == [
        .conflictingEntity(
          id: "arn:aws:iam::111111111111:role/deploy",
          firstFile: Fixture.path("duplicate-conflict/export-new.json"),
          secondFile: Fixture.path("duplicate-conflict/export-old.json"))
      ])
  }

  @Test("several accounts import sorted; the AWS managed pool keeps the lowest account's copy")
  func awsManagedPool() throws {
    let organization = try Fixture.load("multi").organization
    #expect(
      organization.accounts.map(\.id.rawValue) == ["111111111111", "222222222222", "555555555555"])
    let pooled = try #require(organization.awsManagedPolicies.first)
    #expect(organization.awsManagedPolicies.count == 1)
    #expect(pooled.defaultDocument?.json.compactText.contains("iam:Get*") == true)
    let warning = organization.diagnostics.filter { $0.code == "conflictingAWSManagedPolicy" }
    #expect(warning.count == 1)
    #expect(organization.unknownPolicyReferences.isEmpty)
  }

  @Test("FMT-10: --managed-policies resolves an AWS managed policy no account lists")
  func managedPolicyDirectory() throws {
    let organization = try Fixture.load("P07-missing-aws-managed.json", managed: "managed-policies")
      .organization
    #expect(organization.unknownPolicyReferences.isEmpty)
    let policy = try #require(organization.awsManagedPolicies.first)
    #expect(policy.arn.rawValue == "arn:aws:iam::aws:policy/ExampleReadOnly")
    #expect(policy.defaultVersion?.versionID == "v4" && policy.path == "/")
  }

  @Test("the same file named twice (directly and via its folder) is read once")
  func sameFileTwice() throws {
    let result = try Fixture.load("pages", "pages/page-1.json")
    #expect(result.files.count == 2)
  }
}
