import Testing

@testable import TrustmapCLI

/// Only the executable turns teardown skipping on; in libraries and tests `keep` holds nothing.
@Suite("Process teardown")
struct ProcessTeardownTests {
  final class Probe {}

  @Test("keep does not hold values unless the executable asked for it")
  func keepIsOffByDefault() {
    weak var weakProbe: Probe?
    do {
      let probe = Probe()
      weakProbe = probe
      ProcessTeardown.keep(probe)
    }
    #expect(weakProbe == nil)
  }
}
