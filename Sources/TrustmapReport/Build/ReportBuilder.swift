import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy
import TrustmapRender

/// What a report run adds to the analysis: title, time, version and the input files.
public struct ReportContext: Hashable, Sendable {
  /// The report title.
  public var title: String
  /// The generation time, as shown (the builder never reads the clock).
  public var generatedAt: String
  /// The tool version.
  public var toolVersion: String
  /// Every input file read, with its SHA-256; paths as they should be shown.
  public var inputFiles: [InputFile]
  /// Paths under this directory are shown relative to it (diagnostics, input files).
  public var baseDirectory: String?

  /// Creates a context.
  public init(
    title: String, generatedAt: String, toolVersion: String, inputFiles: [InputFile] = [],
    baseDirectory: String? = nil
  ) {
    self.title = title
    self.generatedAt = generatedAt
    self.toolVersion = toolVersion
    self.inputFiles = inputFiles
    self.baseDirectory = baseDirectory
  }

  /// `path` relative to `baseDirectory` when it lies inside it, else unchanged.
  public func displayPath(_ path: String) -> String {
    guard let base = baseDirectory, !base.isEmpty else { return path }
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}

/// Fills a `ReportDocument` from one analysis run: a pure function of the analysis, the model,
/// the engine's lint findings and the context, plus Graphviz for the per-finding diagrams.
public struct ReportBuilder: Sendable {
  /// The analysis.
  public let analysis: TrustAnalysis
  /// The imported organisation (statement texts, names, OU tree, coverage).
  public let organization: Organization
  /// The compiled engine (lint findings, whether guardrails were evaluated).
  public let engine: PolicyEngine
  /// Renders the per-finding path diagrams; nil leaves them out.
  public let renderer: (any GraphRendering)?
  /// At most this many findings (most severe first) get an inline diagram.
  public var maxDiagrams = 100
  /// The findings to report: the analysis's, or a filtered subset (`--min-severity`).
  public var findings: [Finding]

  /// Creates a builder.
  public init(
    analysis: TrustAnalysis, organization: Organization, engine: PolicyEngine,
    renderer: (any GraphRendering)? = GraphvizRenderer()
  ) {
    self.analysis = analysis
    self.organization = organization
    self.engine = engine
    self.renderer = renderer
    findings = analysis.findings
  }

  /// The diagram adapter over the same analysis.
  public var adapter: DiagramAdapter {
    DiagramAdapter(analysis: analysis, organization: organization)
  }
  var graph: TrustGraph { analysis.graph }

  /// The whole document; the reach tables (principals, matrix) are built beside the rest.
  public func document(_ context: ReportContext) -> ReportDocument {
    let builder = self
    let (reach, rest) = Concurrently.both(
      { () -> ([ReportPrincipal], ReachabilityMatrix) in
        (builder.principals(), builder.matrix())
      },
      { () -> ([ReportFinding], Coverage, [ExternalTrust]) in
        (builder.reportFindings(), builder.coverage(context), builder.externalTrust())
      })
    return ReportDocument(
      metadata: metadata(context), topRisks: topRisks(),
      matrix: reach.1, findings: rest.0, principals: reach.0, accounts: accounts(),
      organizationTree: organizationTree(), externalTrust: rest.2,
      coverage: rest.1, edges: edges())
  }

  func metadata(_ context: ReportContext) -> ReportMetadata {
    ReportMetadata(
      organizationID: organization.structure?.id,
      title: context.title, toolVersion: context.toolVersion, generatedAt: context.generatedAt,
      inputFiles: context.inputFiles, assumptions: assumptions())
  }

  func assumptions() -> [String] {
    var result: [String] = []
    if organization.structure == nil {
      result.append(
        "No Organizations export: SCPs and RCPs were not evaluated (edges may be allowed that a "
          + "guardrail denies), and accounts are known by id only.")
    } else if !engine.guardrailsEvaluated {
      result.append("SCPs/RCPs were not evaluated for some accounts (see coverage).")
    } else {
      result.append("SCPs and RCPs from the Organizations export were evaluated.")
    }
    result.append(
      "Session policies are assumed to be none: a session policy can only narrow what a role "
        + "allows.")
    result.append(
      "Conditions the exports cannot decide (MFA, source IP, ExternalId, OIDC claims, …) make an "
        + "edge conditional, never allowed; their labels are shown on every hop.")
    result.append(
      "Administrators: a principal that may do everything in its account (ADM-1) reaches every "
        + "principal of that account (ADM-5).")
    return result
  }

  /// Sentences for the five most severe findings of medium severity or worse.
  func topRisks() -> [TopRisk] {
    findings.filter { $0.severity >= .medium }.prefix(5).map { finding in
      TopRisk(findingID: finding.id, sentence: sentence(finding))
    }
  }

  func sentence(_ finding: Finding) -> String {
    guard finding.kind == .crossAccountEscalation, let path = finding.path,
      let start = path.start, let end = path.end
    else { return finding.title }
    let source = adapter.principal(start).accountLabel
    let target = adapter.principal(end).accountLabel
    return "\(finding.principalCount) principal(s) of \(source) can become an administrator of "
      + "\(target) — for example \(adapter.title(of: path)) in \(path.hops.count) hop(s)"
      + (path.isAllowed ? "." : ", if " + path.conditions.joined(separator: ", ") + ".")
  }
}
