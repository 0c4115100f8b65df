import TrustmapModel

extension AccountSynthesizer {
  /// Roles that reach outside the account: vendors, org-wide `*` trusts, deleted principals.
  mutating func exposureRoles() -> [RoleSpec] {
    var roles: [RoleSpec] = []
    if [.prod, .security, .management].contains(account.tier) || random.percent(10) {
      let vendor = random.below(OrgPlan.vendorNames.count)
      let externalID =
        random.percent(75) ? random.string(20, from: Alphabet.lowerAlphanumeric) : nil
      let condition: JSONValue? = externalID.map {
        ["StringEquals": ["sts:ExternalId": .string($0)]]
      }
      roles.append(
        RoleSpec(
          path: "/vendor/", name: "vendor-\(OrgPlan.vendorNames[vendor])",
          trust: PolicyBuilder.awsTrust(
            ["arn:aws:iam::\(plan.vendorAccountIDs[vendor]):root"], condition: condition),
          managed: [use(.readOnlyAccess)]))
    }
    if [.prod, .infrastructure].contains(account.tier) {
      // Org-wide readers: mostly fenced by aws:PrincipalOrgID, occasionally public.
      let guarded = !random.percent(8)
      let condition: JSONValue? =
        guarded ? ["StringEquals": ["aws:PrincipalOrgID": .string(plan.organizationID)]] : nil
      roles.append(
        RoleSpec(
          name: "shared-artifacts-reader",
          trust: PolicyBuilder.awsTrust(["*"], condition: condition),
          managed: [use(.s3ReadOnly)]))
    }
    if random.percent(7) {
      // A trust policy naming a deleted role shows its unique id instead of the ARN.
      let deleted = mint.dangling("AROA", number: 1, random: &random)
      roles.append(RoleSpec(name: "legacy-batch", trust: PolicyBuilder.awsTrust([deleted])))
    }
    return roles
  }
}
