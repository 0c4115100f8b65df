import TrustmapModel

/// ISO 8601 (W3C profile) and epoch-seconds parsing for `Date*` operators, without Foundation.
enum DateParser {
  /// Seconds since the epoch, or nil.
  ///
  /// Accepts `2025-01-15`, `2025-01-15T10:00Z`, `2025-01-15T10:00:00.5+02:00` and plain numbers
  /// (epoch seconds).
  static func epochSeconds(_ text: String) -> Double? {
    if let number = Double(text), !text.containsASCII("-") || text.hasPrefix("-") { return number }
    let bytes = Array(text.utf8)
    var reader = DigitReader(bytes: bytes)
    guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2),
      reader.skip("-"), let day = reader.number(2)
    else { return nil }
    var seconds = Double(daysFromCivil(year, month, day)) * 86_400
    guard reader.atEnd || reader.skip("T") || reader.skip("t") else { return nil }
    if reader.atEnd { return seconds }
    guard let hour = reader.number(2), reader.skip(":"), let minute = reader.number(2) else {
      return nil
    }
    seconds += Double(hour * 3600 + minute * 60)
    if reader.skip(":") {
      guard let second = reader.number(2) else { return nil }
      seconds += Double(second)
      if reader.skip(".") { seconds += reader.fraction() }
    }
    guard let offset = reader.zoneOffset() else { return nil }
    return seconds - Double(offset)
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` for epoch seconds.
  static func iso8601(_ epochSeconds: Double) -> String {
    var total = Int64(epochSeconds)  // truncates toward zero; step down for negative fractions
    if Double(total) > epochSeconds { total -= 1 }
    let days = Int(total >= 0 ? total / 86_400 : (total - 86_399) / 86_400)
    let rest = Int(total - Int64(days) * 86_400)
    let (year, month, day) = civilFromDays(days)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return
      "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
  }

  /// Howard Hinnant's days-from-civil.
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

private struct DigitReader {
  let bytes: [UInt8]
  var index = 0

  var atEnd: Bool { index == bytes.count }

  mutating func number(_ count: Int) -> Int? {
    guard index + count <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[index..<index + count] {
      guard byte >= 48, byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    index += count
    return value
  }

  mutating func skip(_ character: Character) -> Bool {
    guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else {
      return false
    }
    index += 1
    return true
  }

  mutating func fraction() -> Double {
    var scale = 0.1
    var value = 0.0
    while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
      value += Double(bytes[index] - 48) * scale
      scale /= 10
      index += 1
    }
    return value
  }

  /// Seconds east of UTC; nil when malformed.
  mutating func zoneOffset() -> Int? {
    if atEnd || skip("Z") || skip("z") { return atEnd ? 0 : nil }
    let sign: Int
    if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
    guard let hours = number(2) else { return nil }
    _ = skip(":")
    let minutes = number(2) ?? 0
    return atEnd ? sign * (hours * 3600 + minutes * 60) : nil
  }
}
