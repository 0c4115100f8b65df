import TrustmapModel
import TrustmapPolicy

/// A statement with the organisation's own account ids taken out: the same trust statement of
/// a role that a template (a StackSet, a Terraform module) put into many accounts has one
/// template, so one fix in that template is one root cause.
///
/// Ids of accounts outside the organisation stay: two roles of one name trusting two
/// different vendors are two root causes. `sts:ExternalId` values are masked: a vendor gives
/// each account its own.
struct StatementTemplate: Hashable, Sendable, Comparable {
  /// Trust, identity, boundary, SCP or RCP.
  var layer: Layer
  /// The holder without its account: `role/cicd/ci-deploy`, `group/admins`, or `user` for a
  /// policy attached directly to users.
  var holder: String
  /// The policy: `trust policy`, an inline policy's name or a managed policy's ARN without its
  /// account.
  var policy: String
  /// The statement index and Sid.
  var index: Int
  var sid: String?
  /// The statement's compact JSON, the organisation's account ids replaced by `{account}`.
  var text: String

  static func < (lhs: StatementTemplate, rhs: StatementTemplate) -> Bool {
    (lhs.holder, lhs.policy, lhs.index, lhs.text) < (rhs.holder, rhs.policy, rhs.index, rhs.text)
  }

  /// The stable id part: `role/cicd/ci-deploy#0~` and 8 hex digits of the whole template.
  var key: String {
    let name = holder == "user" || holder.isEmpty ? policy : holder
    return name + "#" + String(index) + "~" + Self.hash([layer.rawValue, holder, policy, text])
  }

  /// 32 bits of FNV-1a 64 over the fields, as 8 hex digits: stable across runs and machines
  /// (Swift's `Hasher` is seeded per process).
  static func hash(_ fields: [String]) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for field in fields {
      for byte in field.utf8 + [0] {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    let text = String(value & 0xffff_ffff, radix: 16)
    return String(repeating: "0", count: 8 - text.count) + text
  }
}

/// Builds templates: knows the organisation's accounts and finds statement texts.
struct StatementTemplates: Sendable {
  let lookup: StatementLookup
  let ownAccounts: Set<String>

  init(_ organization: Organization) {
    lookup = StatementLookup(organization: organization)
    var own = Set(organization.accounts.map(\.id.rawValue))
    for account in organization.structure?.accounts ?? [] { own.insert(account.id.rawValue) }
    ownAccounts = own
  }

  /// The template of the statement at `location`; `directHolder` says whether a policy held
  /// by a user counts as "attached to users" (admin users) rather than to that one user.
  func template(_ location: StatementLocation, directHolder: Bool = false) -> StatementTemplate {
    let source = location.source
    var holder = source.holder.flatMap(ARN.init).map(\.resource) ?? source.holder ?? ""
    if directHolder, holder.hasPrefix("user/") { holder = "user" }
    let policy =
      source.policyID.map { id in ARN(id).map { withoutOwnAccount($0) } ?? id }
      ?? StatementLookup.policyName(source)
    let text = lookup.statement(location).map { normalised(Self.masked($0).compactText) } ?? ""
    return StatementTemplate(
      layer: source.kind.layer, holder: holder, policy: policy, index: location.index,
      sid: location.sid, text: text)
  }

  /// `value` with every `sts:ExternalId` condition value replaced by `{externalId}`: each
  /// customer of a vendor gets its own id, so a templated vendor role differs only there.
  static func masked(_ value: JSONValue) -> JSONValue {
    switch value {
    case .array(let elements): return .array(elements.map(masked))
    case .object(let object):
      return .object(
        JSONObject(
          object.members.map { member in
            member.key.lowercased() == "sts:externalid"
              ? JSONMember(key: member.key, value: .string("{externalId}"))
              : JSONMember(key: member.key, value: masked(member.value))
          }))
    default: return value
    }
  }

  /// `arn:aws:iam::{account}:policy/x` for a policy of the organisation; others unchanged.
  func withoutOwnAccount(_ arn: ARN) -> String {
    ownAccounts.contains(arn.account) ? normalised(arn.rawValue) : arn.rawValue
  }

  /// `text` with every run of exactly twelve digits that is an account of the organisation
  /// replaced by `{account}`.
  func normalised(_ text: String) -> String {
    var out = ""
    var digits = ""
    func flush() {
      out += digits.count == 12 && ownAccounts.contains(digits) ? "{account}" : digits
      digits = ""
    }
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else {
        flush()
        out.append(character)
      }
    }
    flush()
    return out
  }
}
