import Testing
import TrustmapModel
import TrustmapSynthesis

/// FMT-* checks on every generated account file.
@Suite("Account export shape")
struct AccountExportShapeTests {
  static let org = Result { try GeneratedOrg() }

  @Test func everyFileHasTheFourGAADLists() throws {
    for (_, export) in try Self.org.get().accounts {
      #expect(
        export.objectValue?.keys == [
          "UserDetailList", "GroupDetailList", "RoleDetailList", "Policies",
        ])
    }
  }

  @Test func arnAccountFieldsMatchTheFile() throws {
    // FMT-3: users, groups, roles and customer policies all carry the file's account.
    for (id, export) in try Self.org.get().accounts {
      for key in ["UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"] {
        for entity in GeneratedOrg.list(export, key) {
          let arn = try #require(entity["Arn"]?.stringValue)
          let field = GeneratedOrg.accountField(arn)
          #expect(field == id || (key == "Policies" && field == "aws"), "\(arn) in \(id)")
        }
      }
    }
  }

  @Test func groupMembershipsAndAttachmentsResolve() throws {
    for (id, export) in try Self.org.get().accounts {
      let groups = Set(
        GeneratedOrg.list(export, "GroupDetailList").compactMap { $0["GroupName"]?.stringValue })
      let policies = Set(
        GeneratedOrg.list(export, "Policies").compactMap { $0["Arn"]?.stringValue })
      for user in GeneratedOrg.list(export, "UserDetailList") {
        for group in user["GroupList"]?.arrayValue ?? [] {
          #expect(groups.contains(group.stringValue ?? ""), "FMT-5 dangling group in \(id)")
        }
      }
      for key in ["UserDetailList", "GroupDetailList", "RoleDetailList"] {
        for entity in GeneratedOrg.list(export, key) {
          for attached in entity["AttachedManagedPolicies"]?.arrayValue ?? [] {
            let arn = attached["PolicyArn"]?.stringValue ?? ""
            #expect(policies.contains(arn), "FMT-10 missing document \(arn) in \(id)")
          }
          if let boundary = entity["PermissionsBoundary"]?["PermissionsBoundaryArn"]?.stringValue {
            #expect(policies.contains(boundary))
          }
        }
      }
    }
  }

  @Test func everyManagedPolicyHasExactlyOneDefaultVersion() throws {
    // FMT-9.
    for (_, export) in try Self.org.get().accounts {
      for policy in GeneratedOrg.list(export, "Policies") {
        let versions = policy["PolicyVersionList"]?.arrayValue ?? []
        let defaults = versions.filter { $0["IsDefaultVersion"] == .bool(true) }
        #expect(defaults.count == 1)
        #expect(defaults.first?["VersionId"] == policy["DefaultVersionId"])
      }
    }
  }

  @Test func uniqueIDsAreUniqueAcrossTheOrganisation() throws {
    var seen: Set<String> = []
    var count = 0
    for (_, export) in try Self.org.get().accounts {
      let keyed = [
        ("UserDetailList", "UserId"), ("GroupDetailList", "GroupId"), ("RoleDetailList", "RoleId"),
      ]
      var ids = keyed.flatMap { list, key in
        GeneratedOrg.list(export, list).compactMap { $0[key]?.stringValue }
      }
      // AWS managed policies share one id in every account, as in AWS; customer ones do not.
      ids += GeneratedOrg.list(export, "Policies")
        .filter { GeneratedOrg.accountField($0["Arn"]?.stringValue ?? "") != "aws" }
        .compactMap { $0["PolicyId"]?.stringValue }
      ids += GeneratedOrg.list(export, "RoleDetailList").flatMap { role in
        (role["InstanceProfileList"]?.arrayValue ?? []).compactMap {
          $0["InstanceProfileId"]?.stringValue
        }
      }
      for id in ids {
        #expect(
          id.count == 21 && ["AIDA", "AGPA", "AROA", "ANPA", "AIPA"].contains(String(id.prefix(4))))
        seen.insert(id)
        count += 1
      }
    }
    #expect(seen.count == count)
  }

  @Test func urlEncodedDocumentsDecodeToTheSameObjects() throws {
    let plain = try GeneratedOrg(accounts: 3, roles: 20, users: 4)
    let encoded = try GeneratedOrg(accounts: 3, roles: 20, users: 4, urlEncoded: true)
    for ((_, left), (_, right)) in zip(plain.accounts, encoded.accounts) {
      let roles = zip(
        GeneratedOrg.list(left, "RoleDetailList"), GeneratedOrg.list(right, "RoleDetailList"))
      for (object, string) in roles {
        let text = try #require(string["AssumeRolePolicyDocument"]?.stringValue)
        #expect(!text.contains("{") && !text.contains(" "))
        let decoded = try #require(text.removingPercentEncoding)
        #expect(try JSONParser.parse(decoded) == object["AssumeRolePolicyDocument"])
      }
    }
  }
}
