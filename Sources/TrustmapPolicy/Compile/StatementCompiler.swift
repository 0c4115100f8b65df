import TrustmapModel

/// Compiles one statement, collecting findings; `nil` means the statement is dropped.
struct StatementCompiler {
  let index: Int
  let kind: PolicyKind
  let variables: Bool
  var findings: [LintFinding] = []
  var sid: String?
  /// Problems that make the statement unusable whatever the policy type.
  var fatal = false
  /// Per-type violations (GRM-5, GRM-10, §2.7): drop, except a `Deny` in an SCP/RCP.
  var typeViolation = false
  var neverApplies = false

  static let elements: Set<String> = [
    "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource",
    "Condition",
  ]

  init(index: Int, kind: PolicyKind, variables: Bool) {
    self.index = index
    self.kind = kind
    self.variables = variables
  }

  mutating func note(
    _ severity: LintFinding.Severity, _ rule: String, _ code: String, _ message: String
  ) {
    findings.append(
      .init(severity, rule: rule, code: code, statementIndex: index, sid: sid, message: message))
  }

  mutating func fail(_ rule: String, _ code: String, _ message: String) {
    fatal = true
    note(.error, rule, code, message)
  }

  mutating func violate(_ rule: String, _ code: String, _ message: String) {
    typeViolation = true
    note(.error, rule, code, message)
  }

  mutating func compile(_ json: JSONValue) -> CompiledStatement? {
    guard let object = json.objectValue else {
      fail("GRM-2", "statementNotObject", "the statement is \(json.typeName), not an object")
      return nil
    }
    readSid(object)
    for key in object.keys where !StatementCompiler.elements.contains(key) {
      fail("GRM-2", "unknownElement", "unknown element \"\(key)\"")
    }
    let effect = readEffect(object)
    let (actions, notAction) = readActions(object)
    let (resources, notResource) = readResources(object)
    let (principals, notPrincipal) = readPrincipals(object)
    let conditions = readConditions(object)
    checkFederatedActions(principals, actions, notAction)
    guard let effect, !fatal else {
      markDropped()
      return nil
    }
    if typeViolation && !(effect == .deny && (kind == .scp || kind == .rcp)) {
      markDropped()
      return nil
    }
    return CompiledStatement(
      index: index, sid: sid, effect: effect, actions: actions, notAction: notAction,
      resources: resources ?? (kind == .trust ? nil : [.any]), notResource: notResource,
      principals: kind == .scp ? nil : principals, notPrincipal: notPrincipal,
      conditions: conditions, neverApplies: neverApplies)
  }

  mutating func markDropped() {
    for i in findings.indices where findings[i].severity == .error {
      findings[i].dropsStatement = true
    }
  }

  mutating func readSid(_ object: JSONObject) {
    guard let value = object["Sid"] else { return }
    guard case .string(let text) = value else {
      note(.warning, "GRM-3", "invalidSid", "Sid is \(value.typeName), not a string")
      return
    }
    sid = text
    if !text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
      note(
        .warning, "GRM-3", "invalidSid", "Sid \"\(text)\" has characters other than A-Z, a-z, 0-9")
    }
  }

  mutating func readEffect(_ object: JSONObject) -> Effect? {
    guard case .string(let text)? = object["Effect"], let effect = Effect(rawValue: text) else {
      let found = object["Effect"].map(JSONValue.describe) ?? "nothing"
      fail("GRM-4", "invalidEffect", "Effect must be \"Allow\" or \"Deny\", found \(found)")
      return nil
    }
    return effect
  }

  mutating func readActions(_ object: JSONObject) -> ([Glob], Bool) {
    let (value, negated) = pair(object, "Action", "NotAction", rule: "GRM-5")
    guard let value else {
      fail("GRM-5", "missingAction", "the statement needs exactly one of Action or NotAction")
      return ([], false)
    }
    guard let list = value.stringList() else {
      fail("GRM-8", "invalidAction", "Action must be a string or an array of strings")
      return ([], negated)
    }
    if list.isEmpty { empty("Action") }
    if negated && kind == .rcp {
      violate("§2.7", "notActionInRCP", "RCPs do not support NotAction")
    }
    var globs: [Glob] = []
    for pattern in list {
      if pattern != "*" && !pattern.containsASCII(":") {
        note(
          .error, "MAT-2", "invalidActionPattern",
          "action \"\(pattern)\" has no service prefix; it never matches")
        continue
      }
      globs.append(Glob(pattern.lowercased()))
    }
    return (globs, negated)
  }

  mutating func readResources(_ object: JSONObject) -> ([ResourcePattern]?, Bool) {
    let (value, negated) = pair(object, "Resource", "NotResource", rule: "GRM-5")
    if kind == .trust {
      if value != nil {
        violate("GRM-5", "resourceInTrustPolicy", "trust policies must not name a Resource")
      }
      return (nil, false)
    }
    guard let value else {
      violate("GRM-5", "missingResource", "\(kind.rawValue) policies need Resource or NotResource")
      return (nil, false)
    }
    guard let list = value.stringList() else {
      fail("GRM-8", "invalidResource", "Resource must be a string or an array of strings")
      return (nil, negated)
    }
    if list.isEmpty { empty("Resource") }
    return (list.map { resourcePattern($0) }, negated)
  }

  mutating func resourcePattern(_ text: String) -> ResourcePattern {
    if text == "*" { return .any }
    var allowVariables = variables
    if variables, let open = Template.firstOpening(in: Substring(text)),
      text[..<open.lowerBound].filter({ $0 == ":" }).count < 5
    {
      note(
        .warning, "VAR-2", "variableOutsideResourcePart",
        "variables are only substituted after the fifth colon of \"\(text)\"; kept literal")
      allowVariables = false
    }
    let template = Template(text, variables: allowVariables)
    if template.hasVariables { return .template(template) }
    switch ArnPattern.compile(tokens: template.staticTokens(wildcards: true)) {
    case .success(let pattern): return .arn(pattern)
    case .failure(let error):
      let reason =
        error.problem == .tooFewFields
        ? "has fewer than six ARN fields" : "has a wildcard in the service field"
      note(
        .error, "MAT-5", error.problem.rawValue, "resource \"\(text)\" \(reason); it never matches")
      return .invalid
    }
  }

  mutating func empty(_ element: String) {
    neverApplies = true
    note(.warning, "GRM-7", "emptyContainer", "\(element) is empty: the statement never applies")
  }

  mutating func pair(_ object: JSONObject, _ positive: String, _ negative: String, rule: String)
    -> (JSONValue?, Bool)
  {
    switch (object[positive], object[negative]) {
    case (let value?, nil): return (value, false)
    case (nil, let value?): return (value, true)
    case (nil, nil): return (nil, false)
    case (_?, _?):
      fail(rule, "bothElements", "the statement has both \(positive) and \(negative)")
      return (nil, false)
    }
  }
}
