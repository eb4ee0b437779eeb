import Foundation

/// A date as a roster file from an organization department holds it: a whole day in any
/// form `DateInput` reads, an Excel date cell (its serial number), or only a year and a
/// month — `1998.07`, `1998-7`, `2006年12月`, and `2008.1`, a month typed as a number —
/// which is read as the first of that month (and said so, since the day is not known).
public struct RosterDate: Equatable, Sendable {
    public var day: Day
    /// The file gave a year and month only; `day` is the first of the month.
    public var monthOnly: Bool
    /// A month typed as a number (`2008.1`): January, though October (`2008.10`) shows the
    /// same once Excel drops the trailing zero — worth a look.
    public var typedAsNumber: Bool

    public static func read(_ text: String, today: Day) -> RosterDate? {
        let input = DateInput.halfwidth(text).trimmingCharacters(in: .whitespaces)
        guard !input.isEmpty else { return nil }
        if let day = DateInput.day(input, today: today), !isYearAndMonth(input) {
            return RosterDate(day: day, monthOnly: false, typedAsNumber: false)
        }
        if let serial = excelSerialDay(input) { return RosterDate(day: serial, monthOnly: false, typedAsNumber: false) }
        return yearAndMonth(input)
    }

    /// `1998.07`, `1998-7`, `1998/07`, `2008.1`, `2006年12月` (`份` allowed after it).
    private static func yearAndMonth(_ input: String) -> RosterDate? {
        var text = input
        if text.hasSuffix("份") { text.removeLast() }
        let chinese = text.contains("年")
        if chinese {
            guard text.hasSuffix("月") else { return nil }
            text = String(text.dropLast()).replacingOccurrences(of: "年", with: "-")
        }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { "-/.".contains($0) }).map(String.init)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Day(year: year, month: month, day: 1), day.isSupported else { return nil }
        let dotted = !chinese && text.contains(".")
        return RosterDate(day: day, monthOnly: true, typedAsNumber: dotted && parts[1].count == 1 && month == 1)
    }

    private static func isYearAndMonth(_ input: String) -> Bool { yearAndMonth(input) != nil }

    /// A workbook's date cell read as its number: days since 30 December 1899.
    static func excelSerialDay(_ text: String) -> Day? {
        guard (5...6).contains(text.count), let serial = Int(text), (1...2_958_465).contains(serial) else { return nil }
        return Day(year: 1899, month: 12, day: 30)!.adding(days: serial)
    }
}
