import Foundation
import TrustmapModel
import TrustmapSynthesis

/// A small generated organisation, parsed with the project's JSON parser.
struct GeneratedOrg {
  let options: SynthesisOptions
  let synthesizer: OrganizationSynthesizer
  /// Account id → parsed export.
  let accounts: [(id: String, export: JSONValue)]
  let organization: JSONValue

  init(
    accounts: Int = 12, roles: Int = 40, users: Int = 8, seed: UInt64 = 7,
    urlEncoded: Bool = false
  ) throws {
    options = SynthesisOptions(
      accountCount: accounts, rolesPerAccount: roles, usersPerAccount: users, seed: seed,
      urlEncodedDocuments: urlEncoded)
    synthesizer = try OrganizationSynthesizer(options: options)
    var parsed: [(String, JSONValue)] = []
    for (index, id) in synthesizer.accountIDs.enumerated() {
      parsed.append((id, try JSONParser.parse(synthesizer.accountExport(at: index).bytes)))
    }
    self.accounts = parsed
    organization = try JSONParser.parse(synthesizer.organizationExport())
  }

  /// The elements of `list` in `export` (empty if absent).
  static func list(_ export: JSONValue, _ key: String) -> [JSONValue] {
    export[key]?.arrayValue ?? []
  }

  /// The 5th colon field of an ARN.
  static func accountField(_ arn: String) -> String {
    let fields = arn.split(separator: ":", omittingEmptySubsequences: false)
    return fields.count > 4 ? String(fields[4]) : ""
  }
}
