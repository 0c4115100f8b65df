import Testing
import TrustmapRender

@Suite("Views stay readable at scale")
struct ViewCapTests {
  static let home = "111111111111"

  static func role(_ account: String, _ name: String, admin: Bool = false) -> DiagramPrincipal {
    DiagramPrincipal(
      id: "arn:aws:iam::\(account):role/\(name)", name: name, accountID: account, kind: .role,
      isAdmin: admin, category: "service roles")
  }

  @Test func accountViewGroupsPrincipalsAboveTheCap() {
    let roles = (0..<100).map { Self.role(Self.home, "svc-\($0)", admin: $0 == 99) }
    let diagram = AccountDiagram.diagram(
      AccountViewInput(accountID: Self.home, principals: roles, links: []), maxInside: 10)
    let labels = diagram.allNodes.map(\.label.fullText)
    #expect(labels.contains("90 service roles"))
    #expect(diagram.allNodes.contains { $0.key == roles[99].id }, "the admin stays visible")
    #expect(diagram.notes.contains { $0.contains("90 less connected") })
  }

  @Test func principalViewCapsChildrenAndSaysSo() {
    let root = Self.role(Self.home, "root")
    let reached = (0..<20).map { index in
      let role = Self.role("222222222222", "r\(index)", admin: index == 19)
      return ReachedPrincipal(principal: role, via: DiagramTrust(from: root.id, to: role.id))
    }
    let diagram = PrincipalDiagram.diagram(
      PrincipalViewInput(root: root, reached: reached), maxChildren: 5)
    #expect(diagram.allNodes.contains { $0.key == reached[19].principal.id }, "admins first")
    #expect(diagram.allNodes.contains { $0.label.fullText.hasPrefix("+15 more") })
    #expect(diagram.notes.contains { $0.hasPrefix("15 not drawn") })
  }

  @Test func overviewKeepsTheStrongestLinksAndFoldsQuietAccounts() {
    let ids = (1...9).map { String(repeating: String($0), count: 12) }
    let accounts = ids.map { OverviewAccount(id: $0, name: "a" + $0.prefix(1), tier: 2) }
    let links = [
      OverviewLink(from: ids[0], to: ids[1]),
      OverviewLink(from: ids[2], to: ids[3], intoAdmin: true),
    ]
    let diagram = OverviewDiagram.diagram(
      OverviewInput(
        organizationName: "o", root: OverviewUnit(id: "r", name: "root", accountIDs: ids),
        accounts: accounts, links: links),
      maxLinks: 1)
    #expect(diagram.edges.map(\.from) == [ids[2]], "the admin link wins")
    #expect(diagram.allNodes.contains { $0.label.fullText.hasPrefix("7 quiet accounts") })
    #expect(diagram.notes.contains { $0.contains("1 weaker links not drawn") })
  }

  @Test func edgesToUnknownNodesAreAnError() {
    let diagram = Diagram(title: "t", edges: [DiagramEdge(from: "a", to: "b")])
    #expect(throws: RenderError.unknownNode("a")) { try DOTWriter().write(diagram) }
  }
}
