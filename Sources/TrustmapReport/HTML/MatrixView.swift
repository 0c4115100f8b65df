/// The matrix as shown: the most connected accounts, the rest folded into one "Other" line.
struct MatrixView {
  struct Column {
    var key: String
    var label: String
    var title: String
    var isOther: Bool
  }

  static let otherKey = "\u{0}other"
  private(set) var columns: [Column] = []
  private(set) var hiddenCount = 0
  private var cells: [String: (level: ReachLevel, count: Int)] = [:]

  init(_ matrix: ReachabilityMatrix, limit: Int) {
    var score: [String: Int] = [:]
    for cell in matrix.cells where cell.level != .none {
      score[cell.source, default: 0] += 1
      score[cell.target, default: 0] += 1
    }
    var shown = matrix.accounts
    if matrix.accounts.count > limit {
      let ranked = matrix.accounts.enumerated().sorted {
        (-(score[$0.element.id] ?? 0), $0.offset) < (-(score[$1.element.id] ?? 0), $1.offset)
      }
      let keep = Set(ranked.prefix(max(limit - 1, 1)).map(\.element.id))
      shown = matrix.accounts.filter { keep.contains($0.id) }
      hiddenCount = matrix.accounts.count - shown.count
    }
    let shownIDs = Set(shown.map(\.id))
    columns = shown.map {
      Column(key: $0.id, label: $0.name, title: "\($0.name) (\($0.id))", isOther: false)
    }
    if hiddenCount > 0 {
      columns.append(
        Column(
          key: Self.otherKey, label: "Other accounts (\(hiddenCount))", title: "aggregated",
          isOther: true))
    }
    for cell in matrix.cells where cell.level != .none {
      let key = Self.key(
        shownIDs.contains(cell.source) ? cell.source : Self.otherKey,
        shownIDs.contains(cell.target) ? cell.target : Self.otherKey)
      let old = cells[key] ?? (.none, 0)
      cells[key] = (min(old.level, cell.level), old.count + cell.count)
    }
  }

  func cell(_ source: String, _ target: String) -> (level: ReachLevel, count: Int) {
    cells[Self.key(source, target)] ?? (.none, 0)
  }

  private static func key(_ source: String, _ target: String) -> String {
    source + "\u{1}" + target
  }
}
