import Testing
import TrustmapImport
import TrustmapModel

@Suite("GAAD parser tests P-01…P-12 (§1.1.8)")
struct GAADParserTests {
  func onlyAccount(_ name: String) throws -> Account {
    let result = try Fixture.load(name)
    #expect(result.organization.accounts.count == 1)
    return try #require(result.organization.accounts.first)
  }

  @Test("P-01: the minimal example gives one of each, identity policies through the group")
  func minimal() throws {
    let account = try onlyAccount("P01-minimal.json")
    #expect(account.id == Fixture.account111)
    #expect((account.users.count, account.groups.count, account.roles.count) == (1, 1, 1))
    #expect(account.managedPolicies.count == 1)
    let alice = try #require(account.users.first)
    #expect(alice.inlinePolicies.map(\.name) == ["self-read"])
    let groupPolicies = account.groups(of: alice).flatMap(\.attachedPolicies)
    let policy = try #require(groupPolicies.first.flatMap { account.managedPolicy($0.arn) })
    #expect(policy.defaultVersion?.versionID == "v2")
    #expect(policy.versions.map(\.versionID) == ["v2", "v1"])  // FMT-9: all versions kept
    #expect(policy.updateDate == "1706778000")  // FMT-4: numeric timestamps accepted
    let role = try #require(account.roles.first)
    #expect(role.instanceProfiles.map(\.name) == ["deploy-profile"])  // FMT-7
    #expect(role.lastUsed?.region == "us-east-1")
    #expect(role.maxSessionDuration == 3600 && role.description == "deploys")
    #expect(alice.tags == [Tag(key: "team", value: "platform")])
    #expect(account.exportedLists == Set(EntityList.allCases) && !account.isIncomplete)
  }

  @Test(
    "P-02/P-03: URL-encoded and JSON-text documents give the same model as P-01 (FMT-11)",
    arguments: ["P02-url-encoded.json", "P03-json-strings.json"])
  func encodedDocuments(_ name: String) throws {
    let expected = try onlyAccount("P01-minimal.json")
    var account = try onlyAccount(name)
    account.sourceFiles = expected.sourceFiles
    #expect(account == expected)
  }

  @Test("P-04: '+' in a URL-encoded trust policy stays '+', %2B decodes to '+'")
  func plusSign() throws {
    let role = try #require(try onlyAccount("P04-plus-in-condition.json").roles.first)
    let statements = try #require(role.trustPolicy.json["Statement"]?.arrayValue)
    let values = statements.map { $0["Condition"]?["StringEquals"]?["sts:ExternalId"]?.stringValue }
    #expect(values == ["a+b", "a+b"])
  }

  @Test("P-05: a truncated export imports, flagged incomplete, with one warning (FMT-2)")
  func truncated() throws {
    let result = try Fixture.load("P05-truncated.json")
    #expect(result.organization.accounts.first?.isIncomplete == true)
    let warnings = result.organization.diagnostics.filter { $0.severity == .warning }
    #expect(warnings.map(\.code) == ["incompleteExport"])
  }

  @Test("P-06: a missing RoleDetailList means 'not exported', not 'no roles' (FMT-1)")
  func missingList() throws {
    let account = try onlyAccount("P06-no-roles.json")
    #expect(account.roles.isEmpty)
    #expect(!account.exportedLists.contains(.roles))
    #expect(account.exportedLists.contains(.users))
  }

  @Test("P-07: an attached AWS managed policy absent from Policies is an unknown reference")
  func unknownReference() throws {
    let organization = try Fixture.load("P07-missing-aws-managed.json").organization
    let references = organization.unknownPolicyReferences
    #expect(references.map(\.policyARN.rawValue) == ["arn:aws:iam::aws:policy/ExampleReadOnly"])
    #expect(references.first?.holder.rawValue == "arn:aws:iam::111111111111:group/developers")
    let group = try #require(organization.accounts.first?.groups.first)
    #expect(group.attachedPolicies.count == 2)  // kept in the model, never dropped
  }

  @Test("P-08: a lone AttachedManagedPolicies object is a one-element array (FMT-6)")
  func loneObject() throws {
    let group = try #require(try onlyAccount("P08-lone-attachment.json").groups.first)
    #expect(group.attachedPolicies.map(\.name) == ["deploy-assume"])
  }

  @Test("P-09: ARNs of two accounts in one file are an accountMismatch naming both (FMT-3)")
  func mixedAccounts() {
    let problems = Fixture.problems("P09-mixed-accounts.json")
    guard case .accountMismatch(_, let first, _, let second, let secondPath)? = problems.first
    else {
      Issue.record("expected accountMismatch, got \(problems)")
      return
    }
    #expect(problems.count == 1)
    #expect((first.rawValue, second.rawValue) == ("111111111111", "222222222222"))
    #expect(secondPath.description == "$.RoleDetailList[0].Arn")
    #expect(
      problems[0].description.contains("111111111111")
        && problems[0].description.contains("222222222222"))
  }

  @Test("--split-mixed-accounts splits a mixed file by the account of each ARN, with a warning")
  func mixedAccountsSplit() throws {
    let result = try Importer.load(
      inputs: [Fixture.path("P09-mixed-accounts.json")], splitMixedAccounts: true)
    let organization = result.organization
    #expect(organization.accounts.map(\.id.rawValue) == ["111111111111", "222222222222"])
    for account in organization.accounts {
      let arns = account.users.map(\.arn) + account.roles.map(\.arn) + account.groups.map(\.arn)
      #expect(!arns.isEmpty)
      #expect(arns.allSatisfy { $0.accountID == account.id })
    }
    #expect(organization.diagnostics.contains { $0.code == "splitMixedAccounts" })
  }

  @Test("P-10: no version flagged default → the one named by DefaultVersionId (FMT-9)")
  func defaultByID() throws {
    let policy = try #require(try onlyAccount("P10-default-by-id.json").managedPolicies.first)
    #expect(policy.defaultVersion?.versionID == "v3")
    #expect(policy.versions.count == 3)
  }

  @Test("P-11: a GroupList name with no group is kept, with a danglingGroupMembership warning")
  func danglingGroup() throws {
    let result = try Fixture.load("P11-dangling-group.json")
    #expect(result.organization.accounts.first?.users.first?.groupNames == ["developers", "ops"])
    let dangling = result.organization.diagnostics.filter { $0.code == "danglingGroupMembership" }
    #expect(dangling.count == 1)
    #expect(dangling.first?.message.contains("\"ops\"") == true)
  }

  @Test("P-12: a trailing comma is an ImportError with line and column (FMT-13)")
  func trailingComma() {
    let problems = Fixture.problems("P12-trailing-comma.json")
    guard case .invalidJSON(_, let syntax)? = problems.first else {
      Issue.record("expected invalidJSON, got \(problems)")
      return
    }
    #expect((syntax.line, syntax.column) == (4, 1))
    #expect(problems[0].description.contains("line 4, column 1"))
  }
}
