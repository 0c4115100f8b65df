import Testing
import TrustmapModel
import TrustmapPolicy

/// One row of the §6.2 decision table: setup, caller, role and the expected summary.
struct AssumeCase: Sendable, CustomTestStringConvertible {
  let id: String
  let title: String
  let caller: String
  let role: String
  let expected: String
  let setup: @Sendable (inout PolicyFixture) -> Void

  init(
    _ id: String, _ title: String, caller: String = P.alice, role: String, expect expected: String,
    setup: @escaping @Sendable (inout PolicyFixture) -> Void
  ) {
    self.id = id
    self.title = title
    self.caller = caller
    self.role = role
    self.expected = expected
    self.setup = setup
  }

  var testDescription: String { "\(id): \(title)" }

  /// Builds the fixture and decides.
  func decide() -> (Decision, PolicyEngine) {
    var fixture = PolicyFixture()
    setup(&fixture)
    let engine = fixture.engine()
    guard let trustSide = engine.trustSide(for: arn(role)) else {
      fatalError("\(id): no role \(role)")
    }
    return (
      engine.decideChecked(caller: engine.caller(for: arn(caller)), role: trustSide), engine
    )
  }
}
