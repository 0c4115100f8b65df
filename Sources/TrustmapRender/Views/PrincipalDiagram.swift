/// What one principal can reach: each reached principal with the edge it is first reached by.
public struct PrincipalViewInput: Hashable, Sendable {
  /// The principal whose blast radius is drawn.
  public var root: DiagramPrincipal
  /// Every principal reachable from `root`, each with the edge from its parent in a
  /// shortest-path tree (`via.from` is `root` or another reached principal).
  public var reached: [ReachedPrincipal]

  /// Creates the input.
  public init(root: DiagramPrincipal, reached: [ReachedPrincipal]) {
    self.root = root
    self.reached = reached
  }
}

/// A principal reached from the root of a principal view, and the edge that reaches it.
public struct ReachedPrincipal: Hashable, Sendable {
  /// The principal reached.
  public var principal: DiagramPrincipal
  /// The edge from its parent in the tree to it.
  public var via: DiagramTrust

  /// Creates a reached principal.
  public init(principal: DiagramPrincipal, via: DiagramTrust) {
    self.principal = principal
    self.via = via
  }
}

/// Draws a principal's blast radius as a left-to-right tree, capped: administrators and their
/// ancestors come first, each parent shows at most `maxChildren`, and notes count the rest.
public enum PrincipalDiagram {
  /// The diagram for `input`, drawing at most `maxNodes` reached principals.
  public static func diagram(
    _ input: PrincipalViewInput, maxNodes: Int = 60, maxChildren: Int = 8
  ) -> Diagram {
    let tree = ReachTree(input)
    var builder = TreeBuilder(tree: tree, maxNodes: maxNodes, maxChildren: maxChildren)
    builder.walk(from: input.root.id)
    let admins = input.reached.filter(\.principal.isAdmin).count
    var notes = [
      "\(input.reached.count) reachable principal(s), \(admins) administrator(s); "
        + "drawn: \(builder.drawn.count)"
    ]
    let hidden = input.reached.count - builder.drawn.count
    if hidden > 0 {
      notes.append("\(hidden) not drawn: at most \(maxChildren) per parent, \(maxNodes) in all")
    }
    var nodes = [TrustStyle.node(input.root)] + builder.drawn.map { TrustStyle.node($0.principal) }
    nodes += builder.notes
    return Diagram(
      title: "Blast radius of " + input.root.name + " (" + input.root.accountLabel + ")",
      notes: notes, rankDirection: .leftToRight, engine: .dot, nodes: nodes,
      edges: builder.edges, legend: StandardLegend.principals
    ).withPrincipalLegendTrimmed()
  }
}

/// The reached principals as a tree: children by parent, administrators first.
struct ReachTree {
  let root: DiagramPrincipal
  let children: [String: [ReachedPrincipal]]
  /// Ids of administrators and of every ancestor of one: drawn before the rest.
  let important: Set<String>

  init(_ input: PrincipalViewInput) {
    root = input.root
    var children: [String: [ReachedPrincipal]] = [:]
    var parent: [String: String] = [:]
    for reached in input.reached where reached.principal.id != input.root.id {
      children[reached.via.from, default: []].append(reached)
      parent[reached.principal.id] = reached.via.from
    }
    var important = Set<String>()
    for reached in input.reached where reached.principal.isAdmin {
      var current: String? = reached.principal.id
      while let id = current, important.insert(id).inserted { current = parent[id] }
    }
    self.important = important
    self.children = children.mapValues { kids in
      kids.sorted {
        (important.contains($0.principal.id) ? 0 : 1, $0.principal.name, $0.principal.id)
          < (important.contains($1.principal.id) ? 0 : 1, $1.principal.name, $1.principal.id)
      }
    }
  }
}

/// Walks a `ReachTree` breadth first, collecting what fits under the caps.
struct TreeBuilder {
  let tree: ReachTree
  let maxNodes: Int
  let maxChildren: Int
  var drawn: [ReachedPrincipal] = []
  var edges: [DiagramEdge] = []
  var notes: [DiagramNode] = []
  private var principals: [String: DiagramPrincipal] = [:]

  init(tree: ReachTree, maxNodes: Int, maxChildren: Int) {
    self.tree = tree
    self.maxNodes = maxNodes
    self.maxChildren = maxChildren
    principals[tree.root.id] = tree.root
  }

  mutating func walk(from rootID: String) {
    var queue = [rootID]
    var visited: Set<String> = [rootID]
    var head = 0
    while head < queue.count {
      let parent = queue[head]
      head += 1
      let kids = (tree.children[parent] ?? []).filter { !visited.contains($0.principal.id) }
      let room = max(0, min(maxChildren, maxNodes - drawn.count))
      for kid in kids.prefix(room) {
        visited.insert(kid.principal.id)
        queue.append(kid.principal.id)
        add(kid)
      }
      if kids.count > room { addNote(under: parent, hidden: Array(kids.dropFirst(room))) }
    }
  }

  private mutating func add(_ reached: ReachedPrincipal) {
    drawn.append(reached)
    principals[reached.principal.id] = reached.principal
    let source = principals[reached.via.from]
    edges.append(
      TrustStyle.edge(
        reached.via, crossAccount: source?.accountID != reached.principal.accountID,
        intoAdmin: reached.principal.isAdmin, label: TrustStyle.compactLabel(reached.via)))
  }

  private mutating func addNote(under parent: String, hidden: [ReachedPrincipal]) {
    let admins = hidden.filter(\.principal.isAdmin).count
    let key = "more:" + parent
    var lines = ["+\(hidden.count) more"]
    if admins > 0 { lines.append("\(admins) administrator(s)") }
    let names = hidden.prefix(40).map { $0.principal.name + " (" + $0.principal.accountLabel + ")" }
    notes.append(TrustStyle.note(key: key, lines, tooltip: names.joined(separator: "\n")))
    edges.append(
      DiagramEdge(from: parent, to: key, style: .dashed, color: "#b8ad86", penWidth: 1))
  }
}
