/// ISO 8601 timestamps in the AWS CLI v2 form (`2021-07-08T18:24:49+00:00`), from epoch
/// seconds, without Foundation's calendar (the output must not depend on the host).
enum Timestamp {
  /// 2018-01-01T00:00:00Z: generated dates fall after this.
  static let epochBase = 1_514_764_800
  /// About six years of seconds: the spread of generated dates.
  static let spread = 6 * 365 * 86_400

  /// A date somewhere in the generation window.
  static func random(_ random: inout SplitMix64) -> String {
    iso(epochBase + random.below(spread))
  }

  /// The ISO text of `seconds` since 1970 (UTC).
  static func iso(_ seconds: Int) -> String {
    let days = seconds / 86_400
    let remainder = seconds % 86_400
    let (year, month, day) = civil(fromDays: days)
    let time = [remainder / 3600, remainder / 60 % 60, remainder % 60].map(twoDigits)
    return "\(year)-\(twoDigits(month))-\(twoDigits(day))T\(time.joined(separator: ":"))+00:00"
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
  private static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
