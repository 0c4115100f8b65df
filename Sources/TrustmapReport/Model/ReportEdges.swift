/// The rows of `edges.csv`: a stored list (tests, small reports) or rows made on demand from
/// the trust graph, so millions of edges are never held as row values all at once.
public struct ReportEdges: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  private let rowCount: Int
  private let batch: @Sendable (Range<Int>) -> [ReportEdge]

  /// Rows made on demand, a range at a time: `rows(range)` gives the rows at the positions of
  /// `range`, a subrange of `0..<count` (the same values every time).
  public init(count: Int, rows: @escaping @Sendable (Range<Int>) -> [ReportEdge]) {
    rowCount = count
    batch = rows
  }

  /// Stored rows.
  public init(_ rows: [ReportEdge]) {
    self.init(count: rows.count) { Array(rows[$0]) }
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
  public subscript(position: Int) -> ReportEdge { batch(position..<position + 1)[0] }

  /// The rows at the positions of `range` (cheaper per row than one at a time).
  public func rows(_ range: Range<Int>) -> [ReportEdge] { batch(range) }

  /// Equal when the rows are equal, however they are made.
  public static func == (lhs: ReportEdges, rhs: ReportEdges) -> Bool {
    lhs.count == rhs.count && lhs.rows(0..<lhs.count) == rhs.rows(0..<rhs.count)
  }

  /// Hashes every row.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rowCount)
    for edge in rows(0..<rowCount) { hasher.combine(edge) }
  }
}
