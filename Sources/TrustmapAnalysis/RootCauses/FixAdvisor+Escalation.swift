import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

extension FixAdvisor {
  /// The trust statement of the climbing hop: name one role instead of a whole account, drop
  /// the lower-tier principal it names, or narrow a `*`.
  func escalationFix(_ cause: RootCause, _ routes: [EscalationRoute]) -> Remediation {
    guard let location = cause.statements.first else { return Remediation(text: "") }
    let graph = analysis.graph
    let callers = Set(routes.map { graph.edges[$0.edges[$0.climb]].source }).sorted()
    let callerAccounts = Set(callers.compactMap { graph.node($0)?.account }).sorted()
    let reach =
      "through it " + Wording.count(cause.sources.count, "principal")
      + " of \(accountList(cause.sourceAccounts)) can become administrators of "
      + accountList(cause.targetAccounts)
      + (routes.allSatisfy(\.allowed) ? "" : " (if the conditions on the way hold)")
    guard location.source.kind == .trust else {
      return Remediation(
        text: "\(capitalised(describe(location))) lets \(names(callers)) take the hop; "
          + "\(reach). Remove the permission, or narrow its Resource to what is needed.")
    }
    let statement = capitalised(describe(location))
    let principals = awsPrincipals(statementJSON(cause))
    let wholeAccounts = callerAccounts.filter { account in
      principals.contains(account.rawValue) || principals.contains { isRoot($0, of: account) }
    }
    if !wholeAccounts.isEmpty { return wholeAccountFix(statement, wholeAccounts, reach) }
    let named = principals.filter { value in callers.contains { $0.rawValue == value } }
    if !named.isEmpty { return namedFix(statement, named, principals, reach) }
    return Remediation(
      text: "\(statement) admits \(names(callers)) (by a wildcard or a condition); \(reach). "
        + "Narrow it to the accounts or roles that need it, for example:",
      snippet: Self.condition(
        "StringEquals", "aws:PrincipalAccount", "<account that needs it>"))
  }

  /// A statement that trusts whole lower-tier accounts: name one role instead.
  func wholeAccountFix(_ statement: String, _ accounts: [AccountID], _ reach: String)
    -> Remediation
  {
    Remediation(
      text: "\(statement) trusts the whole account \(accountList(accounts)): every user and "
        + "role there that may call sts:AssumeRole can use it, and \(reach). Name only the role "
        + "that needs it, or delete the statement if none does:",
      snippet:
        "\"Principal\": {\"AWS\": \"arn:aws:iam::\(accounts[0].rawValue):role/<role that needs it>\"}"
    )
  }

  /// A statement that names lower-tier principals: the Principal without them.
  func namedFix(_ statement: String, _ named: [String], _ principals: [String], _ reach: String)
    -> Remediation
  {
    let rest = principals.filter { !named.contains($0) }
    let snippet =
      rest.isEmpty
      ? nil
      : "\"Principal\": {\"AWS\": [" + rest.map { "\"\($0)\"" }.joined(separator: ", ") + "]}"
    return Remediation(
      text: "\(statement) names \(names(named.map { NodeID(rawValue: $0) })), a principal of a "
        + "lower tier; \(reach). Remove it from the Principal"
        + (rest.isEmpty ? " (that deletes the statement)" : "")
        + ", or keep it and stop lower-tier principals from becoming it.",
      snippet: snippet)
  }

  /// The values of a statement's `Principal.AWS` (a string or a list), or `*` for
  /// `"Principal": "*"`.
  func awsPrincipals(_ statement: JSONValue?) -> [String] {
    guard let principal = statement?["Principal"] else { return [] }
    if let text = principal.stringValue { return [text] }
    guard let aws = principal["AWS"] else { return [] }
    return aws.arrayValue?.compactMap(\.stringValue) ?? aws.stringValue.map { [$0] } ?? []
  }

  /// True for `arn:<partition>:iam::<account>:root`.
  func isRoot(_ value: String, of account: AccountID) -> Bool {
    guard let arn = ARN(value) else { return false }
    return arn.account == account.rawValue && arn.resource == "root"
  }

  /// Up to three principals by kind and name (with their account), then how many more.
  func names(_ ids: [NodeID]) -> String {
    let shown = ids.prefix(3).map { id -> String in
      guard let arn = ARN(id.rawValue), let account = arn.accountID else { return id.rawValue }
      return principal(id.rawValue) + " of " + self.account(account)
    }
    return shown.joined(separator: ", ") + (ids.count > 3 ? " and \(ids.count - 3) more" : "")
  }

  func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
