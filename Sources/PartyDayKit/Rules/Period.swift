import Foundation

/// A calendar month, the unit of the six-month rule.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init(_ day: Day) {
        self.init(year: day.year, month: day.month)
    }

    public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }
    public var quarter: Int { (month - 1) / 3 + 1 }
    public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }
    public var previous: YearMonth { month == 1 ? YearMonth(year: year - 1, month: 12) : YearMonth(year: year, month: month - 1) }
    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    /// Months from `self` to `other`, counting both ends; 0 when `other` is earlier.
    public func months(through other: YearMonth) -> Int {
        max(0, (other.year - year) * 12 + other.month - month + 1)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// A span of whole days, both ends included, in the branch's time zone.
public struct Period: Equatable, Sendable, CustomStringConvertible {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    public static func year(_ year: Int) -> Period {
        Period(from: Day(year: year, month: 1, day: 1)!, to: Day(year: year, month: 12, day: 31)!)
    }

    public static func quarter(_ quarter: Int, of year: Int) -> Period {
        let first = YearMonth(year: year, month: (quarter - 1) * 3 + 1)
        return Period(from: first.firstDay, to: YearMonth(year: year, month: first.month + 2).lastDay)
    }

    public static func month(_ month: YearMonth) -> Period {
        Period(from: month.firstDay, to: month.lastDay)
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }

    public var description: String { "\(from) – \(to)" }
}
