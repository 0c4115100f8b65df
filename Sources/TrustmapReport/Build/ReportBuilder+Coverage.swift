import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

extension ReportBuilder {
  /// What the analysis could not see or decide.
  func coverage(_ context: ReportContext) -> Coverage {
    Coverage(
      missingPolicies: organization.unknownPolicyReferences.map {
        CoverageItem(
          subject: $0.policyARN.rawValue, detail: $0.usage.rawValue + " on " + $0.holder.rawValue)
      },
      unresolvedConditions: unresolvedLabelCounts(),
      unimportedAccounts: unimportedAccounts(),
      incompleteExports: organization.accounts.filter {
        $0.isIncomplete || $0.exportedLists.count < EntityList.allCases.count
      }.map { account in
        let missing = EntityList.allCases.filter { !account.exportedLists.contains($0) }
        var detail = account.isIncomplete ? "truncated export (IsTruncated/Marker)" : ""
        if !missing.isEmpty {
          detail +=
            (detail.isEmpty ? "" : "; ") + "not exported: "
            + missing.map(\.rawValue).joined(separator: ", ")
        }
        return CoverageItem(
          subject: account.id.rawValue,
          detail: detail + " ("
            + account.sourceFiles.map(context.displayPath)
            .joined(separator: ", ") + ")")
      },
      lintFindings: lintFindings(context))
  }

  /// How many edges carry each unresolved condition label, most first.
  func unresolvedLabelCounts() -> [LabelCount] {
    var counts: [String: Int] = [:]
    var labels = ConditionLabels()
    graph.edges.withUnsafeBufferPointer { edges in
      for position in edges.indices where !edges[position].isAllowed {
        for label in labels.labels(edges[position].decision) { counts[label, default: 0] += 1 }
      }
    }
    return counts.map { LabelCount(label: $0.key, count: $0.value) }
      .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
  }

  /// Accounts that trust policies name but no input holds, with their names when known.
  func unimportedAccounts() -> [String] {
    let ids = Set(
      graph.nodes.filter { $0.kind == .externalAccount || $0.kind == .externalPrincipal }
        .compactMap(\.account))
    return ids.sorted().map { id in
      id.rawValue + (adapter.accountName(id).map { " (" + $0 + ")" } ?? "")
    }
  }

  /// The engine's lint findings, then the importer's warnings and notes.
  func lintFindings(_ context: ReportContext) -> [LintFinding] {
    let engineFindings = engine.findings.sorted().map { finding in
      LintFinding(
        level: finding.severity == .error
          ? "error" : (finding.severity == .warning ? "warning" : "info"),
        code: finding.code, message: Wording.withoutRuleReferences(finding.message),
        location: (finding.source.map(StatementLookup.describe) ?? "")
          + (finding.statementIndex.map { " statement \($0)" } ?? ""), rule: finding.rule)
    }
    let diagnostics = organization.diagnostics.sorted().map { diagnostic in
      LintFinding(
        level: diagnostic.severity.description, code: diagnostic.code,
        message: Wording.withoutRuleReferences(diagnostic.message),
        location: (diagnostic.file.map(context.displayPath) ?? "")
          + (diagnostic.path.map { " at " + $0.description } ?? ""))
    }
    return engineFindings + diagnostics
  }

  /// Every edge of the graph, flattened for `edges.csv`; rows are made when written.
  func edges() -> ReportEdges { Self.edges(of: graph) }

  /// The `edges.csv` rows of `graph`: they need only the graph, so the report can write them
  /// while the analysis still runs.
  public static func edges(of graph: TrustGraph) -> ReportEdges {
    let edges = graph.edges
    return ReportEdges(count: edges.count) { range in
      var labels = ConditionLabels()
      // The buffer reads each edge in place (an array read would copy it first).
      return edges.withUnsafeBufferPointer { edges in
        range.map { Self.row(edges[$0], labels: &labels) }
      }
    }
  }

  /// One `edges.csv` row; its statements are picked as `EdgeRecord` picks them (granted, else
  /// left open: a conditional or federated trust has its statement too).
  static func row(_ edge: GraphEdge, labels: inout ConditionLabels) -> ReportEdge {
    let provenance = edge.decision.provenance
    let trust =
      EdgeRecord.firstStatement(in: provenance, layer: .trust)
      .map(StatementLookup.shortReference) ?? ""
    let identity =
      EdgeRecord.firstStatement(in: provenance, layer: .identity)
      .map(StatementLookup.shortReference) ?? ""
    return ReportEdge(
      from: edge.source.rawValue, to: edge.target.rawValue, action: edge.kind.action,
      status: edge.isAllowed ? .allowed : .conditional, conditions: labels.labels(edge.decision),
      basis: edge.decision.attributes.basis?.rawValue ?? edge.kind.rawValue,
      crossAccount: edge.decision.attributes.crossAccount,
      trustStatement: trust, identityStatement: identity)
  }
}
