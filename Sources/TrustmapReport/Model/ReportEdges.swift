/// The rows of `edges.csv`: a stored list (tests, small reports) or rows made on demand from
/// the trust graph, so millions of edges are never held as row values all at once.
public struct ReportEdges: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  private let rowCount: Int
  private let row: @Sendable (Int) -> ReportEdge

  /// Rows made on demand: `row(i)` for every `i` in `0..<count` (same value every time).
  public init(count: Int, row: @escaping @Sendable (Int) -> ReportEdge) {
    rowCount = count
    self.row = row
  }

  /// Stored rows.
  public init(_ rows: [ReportEdge]) {
    self.init(count: rows.count) { rows[$0] }
  }

  /// Stored rows.
  public init(arrayLiteral rows: ReportEdge...) {
    self.init(rows)
  }

  /// 0.
  public var startIndex: Int { 0 }
  /// The number of rows.
  public var endIndex: Int { rowCount }

  /// The row at `position`.
  public subscript(position: Int) -> ReportEdge { row(position) }

  /// Equal when the rows are equal, however they are made.
  public static func == (lhs: ReportEdges, rhs: ReportEdges) -> Bool {
    lhs.count == rhs.count && lhs.elementsEqual(rhs)
  }

  /// Hashes every row.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rowCount)
    for edge in self { hasher.combine(edge) }
  }
}
