import Foundation

/// Dates shown and typed as text in a time zone, computed without Calendar on the hot
/// path: the screen formats dozens of dates per keystroke.
public enum DateText {
    /// `2026-11-10 09:00`
    public static func dateTime(_ date: Date, in zone: TimeZone) -> String {
        let (day, minutes) = split(date, zone)
        return "\(day) \(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// `09:00`
    public static func time(_ date: Date, in zone: TimeZone) -> String {
        let minutes = split(date, zone).1
        return "\(two(minutes / 60)):\(two(minutes % 60))"
    }

    public static func day(_ date: Date, in zone: TimeZone) -> Day { split(date, zone).0 }

    /// Parses `YYYY-MM-DD HH:MM` (or `YYYY-MM-DD`, meaning midnight) in `zone`.
    public static func parseDateTime(_ text: String, in zone: TimeZone) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let day = Day(String(parts[0])) else { return nil }
        var minutes = 0
        if parts.count == 2 {
            guard let value = parseTime(String(parts[1])) else { return nil }
            minutes = value
        }
        return day.start(in: zone).addingTimeInterval(Double(minutes * 60))
    }

    /// Minutes after midnight for `HH:MM`; nil for 25:00 or 12:60.
    public static func parseTime(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
        return hours * 60 + minutes
    }

    /// The widest instant handled, about ±29 million years: far beyond any year a record may
    /// hold, and small enough that no arithmetic below overflows.
    private static let widest = 1e15

    private static func split(_ date: Date, _ zone: TimeZone) -> (Day, Int) {
        var interval = date.timeIntervalSince1970
        if !interval.isFinite { interval = 0 }
        interval = min(max(interval, -widest), widest)
        let seconds = Int(interval.rounded(.down)) + zone.secondsFromGMT(for: Date(timeIntervalSince1970: interval))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let minutes = (seconds - days * 86_400) / 60
        return (civilDay(days), minutes)
    }

    /// A calendar day to days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysSinceEpoch(_ day: Day) -> Int {
        let year = day.month <= 2 ? day.year - 1 : day.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yoe = year - era * 400
        let doy = (153 * (day.month > 2 ? day.month - 3 : day.month + 9) + 2) / 5 + day.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Days since 1970-01-01 to a calendar day (Howard Hinnant's algorithm). Total: a
    /// year outside 1–9999 is still a day here; records refuse it on their own.
    static func civilDay(_ daysSinceEpoch: Int) -> Day {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return Day(unchecked: year, month: month, day: day)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
