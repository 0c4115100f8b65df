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
  /// Reads an input file again, so locations carry the line and column of their statement
  /// (SARIF regions); nil leaves them at file and JSON path.
  public var readSource: (@Sendable (String) -> [UInt8]?)?

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
      { () -> (Grouped, Coverage, [ExternalTrust]) in
        (builder.grouped(context), builder.coverage(context), builder.externalTrust())
      })
    var document = ReportDocument(
      metadata: metadata(context), topRisks: topRisks(rest.0.rootCauses),
      matrix: reach.1, findings: rest.0.findings, principals: reach.0, accounts: accounts(),
      organizationTree: organizationTree(), externalTrust: rest.2,
      coverage: rest.1, edges: edges())
    document.rootCauses = rest.0.rootCauses
    document.exposure = rest.0.exposure
    document.chokePoints = rest.0.chokePoints
    return document
  }

  /// The findings with the root causes above them.
  public struct Grouped: Sendable {
    /// The findings, with their root causes' fixes.
    public var findings: [ReportFinding]
    /// The root causes, most severe first.
    public var rootCauses: [ReportRootCause]
    /// Who can become administrator of the valuable accounts.
    public var exposure: [ReportExposure]
    /// Fixing the first few root causes together.
    public var chokePoints: [ReportChokePoint]
  }

  /// The findings and root causes alone: what `document(_:)` holds of them, without the
  /// reach tables.
  public func grouped(_ context: ReportContext) -> Grouped {
    let causes = rootCauseAnalysis()
    let rootCauses = reportRootCauses(causes, context)
    return Grouped(
      findings: reportFindings(causes, rootCauses), rootCauses: rootCauses,
      exposure: reportExposure(causes), chokePoints: reportChokePoints(causes))
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
      "Administrators: a principal that may do everything in its account counts as reaching "
        + "every principal of that account.")
    return result
  }

  /// Sentences for the five most severe root causes of medium severity or worse: systemic
  /// risks (one statement behind many paths) before single findings of the same severity.
  func topRisks(_ rootCauses: [ReportRootCause]) -> [TopRisk] {
    rootCauses.filter { $0.severity >= .medium }.prefix(5).map { cause in
      TopRisk(id: cause.id, sentence: cause.title + ".")
    }
  }
}
