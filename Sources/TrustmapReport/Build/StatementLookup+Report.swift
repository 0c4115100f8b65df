import TrustmapAnalysis
import TrustmapPolicy

extension StatementLookup {
  /// The reference for `location`, with the statement's JSON pretty printed; the JSON says so
  /// when the document cannot be found.
  func reference(_ location: StatementLocation) -> StatementRef {
    let source = location.source
    return StatementRef(
      policyName: Self.policyName(source), source: Self.describe(source), index: location.index,
      sid: location.sid,
      json: statement(location)?.prettyText ?? "(statement not found in the imported documents)")
  }
}
