import TrustmapModel

extension BenchOrganization {
  static func structure() -> OrgStructure {
    func id(_ text: String) -> AccountID {
      guard let id = AccountID(rawValue: text) else { preconditionFailure("bad account id") }
      return id
    }
    let full = OrgPolicy(
      id: "p-FullAWSAccess", name: "FullAWSAccess", type: .serviceControlPolicy, awsManaged: true,
      document: json(
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#),
      targets: [
        "r-ab12", "ou-ab12-11111111", "ou-ab12-22222222", "111111111111", "222222222222",
        "333333333333",
      ])
    let denyOutside = OrgPolicy(
      id: "p-denyxacct01", name: "deny-assume-outside-org", type: .serviceControlPolicy,
      document: json(
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"*","Condition":{"StringNotEquals":{"aws:ResourceOrgID":"o-a1b2c3d4e5"},"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/break-glass-*"}}}]}"#
      ),
      targets: ["ou-ab12-11111111"])
    let denyRegions = OrgPolicy(
      id: "p-regions0001", name: "deny-regions", type: .serviceControlPolicy,
      document: json(
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*","sts:*","organizations:*"],"Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":["eu-west-1","us-east-1"]}}}]}"#
      ),
      targets: ["r-ab12"])
    let rcp = OrgPolicy(
      id: "p-rcporgonly1", name: "sts-org-only", type: .resourceControlPolicy,
      document: json(
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":["sts:AssumeRole","sts:AssumeRoleWithSAML","sts:AssumeRoleWithWebIdentity"],"Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"},"Bool":{"aws:PrincipalIsAWSService":"false"}}}]}"#
      ),
      targets: ["r-ab12"])
    return OrgStructure(
      id: "o-a1b2c3d4e5", managementAccountID: id("333333333333"),
      roots: [
        OrgRoot(id: "r-ab12", enabledPolicyTypes: [.serviceControlPolicy, .resourceControlPolicy])
      ],
      units: [
        OrganizationalUnit(id: "ou-ab12-11111111", name: "Dev", parentID: "r-ab12"),
        OrganizationalUnit(id: "ou-ab12-22222222", name: "Prod", parentID: "r-ab12"),
      ],
      accounts: [
        OrgAccount(id: id("111111111111"), name: "dev", parentID: "ou-ab12-11111111"),
        OrgAccount(id: id("222222222222"), name: "prod", parentID: "ou-ab12-22222222"),
        OrgAccount(id: id("333333333333"), name: "mgmt", parentID: "r-ab12"),
      ],
      policies: [full, denyOutside, denyRegions, rcp])
  }
}
