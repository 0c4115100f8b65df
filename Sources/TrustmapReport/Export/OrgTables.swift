import TrustmapModel

/// Accounts and the Organizations tree as bulk-load tables, with Cartography's labels, ids and
/// containment (`RESOURCE`): organisation → root → OU → account → principal.
///
/// Ids follow Cartography: an account is its 12-digit id, a root or OU is `<org id>/<its id>`.
enum OrgTables {
  static let accountLabels = ["AWSAccount", "TrustmapAccount"]
  static let orgNodeLabel = "TrustmapOrgNode"
  static let orgLabelSets = [
    ["AWSOrganization", orgNodeLabel], ["AWSOrganizationRoot", orgNodeLabel],
    ["AWSOrganizationalUnit", orgNodeLabel],
  ]

  static let accounts = BulkCSVTable(
    name: "nodes-accounts.csv", shape: .nodes(labelSets: [accountLabels]),
    columns: [
      PropertyColumn("name"), PropertyColumn("imported", .boolean),
      PropertyColumn("inOrganization", .boolean), PropertyColumn("foreign", .boolean),
      PropertyColumn("orgId"), PropertyColumn("ouPath"), PropertyColumn("tier"),
    ])

  static let orgNodes = BulkCSVTable(
    name: "nodes-organization.csv", shape: .nodes(labelSets: orgLabelSets),
    columns: [PropertyColumn("kind"), PropertyColumn("name"), PropertyColumn("awsId")])

  static let accountResources = BulkCSVTable(
    name: "relationships-account-resources.csv",
    shape: .relationships(startLabel: "AWSAccount", endLabel: ExportVocabulary.graphNodeLabel),
    columns: [])

  static let orgTree = BulkCSVTable(
    name: "relationships-organization.csv",
    shape: .relationships(startLabel: orgNodeLabel, endLabel: orgNodeLabel), columns: [])

  static let orgAccounts = BulkCSVTable(
    name: "relationships-organization-accounts.csv",
    shape: .relationships(startLabel: orgNodeLabel, endLabel: "AWSAccount"), columns: [])

  static func writeAccounts(_ context: BulkCSVContext, to sink: ByteSink) {
    let organization = context.input.organization
    let structure = organization.structure
    let tiers = context.input.analysis.tiers
    context.write(accounts, to: sink) { bytes in
      for id in context.input.accounts {
        let imported = organization.account(id) != nil
        let member = structure?.account(id) != nil
        context.nodeRow(
          id.rawValue, labels: accountLabels,
          [
            .string(organization.displayName(of: id)), .boolean(imported), .boolean(member),
            .boolean(!imported), .string(member ? structure?.id : nil),
            .string(structure?.ouNamePath(for: id)), .string(tiers.tier(of: id)),
          ], into: &bytes)
      }
    }
  }

  static func writeOrgNodes(_ context: BulkCSVContext, to sink: ByteSink) {
    context.write(orgNodes, to: sink) { bytes in
      guard let structure = context.input.organization.structure else { return }
      context.nodeRow(
        structure.id, labels: orgLabelSets[0],
        [.string("organization"), .string(nil), .string(structure.id)], into: &bytes)
      for root in structure.roots {
        context.nodeRow(
          scoped(root.id, structure), labels: orgLabelSets[1],
          [.string("root"), .string(root.name), .string(root.id)], into: &bytes)
      }
      for unit in structure.units {
        context.nodeRow(
          scoped(unit.id, structure), labels: orgLabelSets[2],
          [.string("organizational-unit"), .string(unit.name), .string(unit.id)], into: &bytes)
      }
    }
  }

  /// `<org id>/<root or OU id>`.
  static func scoped(_ id: String, _ structure: OrgStructure) -> String { structure.id + "/" + id }

  static func writeAccountResources(_ context: BulkCSVContext, to sink: ByteSink) {
    let graph = context.graph
    context.write(accountResources, to: sink) { bytes in
      for (position, node) in graph.nodes.enumerated() where context.subgraph.nodeKept[position] {
        guard let account = node.account else { continue }
        context.relationshipRow(
          account.rawValue, node.id.rawValue, type: "RESOURCE", [], into: &bytes)
        context.flush(&bytes, to: sink)
      }
    }
  }

  static func writeOrgTree(_ context: BulkCSVContext, to sink: ByteSink) {
    context.write(orgTree, to: sink) { bytes in
      guard let structure = context.input.organization.structure else { return }
      for root in structure.roots {
        context.relationshipRow(
          structure.id, scoped(root.id, structure), type: "RESOURCE", [], into: &bytes)
      }
      for unit in structure.units {
        context.relationshipRow(
          scoped(unit.parentID, structure), scoped(unit.id, structure), type: "RESOURCE", [],
          into: &bytes)
      }
    }
  }

  static func writeOrgAccounts(_ context: BulkCSVContext, to sink: ByteSink) {
    context.write(orgAccounts, to: sink) { bytes in
      guard let structure = context.input.organization.structure else { return }
      for account in structure.accounts {
        guard let parent = account.parentID else { continue }
        context.relationshipRow(
          scoped(parent, structure), account.id.rawValue, type: "RESOURCE", [], into: &bytes)
      }
    }
  }
}
