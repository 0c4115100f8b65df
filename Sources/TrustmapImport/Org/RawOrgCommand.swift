/// The raw `aws organizations` outputs Trustmap can assemble into one organisation (ORG-11).
enum RawOrgCommand: String, Equatable, Sendable, CaseIterable {
  case describeOrganization = "aws organizations describe-organization"
  case listRoots = "aws organizations list-roots"
  case listOUsForParent = "aws organizations list-organizational-units-for-parent"
  case listAccounts = "aws organizations list-accounts"
  case listPolicies = "aws organizations list-policies"
  case describePolicy = "aws organizations describe-policy"
  case listTargetsForPolicy = "aws organizations list-targets-for-policy"

  /// Recognises a raw output by its single top-level key.
  static func recognise(keys: Set<String>) -> RawOrgCommand? {
    switch keys.subtracting(["NextToken"]) {
    case ["Organization"]: return .describeOrganization
    case ["Roots"]: return .listRoots
    case ["OrganizationalUnits"]: return .listOUsForParent
    case ["Accounts"]: return .listAccounts
    case ["Policy"]: return .describePolicy
    case ["Targets"]: return .listTargetsForPolicy
    default: return nil
    }
  }

  /// The file-name prefix that carries the id the output itself lacks, if any.
  var fileNamePrefix: String? {
    switch self {
    case .listOUsForParent: return "ous-for-parent-"
    case .listAccounts: return "accounts-for-parent-"
    case .listTargetsForPolicy: return "targets-for-policy-"
    default: return nil
    }
  }

  /// The id written into a file name such as `ous-for-parent-r-ab12.json`, if it follows the
  /// convention.
  static func id(in file: String, prefix: String) -> String? {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    guard name.hasPrefix(prefix), name.hasSuffix(".json") else { return nil }
    let id = name.dropFirst(prefix.count).dropLast(5)
    return id.isEmpty ? nil : String(id)
  }
}
