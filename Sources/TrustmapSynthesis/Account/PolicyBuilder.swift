import TrustmapModel

/// Small builders for policy documents and statements.
enum PolicyBuilder {
  /// A document with the 2012-10-17 version.
  static func document(_ statements: [JSONValue]) -> JSONValue {
    ["Version": "2012-10-17", "Statement": .array(statements)]
  }

  /// A string, or an array when there are several values (as AWS prints them).
  static func list(_ values: [String]) -> JSONValue {
    values.count == 1 ? .string(values[0]) : .array(values.map { .string($0) })
  }

  /// An identity-policy statement.
  static func statement(
    _ effect: String, _ actions: [String], _ resources: [String], condition: JSONValue? = nil,
    sid: String? = nil
  ) -> JSONValue {
    var members: [JSONMember] = []
    if let sid { members.append(JSONMember(key: "Sid", value: .string(sid))) }
    members.append(JSONMember(key: "Effect", value: .string(effect)))
    members.append(JSONMember(key: "Action", value: list(actions)))
    members.append(JSONMember(key: "Resource", value: list(resources)))
    if let condition { members.append(JSONMember(key: "Condition", value: condition)) }
    return .object(JSONObject(members))
  }

  /// A trust statement; `principal` is a value such as `["AWS": "arn:…:root"]`.
  static func trust(
    _ principal: JSONValue, actions: [String] = ["sts:AssumeRole"], condition: JSONValue? = nil,
    effect: String = "Allow"
  ) -> JSONValue {
    var members = [
      JSONMember(key: "Effect", value: .string(effect)),
      JSONMember(key: "Principal", value: principal),
      JSONMember(key: "Action", value: list(actions)),
    ]
    if let condition { members.append(JSONMember(key: "Condition", value: condition)) }
    return .object(JSONObject(members))
  }

  /// A trust policy letting an AWS service assume the role.
  static func serviceTrust(_ service: String) -> JSONValue {
    document([trust(["Service": .string(service)])])
  }

  /// A trust policy naming AWS principals (ARNs, account roots, unique ids or `*`).
  static func awsTrust(_ principals: [String], condition: JSONValue? = nil) -> JSONValue {
    document([trust(["AWS": list(principals)], condition: condition)])
  }
}
