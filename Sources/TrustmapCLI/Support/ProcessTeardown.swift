import Synchronization

/// Lets the `trustmap` executable skip freeing its large values at exit.
///
/// A 500-account run holds millions of small objects (model, engine, graph); releasing them
/// one by one when a command returns took seconds, and the operating system reclaims the
/// whole process anyway. Libraries and tests leave this off, so nothing leaks there.
public enum ProcessTeardown {
  private static let state = Mutex<(skip: Bool, kept: [Any])>((false, []))

  /// Called once by the executable: from now on `keep` holds values until the process exits.
  public static func skipFreeingAtExit() {
    state.withLock { $0.skip = true }
  }

  /// Keeps `value` alive until exit when skipping is on; otherwise does nothing.
  static func keep(_ value: Any) {
    state.withLock { state in
      if state.skip { state.kept.append(value) }
    }
  }
}
