import TrustmapModel

/// A general single-account request (§3.2 without a resource-based policy): used for admin probes (ADM-1) and escalation rules (ESC-A), for example `iam:PassRole` with `iam:PassedToService`.
public struct Request: Hashable, Sendable {
  /// The caller's identity side.
  public var caller: IdentitySide
  /// The concrete action, for example `iam:PassRole` (MAT-4).
  public var action: String
  /// The concrete resource ARN (MAT-7).
  public var resource: ARN
  /// Extra condition keys by name (any case), for example `iam:PassedToService`.
  public var context: [String: ContextValue]

  /// Creates a request.
  public init(
    caller: IdentitySide, action: String, resource: ARN, context: [String: ContextValue] = [:]
  ) {
    self.caller = caller
    self.action = action
    self.resource = resource
    self.context = context
  }
}

extension PolicyEngine {
  /// RCPs cover these services (GRD-7).
  static let rcpServices: Set<String> = ["s3", "sts", "kms", "sqs", "secretsmanager"]

  /// Full single-account evaluation: identity `Allow` ∧ ¬(any `Deny`) ∧ boundary ∧ SCP chain,
  /// plus the RCPs of the resource's account for RCP-covered services (GRD-6, GRD-7).
  public func evaluate(_ request: Request) -> Decision {
    let side = request.caller
    var extra: [String: ContextValue] = [:]
    for (key, value) in request.context { extra[key.lowercased()] = value }
    let context = RequestContext(
      principal: side.facts, resource: resourceFacts(for: request.resource),
      time: options.referenceTime, extra: extra)
    let action = request.action.lowercased()
    let evalRequest = EvalRequest(
      action: action, resource: request.resource.rawValue, caller: side.caller,
      partition: request.resource.partition)
    var trace = EvalTrace()
    var factors = Factors(same: true)
    factors.trust.allow = .true
    identityFactors(side, evalRequest, context, &trace, &factors)
    let service = action.split(separator: ":").first.map(String.init) ?? ""
    if Self.rcpServices.contains(service), let account = request.resource.accountID,
      let status = rcpChains[account]
    {
      factors.rcpDeny = StatementEvaluator.rcpDeny(
        status, request: evalRequest, context: context, trace: &trace)
    }
    var decision = DecisionBuilder(
      factors: factors, options: options, guardrails: guardrailsEvaluated
    )
    .build(trace: trace, publicPositions: [])
    decision.attributes.basis = nil
    decision.attributes.crossAccount =
      request.resource.accountID.map { $0 != side.accountID } ?? false
    decision.provenance = decision.provenance.filter { $0.location.source.kind != .trust }
    return decision
  }

  /// Evaluates the identity side alone for (action, resource, context): a shorthand for
  /// `evaluate(Request(...))`.
  public func evaluate(
    _ side: IdentitySide, action: String, resource: ARN, context: [String: ContextValue] = [:]
  ) -> Decision {
    evaluate(Request(caller: side, action: action, resource: resource, context: context))
  }
}
