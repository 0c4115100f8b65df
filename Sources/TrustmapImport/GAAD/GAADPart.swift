import TrustmapModel

/// What one GAAD file contributes to its account, before pages and duplicates are merged.
struct GAADPart: Sendable {
  var file: String
  var accountID: AccountID
  var users: [User] = []
  var groups: [Group] = []
  var roles: [Role] = []
  var policies: [ManagedPolicy] = []
  /// FMT-1: the lists this file carried.
  var exportedLists: Set<EntityList> = []
  /// FMT-2: `IsTruncated`, `Marker` or `NextToken` seen.
  var isTruncated = false
  var diagnostics: [Diagnostic] = []
}
