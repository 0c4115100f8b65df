import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

extension FixAdvisor {
  func publicFix(_ cause: RootCause) -> Remediation {
    let organizationID = organization.structure?.id ?? "<your organization id>"
    return Remediation(
      text: "\(capitalised(statementText(cause))) names every principal (the wildcard): any AWS "
        + "account can assume the role. Replace the wildcard with the accounts or roles that "
        + "need it, or keep it and admit only your organisation:",
      snippet: Self.condition("StringEquals", "aws:PrincipalOrgID", organizationID))
  }

  func oidcFix(_ cause: RootCause) -> Remediation {
    let issuer =
      cause.sources.first.map { String($0.rawValue.dropFirst("idp:".count)) } ?? "<issuer>"
    let host = issuer.split(separator: "/").dropFirst(issuer.contains(":oidc-provider/") ? 1 : 0)
      .joined(separator: "/")
    let github = host.contains("token.actions.githubusercontent.com")
    let subject =
      github
      ? "repo:<owner>/<repository>:ref:refs/heads/main" : "<the subject that should assume it>"
    return Remediation(
      text: "\(capitalised(statementText(cause))) accepts every token \(host) issues for the "
        + "audience. Add a condition on the token's subject that names "
        + (github ? "your repository and branch or environment:" : "who may assume the role:"),
      snippet: Self.condition(github ? "StringLike" : "StringEquals", host + ":sub", subject))
  }

  func externalIDFix(_ cause: RootCause) -> Remediation {
    Remediation(
      text: "\(capitalised(statementText(cause))) lets \(externalCallers(cause)), outside the "
        + "organisation, in without sts:ExternalId. Add the ExternalId the vendor gave you, or "
        + "delete the statement if the vendor is no longer used:",
      snippet: Self.condition("StringEquals", "sts:ExternalId", "<external id from the vendor>"))
  }

  func externalFix(_ cause: RootCause) -> Remediation {
    let imported = cause.sources.allSatisfy {
      analysis.graph.node($0)?.placement == .imported
    }
    if imported, !cause.sources.isEmpty {
      let named = cause.sources.map { String($0.rawValue.dropFirst("external:".count)) }
      return Remediation(
        text: "\(capitalised(statementText(cause))) names \(named.joined(separator: ", ")), "
          + "which the account's export does not list. If it was deleted, remove it from the "
          + "Principal; if it exists, export the account again with every list.")
    }
    return Remediation(
      text: "\(capitalised(statementText(cause))) trusts \(externalCallers(cause)), whose IAM "
        + "data is not in the input. Confirm it still needs the access and name the one role it "
        + "uses rather than the whole account; if the account is one of yours, add its export to "
        + "the input; if it is no longer used, delete the statement.")
  }

  func danglingFix(_ cause: RootCause) -> Remediation {
    let ids = cause.findings.compactMap { $0.split(separator: ":").last.map(String.init) }
    return Remediation(
      text: "Delete \(ids.map { "\"\($0)\"" }.joined(separator: ", ")) from the Principal of "
        + "\(statementText(cause)) (delete the statement if it names nothing else): it is the "
        + "unique id of a deleted principal and matches nobody.")
  }

  func adminUserFix(_ cause: RootCause) -> Remediation {
    let users = names(cause.sources)
    let instead =
      ", and give the people an Identity Center permission set or a role with short sessions "
      + "instead."
    guard let location = cause.statements.first else {
      return Remediation(text: "Take administrator rights away from \(users)" + instead)
    }
    let source = location.source
    let holder = source.holder.map(principal) ?? ""
    if holder.hasPrefix("group ") {
      return Remediation(
        text: "\(capitalised(users)) are administrators through \(describe(location)). Remove "
          + "them from \(holder), or detach the policy from it" + instead)
    }
    let action =
      source.holding == .inline
      ? "Delete the inline policy \(source.name) of"
      : "Detach the managed policy \(source.name) from"
    return Remediation(text: "\(action) \(users)" + instead)
  }

  /// The statement, or "the trust policy of …" when the statement is not known.
  func statementText(_ cause: RootCause) -> String {
    if let location = cause.statements.first { return describe(location) }
    return "the trust policy of " + names(cause.holders)
  }

  /// `account 888888888888` (and more) for a trust of accounts whose data is not imported.
  func externalCallers(_ cause: RootCause) -> String {
    let accounts = cause.sources.compactMap { analysis.graph.node($0)?.account }
    return accounts.isEmpty
      ? names(cause.sources) : "account " + accountList(Array(Set(accounts)).sorted())
  }
}
