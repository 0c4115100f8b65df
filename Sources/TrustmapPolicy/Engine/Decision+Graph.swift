/// Decisions for layers above the engine (display-only graph edges such as group membership).
extension Decision {
  /// An allowed decision with no provenance: for edges that are facts of the export (a user's
  /// group membership), not evaluations.
  public static var fact: Decision {
    Decision(verdict: .allowed, provenance: [], attributes: EdgeAttributes())
  }
}
