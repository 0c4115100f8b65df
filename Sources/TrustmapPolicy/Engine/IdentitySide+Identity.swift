extension IdentitySide {
  /// The identity of this side's shared storage: equal for copies of one side, so a cheap
  /// set key for the sides of one engine (each ARN has exactly one side there).
  public var objectID: ObjectIdentifier { ObjectIdentifier(storage) }
}
