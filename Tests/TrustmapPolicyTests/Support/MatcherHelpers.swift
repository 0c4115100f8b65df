import TrustmapModel

@testable import TrustmapPolicy

/// Compiles a one-statement identity policy.
func compileStatement(
  _ statement: String, version: String? = "2012-10-17", kind: PolicyKind = .identity
) -> CompiledDocument {
  PolicyCompiler.compile(doc(document([statement], version: version)), kind: kind)
}

/// Whether an action pattern matches a concrete action (MAT-1, MAT-2).
func actionMatches(_ pattern: String, _ action: String) -> Bool {
  let compiled = compileStatement(#"{"Effect":"Allow","Action":"\#(pattern)","Resource":"*"}"#)
  return compiled.statements.first?.coversAction(action.lowercased()) ?? false
}

/// Matches a Resource pattern against an ARN with a context (variables); nil if dropped.
func resourceTruth(
  _ pattern: String, _ resource: String, version: String? = "2012-10-17",
  principal: PrincipalFacts = PrincipalFacts()
) -> Truth {
  let compiled = compileStatement(
    #"{"Effect":"Allow","Action":"*","Resource":"\#(pattern)"}"#, version: version)
  guard let statement = compiled.statements.first else { return .false }
  let policy = CompiledPolicy(
    source: PolicySource(kind: .identity, holding: .inline, name: "t"), document: compiled)
  var trace = EvalTrace()
  var atoms: [UnresolvedCondition] = []
  let context = RequestContext(
    principal: principal, resource: ResourceFacts(), time: ReferenceTime(epochSeconds: 0))
  let request = EvalRequest(
    action: "s3:getobject", resource: resource, caller: nil, partition: "aws")
  return StatementEvaluator.match(
    statement, policy: policy, layer: .identity, request: request, context: context, trace: &trace,
    atoms: &atoms
  ).0
}

/// Evaluates a Condition block (JSON) against extra context keys; all clauses ANDed.
func conditionTruth(
  _ condition: String, _ values: [String: ContextValue] = [:],
  principal: PrincipalFacts = PrincipalFacts(),
  version: String? = "2012-10-17", time: Double = 1_736_899_200
) -> Truth {
  let compiled = compileStatement(
    #"{"Effect":"Allow","Action":"*","Resource":"*","Condition":\#(condition)}"#, version: version)
  guard let statement = compiled.statements.first else { return .false }
  var extra: [String: ContextValue] = [:]
  for (key, value) in values { extra[key.lowercased()] = value }
  let context = RequestContext(
    principal: principal, resource: ResourceFacts(), time: ReferenceTime(epochSeconds: time),
    extra: extra)
  var trace = EvalTrace()
  var result = Truth.true
  for clause in statement.conditions {
    result =
      result && ConditionEvaluator.evaluate(clause, in: context, favorable: .true, trace: &trace)
  }
  return statement.neverApplies ? .false : result
}

/// Lint codes of a one-statement policy.
func lintCodes(_ statement: String, kind: PolicyKind = .identity) -> [String] {
  compileStatement(statement, kind: kind).findings.map(\.code)
}
