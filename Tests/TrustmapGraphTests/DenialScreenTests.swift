import Testing

@testable import TrustmapGraph

/// The per-role switch to verdict screening: on only once denials are frequent.
@Suite("Denial screen")
struct DenialScreenTests {
  static func screen(_ outcomes: [Bool]) -> DenialScreen {
    var screen = DenialScreen()
    for denied in outcomes { screen.record(denied: denied) }
    return screen
  }

  @Test("off while fewer than 16 decisions were made, however many were denied")
  func needsSixteen() {
    #expect(!Self.screen(Array(repeating: true, count: 15)).isOn)
    #expect(Self.screen(Array(repeating: true, count: 16)).isOn)
  }

  @Test("on at one denial in five, off below")
  func threshold() {
    let fifth = (0..<20).map { $0 % 5 == 0 }
    #expect(Self.screen(fifth).isOn)
    let fewer = (1...40).map { $0 % 6 == 0 }
    #expect(!Self.screen(fewer).isOn)
  }

  @Test("stays on once on")
  func sticky() {
    let outcomes = Array(repeating: true, count: 16) + Array(repeating: false, count: 200)
    #expect(Self.screen(outcomes).isOn)
  }
}
