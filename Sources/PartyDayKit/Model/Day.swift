import Foundation

/// A calendar day with no time of day, written `YYYY-MM-DD` in files.
///
/// Joining dates, due dates and history changes are days, not instants: a member
/// converted "on 15 June" is converted in every time zone the branch might move to.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a record may hold. A date outside them is a typing slip or a damaged
    /// file, and far-off years break calendars and formatting on some platforms.
    public static let supportedYears = 1900...2200

    /// Returns nil for an impossible date such as 2026-02-30 (any year 1–9999 is
    /// accepted here: open-ended periods reach past the supported years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day on which `date` falls in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        self = DateText.day(date, in: timeZone)
    }

    /// A day already known to be valid (computed by the calendar arithmetic of `DateText`).
    init(unchecked year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the day lies in the years a record may hold.
    public var isSupported: Bool { Day.supportedYears.contains(year) }

    /// YYYY-MM-DD. Written digit by digit: `String(format:)` cost microseconds a day, and
    /// reports write thousands of them.
    public var description: String {
        guard (0...9999).contains(year) else { return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)" }
        var bytes: [UInt8] = [48, 48, 48, 48, 45, 48, 48, 45, 48, 48]
        bytes[0] += UInt8(year / 1000)
        bytes[1] += UInt8(year / 100 % 10)
        bytes[2] += UInt8(year / 10 % 10)
        bytes[3] += UInt8(year % 10)
        bytes[5] += UInt8(month / 10 % 10)
        bytes[6] += UInt8(month % 10)
        bytes[8] += UInt8(day / 10 % 10)
        bytes[9] += UInt8(day % 10)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Midnight at the start of this day in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) { return date }
        // Not reached for a valid day; a plain count of days keeps it total all the same.
        return Date(timeIntervalSince1970: Double(DateText.daysSinceEpoch(self)) * 86_400 - Double(timeZone.secondsFromGMT()))
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        DateText.civilDay(DateText.daysSinceEpoch(self) + count)
    }

    /// The same day `count` months later, or the month's last day when it has no such day
    /// (a month after 31 January is 28 or 29 February): how "within a month" is counted.
    public func adding(months count: Int) -> Day {
        let index = year * 12 + (month - 1) + count
        let newYear = index / 12, newMonth = index % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))!
    }

    /// Days from this day to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { DateText.daysSinceEpoch(other) - DateText.daysSinceEpoch(self) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.worded(in: container, Wording("'\(text)' is not a date of the form YYYY-MM-DD", "“\(text)”不是 YYYY-MM-DD 格式的日期"))
        }
        guard day.isSupported else {
            throw DecodingError.worded(in: container, Wording("'\(text)' is outside the years \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound)",
                                                              "“\(text)”不在 \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound) 年之间"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
