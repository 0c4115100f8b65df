import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

@testable import TrustmapPolicy
@testable import TrustmapReport

@Suite("Export names, escaping and the attack-paths subgraph")
struct ExportEncodingTests {
  @Test(
    "relationship types and OpenGraph kinds come from the kind's stable text",
    arguments: [
      ("assumeRole", "TRUSTMAP_ASSUME_ROLE", "Trustmap_AssumeRole"),
      ("assumeRoleWithSAML", "TRUSTMAP_ASSUME_ROLE_WITH_SAML", "Trustmap_AssumeRoleWithSAML"),
      ("passRole:lambda", "TRUSTMAP_PASS_ROLE_LAMBDA", "Trustmap_PassRole_Lambda"),
      ("memberOf", "MEMBER_OF", "Trustmap_MemberOf"),
      ("odd kind-x:y.z", "TRUSTMAP_ODD_KIND_X_Y_Z", "Trustmap_OddKindX_YZ"),
    ])
  func kindNames(kind: String, type: String, openGraph: String) {
    #expect(ExportVocabulary.relationshipType(ofKind: kind) == type)
    #expect(ExportVocabulary.openGraphEdgeKind(ofKind: kind) == openGraph)
  }

  @Test("OpenGraph ids lose their colons and stay distinct")
  func openGraphIDs() {
    let ids = ["arn:aws:iam::1:role/a", "arn%3Aaws%3Aiam%3A%3A1%3Arole/a", "EXTERNAL_ANY", "a%b"]
    let encoded = ids.map(OpenGraphExport.nodeID)
    #expect(encoded.allSatisfy { !$0.contains(":") })
    #expect(Set(encoded).count == ids.count)
    #expect(encoded[0] == "arn%3Aaws%3Aiam%3A%3A1%3Arole/a")
    #expect(encoded[2] == "EXTERNAL_ANY")
  }

  @Test("bulk CSV fields are quoted only when needed and never formula-guarded")
  func csvFields() {
    func field(_ text: String) -> String {
      var bytes: [UInt8] = []
      BulkCSVRow.appendField(text, to: &bytes)
      return String(decoding: bytes, as: UTF8.self)
    }
    #expect(field("arn:aws:iam::1:role/a") == "arn:aws:iam::1:role/a")
    #expect(field("=cmd|' /C calc'!A0") == "=cmd|' /C calc'!A0")
    #expect(field("a,b") == "\"a,b\"")
    #expect(field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(field("two\nlines") == "\"two\nlines\"")
    #expect(field(" padded") == "\" padded\"")
  }

  @Test("a ; inside a list item cannot split it, in either dialect")
  func listItems() {
    #expect(BulkCSVDialect.neo4j.joinedList(["a;b", "c"], onRelationship: true) == "a\u{FF1B}b;c")
    #expect(BulkCSVDialect.neptune.joinedList(["a;b", "c"], onRelationship: false) == "a\\;b;c")
    #expect(BulkCSVDialect.neptune.joinedList(["a", "c"], onRelationship: true) == "a; c")
  }

  @Test("GraphML text escapes markup and drops characters XML cannot carry")
  func xmlText() {
    var bytes: [UInt8] = []
    XMLText.append("<a href=\"x\">&'\u{1}\u{7}ok", to: &bytes)
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;\u{FFFD}\u{FFFD}ok")
  }

  // MARK: attack-paths subgraph (ExportSubgraph), each rule with its negative twin

  static func node(_ name: String, account: String = "111111111111", admin: Bool = false)
    -> GraphNode
  {
    var node = GraphNode(
      id: NodeID(rawValue: "arn:aws:iam::\(account):role/\(name)"), kind: .role,
      account: AccountID(rawValue: account), name: name)
    if admin { node.admin = AdminAssessment(status: .admin(.probes), tier: 1, reasons: []) }
    return node
  }

  static func edge(_ from: GraphNode, _ to: GraphNode, crossAccount: Bool = false) -> GraphEdge {
    var decision = Decision.fact
    decision.attributes.crossAccount = crossAccount
    return GraphEdge(source: from.id, target: to.id, kind: .assumeRole, decision: decision)
  }

  static func kept(_ nodes: [GraphNode], _ edges: [GraphEdge]) -> Set<String> {
    let graph = TrustGraph(nodes: nodes, edges: edges)
    let subgraph = ExportSubgraph.attackPaths(Reachability(graph: graph))
    return Set(
      graph.edges.indices.filter { subgraph.edgeKept[$0] }.map {
        graph.edges[$0].source.rawValue.split(separator: "/").last.map(String.init)! + ">"
          + graph.edges[$0].target.rawValue.split(separator: "/").last.map(String.init)!
      })
  }

  @Test("a path into an admin is kept; the same edge leading nowhere is not")
  func pathIntoAdmin() {
    let start = Self.node("start")
    let middle = Self.node("middle")
    let admin = Self.node("admin", admin: true)
    let plain = Self.node("plain")
    let edges = [Self.edge(start, middle), Self.edge(middle, admin), Self.edge(start, plain)]
    #expect(Self.kept([start, middle, admin, plain], edges) == ["start>middle", "middle>admin"])
    let plainAdmin = Self.node("plain", admin: true)
    let twin = [Self.edge(start, middle), Self.edge(middle, admin), Self.edge(start, plainAdmin)]
    #expect(
      Self.kept([start, middle, admin, plainAdmin], twin)
        == ["start>middle", "middle>admin", "start>plain"])
  }

  @Test("a cross-account edge is kept; the same edge within one account is not")
  func crossAccount() {
    let start = Self.node("start")
    let other = Self.node("other", account: "222222222222")
    #expect(
      Self.kept([start, other], [Self.edge(start, other, crossAccount: true)]) == ["start>other"])
    #expect(Self.kept([start, other], [Self.edge(start, other)]).isEmpty)
  }

  @Test("an edge from outside the imported accounts is kept; from a service it is not")
  func entryPoints() {
    let target = Self.node("target")
    let outside = GraphNode(
      id: NodeID.externalAccount(AccountID(rawValue: "999999999999")!), kind: .externalAccount,
      account: AccountID(rawValue: "999999999999"), name: "999999999999")
    let service = GraphNode(
      id: .service("ec2.amazonaws.com"), kind: .service, account: nil, name: "ec2")
    let fromOutside = GraphEdge(
      source: outside.id, target: target.id, kind: .assumeRole, decision: .fact)
    let fromService = GraphEdge(
      source: service.id, target: target.id, kind: .serviceTrust, decision: .fact)
    #expect(
      Self.kept([target, outside, service], [fromOutside, fromService]) == [
        "externalAccount:999999999999>target"
      ])
  }
}
