import Testing
import TrustmapModel
import TrustmapSynthesis

/// ORG-* checks on the generated `org.json`.
@Suite("Organizations export")
struct OrgExportTests {
  @Test(arguments: [1, 12, 130])
  func parentsExistAndFormATree(accounts: Int) throws {
    let org = try GeneratedOrg(accounts: accounts, roles: 2, users: 0).organization
    let roots = GeneratedOrg.list(org, "Roots").compactMap { $0["Id"]?.stringValue }
    let units = GeneratedOrg.list(org, "OrganizationalUnits")
    var parentOf: [String: String] = [:]
    for unit in units {
      parentOf[unit["Id"]?.stringValue ?? ""] = unit["ParentId"]?.stringValue
    }
    let containers = Set(roots).union(parentOf.keys)
    for (unit, parent) in parentOf {
      #expect(containers.contains(parent), "ORG-5: parent of \(unit)")
      var current = unit
      var steps = 0
      while let next = parentOf[current], steps < 100 {
        current = next
        steps += 1
      }
      #expect(roots.contains(current), "ORG-5: \(unit) reaches a root")
    }
    for account in GeneratedOrg.list(org, "Accounts") {
      #expect(containers.contains(account["ParentId"]?.stringValue ?? ""))
    }
    let management = org["Organization"]?["MasterAccountId"]?.stringValue
    #expect(GeneratedOrg.list(org, "Accounts").first?["Id"]?.stringValue == management)
  }

  @Test func policiesHaveSummaryStringContentAndKnownTargets() throws {
    let org = try GeneratedOrg(accounts: 12, roles: 2, users: 0).organization
    var known = Set(GeneratedOrg.list(org, "Roots").compactMap { $0["Id"]?.stringValue })
    for key in ["OrganizationalUnits", "Accounts"] {
      known.formUnion(GeneratedOrg.list(org, key).compactMap { $0["Id"]?.stringValue })
    }
    let policies = GeneratedOrg.list(org, "Policies")
    #expect(policies.count == 5)
    for policy in policies {
      #expect(policy["PolicySummary"]?["Type"] == .string("SERVICE_CONTROL_POLICY"))
      let content = try #require(policy["Content"]?.stringValue)
      #expect(try JSONParser.parse(content)["Statement"] != nil)  // FMT-12
      for target in policy["Targets"]?.arrayValue ?? [] {
        #expect(known.contains(target["TargetId"]?.stringValue ?? ""), "ORG-6")
      }
    }
    let full = try #require(policies.first { $0["PolicySummary"]?["Name"] == "FullAWSAccess" })
    #expect((full["Targets"]?.arrayValue?.count ?? 0) > 12)
  }
}
