/// Positions of node ids in a node array: an open-addressing table keyed by a word-at-a-time
/// hash of the id's UTF-8 bytes.
///
/// The graph looks up both endpoints of millions of edges. A `[NodeID: Int]` lookup hashes
/// the whole id with SipHash through `String.hash(into:)` (some 850 instructions for an
/// ARN); this hash reads the bytes eight at a time. Ids are compared with `==` on a hit, so a
/// collision costs a probe, never a wrong answer. Memory: one `Int32` per slot, at most half
/// the slots used; the ids are read from the node array itself.
struct NodePositions: Sendable {
  private let nodes: [GraphNode]
  private let slots: [Int32]
  private let mask: Int

  /// Indexes `nodes`; the first node of a repeated id keeps it.
  init(_ nodes: [GraphNode]) {
    precondition(nodes.count < Int(Int32.max), "too many nodes for 32-bit positions")
    var size = 16
    while size < nodes.count * 2 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    let mask = size - 1
    for (position, node) in nodes.enumerated() {
      var slot = Self.hash(node.id) & mask
      var isNew = true
      while slots[slot] >= 0 {
        if nodes[Int(slots[slot])].id == node.id {
          isNew = false
          break
        }
        slot = (slot + 1) & mask
      }
      if isNew { slots[slot] = Int32(position) }
    }
    self.nodes = nodes
    self.slots = slots
    self.mask = mask
  }

  /// The position of the node with `id`, if any.
  func position(of id: NodeID) -> Int? {
    var slot = Self.hash(id) & mask
    while slots[slot] >= 0 {
      let position = Int(slots[slot])
      if nodes[position].id == id { return position }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// A multiplicative hash of the UTF-8 bytes of `id`, eight bytes at a time.
  static func hash(_ id: NodeID) -> Int {
    var text = id.rawValue
    return text.withUTF8 { bytes -> Int in
      var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
      guard let base = bytes.baseAddress else { return Int(truncatingIfNeeded: hash) }
      var offset = 0
      while offset + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
        hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 32
        offset += 8
      }
      var tail: UInt64 = 0
      while offset < bytes.count {
        tail = tail << 8 | UInt64(bytes[offset])
        offset += 1
      }
      hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
      hash ^= hash >> 29
      return Int(truncatingIfNeeded: hash)
    }
  }
}
