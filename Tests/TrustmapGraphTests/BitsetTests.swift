import Testing
import TrustmapGraph

@Suite("Bitset")
struct BitsetTests {
  @Test func insertContainsCountAndMembers() {
    var set = Bitset(capacity: 130)
    for member in [0, 63, 64, 129, 64] { set.insert(member) }
    #expect(set.count == 4)
    #expect(set.members == [0, 63, 64, 129])
    #expect(set.contains(63) && !set.contains(62))
    #expect(!set.contains(130) && !set.contains(-1))
    set.remove(63)
    #expect(set.members == [0, 64, 129])
  }

  @Test func unionCombinesMembers() {
    let left = Bitset(capacity: 200, members: [1, 100])
    let right = Bitset(capacity: 200, members: [100, 199])
    #expect(left.union(right).members == [1, 100, 199])
    #expect(Bitset(capacity: 200).isEmpty)
    #expect(!left.isEmpty)
  }
}
