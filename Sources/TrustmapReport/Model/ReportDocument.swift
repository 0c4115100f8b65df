import TrustmapAnalysis

/// Everything one report shows, as plain values.
///
/// The CLI fills it from the analysis; the writers (`HTMLReport`, `FindingsJSON`, `SARIFReport`,
/// `MarkdownSummary`, `EdgesCSV`) turn it into bytes without reading the clock or the disk.
/// Writers keep the order of every list as given, except findings, which they show most
/// severe first (stable for equal severity), so the caller decides the sort of everything else.
public struct ReportDocument: Hashable, Sendable {
  /// Who, what and when: organisation, tool version, inputs, assumptions.
  public var metadata: ReportMetadata
  /// Top risks for the executive summary (the most severe root causes); severity counts are
  /// computed from `findings`.
  public var topRisks: [TopRisk]
  /// The root causes: findings grouped by what a fix changes, most severe first.
  public var rootCauses: [ReportRootCause] = []
  /// Who can become administrator of each account of the most valuable tiers.
  public var exposure: [ReportExposure] = []
  /// Fixing the first few root causes together: how many escalation paths disappear.
  public var chokePoints: [ReportChokePoint] = []
  /// Account × account reachability.
  public var matrix: ReachabilityMatrix
  /// The findings, in any order (writers sort by severity, keeping ties in the given order).
  public var findings: [ReportFinding]
  /// Principals with their reach and blast radius.
  public var principals: [ReportPrincipal]
  /// Accounts with OU path and tier.
  public var accounts: [ReportAccount]
  /// The organisation's OU tree, or nil without an Organizations export.
  public var organizationTree: OUNode?
  /// Trust granted to principals outside the imported accounts.
  public var externalTrust: [ExternalTrust]
  /// What the analysis could not see or decide.
  public var coverage: Coverage
  /// Every edge of the trust graph, for `edges.csv`.
  public var edges: ReportEdges

  /// Creates a document; every part but the metadata defaults to empty.
  public init(
    metadata: ReportMetadata, topRisks: [TopRisk] = [],
    matrix: ReachabilityMatrix = ReachabilityMatrix(), findings: [ReportFinding] = [],
    principals: [ReportPrincipal] = [], accounts: [ReportAccount] = [],
    organizationTree: OUNode? = nil, externalTrust: [ExternalTrust] = [],
    coverage: Coverage = Coverage(), edges: ReportEdges = []
  ) {
    self.metadata = metadata
    self.topRisks = topRisks
    self.matrix = matrix
    self.findings = findings
    self.principals = principals
    self.accounts = accounts
    self.organizationTree = organizationTree
    self.externalTrust = externalTrust
    self.coverage = coverage
    self.edges = edges
  }

  /// The findings most severe first; equal severities keep their given order.
  public var findingsBySeverity: [ReportFinding] {
    findings.enumerated()
      .sorted {
        $0.element.severity != $1.element.severity
          ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
      }
      .map(\.element)
  }

  /// How many findings there are of each severity, most severe first (zero counts included).
  public var severityCounts: [(severity: Severity, count: Int)] {
    Severity.mostSevereFirst.map { severity in
      (severity, findings.lazy.filter { $0.severity == severity }.count)
    }
  }
}

/// A one-sentence risk for the executive summary, pointing at a root cause or a finding.
public struct TopRisk: Hashable, Sendable {
  /// The root cause (`ReportRootCause.id`) or finding (`ReportFinding.id`) it summarises.
  public var id: String
  /// The sentence.
  public var sentence: String

  /// Creates a top risk.
  public init(id: String, sentence: String) {
    self.id = id
    self.sentence = sentence
  }
}
