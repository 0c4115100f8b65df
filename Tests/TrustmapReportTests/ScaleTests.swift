import Testing
import TrustmapAnalysis

@testable import TrustmapReport

/// A synthetic 500-account organisation: the HTML report must stay well under 15 MB.
@Suite("Scale")
struct ScaleTests {
  static func largeDocument(accounts: Int = 500) -> ReportDocument {
    let ids = (0..<accounts).map { String(100_000_000_000 + $0 * 1_000_003) }
    var document = Northwind.document
    document.matrix = ReachabilityMatrix(
      accounts: ids.map { MatrixAccount(id: $0, name: "acct-\($0)") },
      cells: ids.indices.flatMap { index in
        (1...6).map { step in
          MatrixCell(
            source: ids[index], target: ids[(index * 7 + step) % accounts],
            level: ReachLevel.allCases[(index + step) % 4], count: step)
        }
      })
    document.principals = ids.flatMap { id in
      (0..<40).map {
        ReportPrincipal(
          arn: "arn:aws:iam::\(id):role/app-\($0)", name: "role/app-\($0)", account: id,
          kind: "role", reachableAccounts: $0 % 7, blastRadius: $0)
      }
    }
    document.accounts = ids.map {
      ReportAccount(id: $0, name: "acct-\($0)", ouPath: ["Workloads"], principalCount: 40)
    }
    let template = Northwind.findings[1]
    document.findings = (0..<5000).map { index in
      var finding = template
      finding.id = "TM-\(index)"
      finding.severity = Severity.allCases[index % 5]
      return finding
    }
    // As in a generated 500×1,000 organisation: ~900 trusted outsiders, some trusted by a role
    // in every account (this section alone was 21 MB before it was capped).
    document.externalTrust = (0..<900).map { index in
      ExternalTrust(
        kind: .externalAccount, principal: "arn:aws:iam::\(900_000_000_000 + index):root",
        roles: ids.map { "arn:aws:iam::\($0):role/vendors/vendor-integration-\(index)" },
        conditions: ["ExternalId"], note: "external-account-trust")
    }
    document.edges = []
    return document
  }

  @Test func fiveHundredAccountsStayUnderFifteenMegabytes() {
    let bytes = HTMLReport.bytes(Self.largeDocument())
    print(
      "report.html for 500 accounts, 20000 principals, 5000 findings, 900 outsiders: "
        + "\(bytes.count) bytes")
    #expect(bytes.count < 15_000_000)
    #expect(String(decoding: bytes, as: UTF8.self).contains("… and 480 more"))
    #expect(bytes.count > 100_000)
  }
}
