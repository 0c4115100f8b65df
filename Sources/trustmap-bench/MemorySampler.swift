import Foundation

/// Resident memory of this process: current (from `/proc/self/statm`) and the peak of each
/// phase, sampled every few milliseconds on a background thread.
final class MemorySampler: @unchecked Sendable {
  private let lock = NSLock()
  private var peakBytes = 0
  private var running = true
  private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// Starts sampling.
  init() {
    let thread = Thread { [weak self] in
      while let self, self.sample() { usleep(5_000) }
    }
    thread.start()
  }

  /// Stops the sampling thread.
  func stop() {
    lock.lock()
    running = false
    lock.unlock()
  }

  /// Starts a new phase: its peak starts at the current resident size.
  func resetPeak() {
    let now = Self.residentPages() * pageSize
    lock.lock()
    peakBytes = now
    lock.unlock()
  }

  /// The peak resident size since the last `resetPeak()`, in bytes.
  func peak() -> Int {
    _ = sample()
    lock.lock()
    defer { lock.unlock() }
    return peakBytes
  }

  /// Records the current resident size; false once stopped.
  private func sample() -> Bool {
    let now = Self.residentPages() * pageSize
    lock.lock()
    defer { lock.unlock() }
    peakBytes = max(peakBytes, now)
    return running
  }

  /// Resident pages (second field of `/proc/self/statm`); 0 where it does not exist.
  static func residentPages() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? Int(fields[1]) ?? 0 : 0
  }

  /// The process-lifetime peak resident size (`getrusage` maxrss), in bytes.
  static func maxResidentBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) * 1_024
  }
}
