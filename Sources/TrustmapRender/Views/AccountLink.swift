/// All principal-level edges between one pair of accounts, aggregated and scored.
struct AccountLink: Hashable {
  let from: String
  let to: String
  var count = 0
  var adminCount = 0
  var conditionalCount = 0
  var publicCount = 0
  /// Whether the link leads into a more sensitive tier (lower number).
  var climbsTier = false

  /// Orders links by what a reviewer must see first.
  var severity: Int {
    (publicCount > 0 ? 8 : 0) + (adminCount > 0 ? 4 : 0) + (climbsTier ? 2 : 0)
      + (conditionalCount < count ? 1 : 0)
  }

  /// Aggregates `links` per (from, to) pair, skipping links within one account.
  static func aggregate(_ links: [OverviewLink], tiers: [String: Int]) -> [AccountLink] {
    var byPair: [Pair: AccountLink] = [:]
    for link in links where link.from != link.to {
      let key = Pair(from: link.from, to: link.to)
      var entry = byPair[key] ?? AccountLink(from: link.from, to: link.to)
      entry.count += link.count
      entry.adminCount += link.intoAdmin ? link.count : 0
      entry.conditionalCount += link.isConditional ? link.count : 0
      entry.publicCount += link.isPublic ? link.count : 0
      byPair[key] = entry
    }
    return byPair.values.map { link in
      var link = link
      if let target = tiers[link.to] {
        link.climbsTier = target < (tiers[link.from] ?? Int.max)
      }
      return link
    }
    .sorted {
      (-$0.severity, -$0.count, $0.from, $0.to) < (-$1.severity, -$1.count, $1.from, $1.to)
    }
  }

  private struct Pair: Hashable {
    let from: String
    let to: String
  }
}
