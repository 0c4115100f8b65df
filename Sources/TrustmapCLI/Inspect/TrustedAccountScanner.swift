import TrustmapModel

/// A minimal reading of trust policies: the account ids that `Allow` statements name.
///
/// Forms read from `Principal.AWS`: `"<id>"`, `arn:aws:iam::<id>:root`, user/role ARNs. The policy engine does the
/// full principal parsing; this only feeds `inspect`.
enum TrustedAccountScanner {
  /// Account ids trusted by any role of `account`.
  static func trustedAccounts(of account: Account) -> Set<AccountID> {
    var result: Set<AccountID> = []
    for role in account.roles {
      for statement in statements(of: role.trustPolicy.json)
      where statement["Effect"]?.stringValue == "Allow" {
        for value in awsPrincipals(statement["Principal"]) {
          if let id = AccountID(rawValue: value) ?? ARN(value)?.accountID { result.insert(id) }
        }
      }
    }
    return result
  }

  private static func statements(of document: JSONValue) -> [JSONValue] {
    switch document["Statement"] {
    case .array(let items)?: return items
    case .object(let object)?: return [.object(object)]
    default: return []
    }
  }

  private static func awsPrincipals(_ principal: JSONValue?) -> [String] {
    switch principal?["AWS"] {
    case .string(let value)?: return [value]
    case .array(let values)?: return values.compactMap(\.stringValue)
    default: return []
    }
  }
}
