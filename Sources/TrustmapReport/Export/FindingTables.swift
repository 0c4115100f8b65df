import TrustmapAnalysis
import TrustmapModel

/// Findings as nodes, linked to the principals and accounts they are about; the edges of a
/// finding's evidence path carry its id in their `findings` list (`GraphTables`).
enum FindingTables {
  static let concerns = "TRUSTMAP_CONCERNS"
  static let affects = "TRUSTMAP_AFFECTS"

  static let nodes = BulkCSVTable(
    name: "nodes-findings.csv", shape: .nodes(labelSets: [["TrustmapFinding"]]),
    columns: [
      PropertyColumn("kind"), PropertyColumn("severity"), PropertyColumn("title"),
      PropertyColumn("principalCount", .int), PropertyColumn("pathStatus"),
      PropertyColumn("pathConditions", .strings), PropertyColumn("evidence", .strings),
    ])

  static let principals = BulkCSVTable(
    name: "relationships-findings.csv",
    shape: .relationships(startLabel: "TrustmapFinding", endLabel: ExportVocabulary.graphNodeLabel),
    columns: [])

  static let accounts = BulkCSVTable(
    name: "relationships-finding-accounts.csv",
    shape: .relationships(startLabel: "TrustmapFinding", endLabel: "AWSAccount"), columns: [])

  static func writeNodes(_ context: BulkCSVContext, to sink: ByteSink) {
    context.write(nodes, to: sink) { bytes in
      for finding in context.input.analysis.findings {
        let path = finding.path
        context.nodeRow(
          finding.id, labels: ["TrustmapFinding"],
          [
            .string(finding.kind.rawValue), .string(finding.severity.rawValue),
            .string(finding.title), .int(finding.principalCount),
            .string(path.map { $0.isAllowed ? "allowed" : "conditional" }),
            .strings(path?.conditions ?? []), .strings(finding.evidence),
          ], into: &bytes)
        context.flush(&bytes, to: sink)
      }
    }
  }

  static func writePrincipals(_ context: BulkCSVContext, to sink: ByteSink) {
    let graph = context.graph
    context.write(principals, to: sink) { bytes in
      for finding in context.input.analysis.findings {
        for principal in finding.principals {
          guard let position = graph.nodeIndex(of: principal),
            context.subgraph.nodeKept[position]
          else { continue }
          context.relationshipRow(
            finding.id, principal.rawValue, type: concerns, [], into: &bytes)
        }
        context.flush(&bytes, to: sink)
      }
    }
  }

  static func writeAccounts(_ context: BulkCSVContext, to sink: ByteSink) {
    context.write(accounts, to: sink) { bytes in
      for finding in context.input.analysis.findings {
        for account in finding.accounts {
          context.relationshipRow(finding.id, account.rawValue, type: affects, [], into: &bytes)
        }
        context.flush(&bytes, to: sink)
      }
    }
  }
}
