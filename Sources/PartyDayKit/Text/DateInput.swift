import Foundation

/// The one reader of dates and times a person types — in forms, in a roster file, on the
/// command line. Lenient about the forms people use, strict about the calendar: a day
/// that does not exist, or a form that could mean two days, is refused.
public enum DateInput {
    /// The forms accepted, to show with a refusal.
    public static let acceptedDays = "2026-11-10, 2026/11/10, 2026.11.10, 11-10, 11/10, 2026年11月10日, 11月10日, today, yesterday, tomorrow, 今天, 昨天, 明天"
    /// A few of them, for a message that must stay on one line.
    public static let examples = "e.g. 2026-11-10, 2026/11/10, 2026年11月10日"
    public static let acceptedTimes = "9:00, 09:00, 14:30, 9点, 9点半, 14点30分"

    /// A day; `today` gives the year where it is left out, and the day for the words.
    /// Years outside `Day.supportedYears` are refused like any impossible date.
    public static func day(_ text: String, today: Day) -> Day? {
        anyDay(text, today: today).flatMap { $0.isSupported ? $0 : nil }
    }

    private static func anyDay(_ text: String, today: Day) -> Day? {
        let input = halfwidth(text).trimmingCharacters(in: .whitespaces).lowercased()
        switch input {
        case "today", "今天", "今日": return today
        case "yesterday", "昨天", "昨日": return today.adding(days: -1)
        case "tomorrow", "明天", "明日": return today.adding(days: 1)
        case "前天": return today.adding(days: -2)
        case "后天": return today.adding(days: 2)
        default: break
        }
        if input.contains("年") || input.contains("月") { return chineseDay(input, today: today) }
        if input.count == 8, input.allSatisfy(\.isASCIIDigit) {
            return Day(year: Int(input.prefix(4))!, month: Int(input.dropFirst(4).prefix(2))!, day: Int(input.suffix(2))!)
        }
        let parts = input.split(whereSeparator: { "-/.".contains($0) }).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) && $0.count <= 4 }) else { return nil }
        switch parts.count {
        case 3 where parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2:
            return Day(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
        case 2 where parts[0].count <= 2 && parts[1].count <= 2:
            return Day(year: today.year, month: Int(parts[0])!, day: Int(parts[1])!)
        default:
            // 10/11/2026 reads as 10 November in China and 11 October elsewhere: refused.
            return nil
        }
    }

    /// Minutes after midnight.
    public static func time(_ text: String) -> Int? {
        var input = halfwidth(text).trimmingCharacters(in: .whitespaces)
        var minutes = 0
        if input.hasSuffix("半") { minutes = 30; input.removeLast() }
        if input.hasSuffix("分") { input.removeLast() }
        let hourAndMinute: [String]
        if let mark = input.firstIndex(where: { $0 == "点" || $0 == "时" }) {
            let hour = String(input[..<mark]), rest = String(input[input.index(after: mark)...])
            if !rest.isEmpty && minutes != 0 { return nil }
            hourAndMinute = rest.isEmpty ? [hour] : [hour, rest]
        } else {
            hourAndMinute = input.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard hourAndMinute.count == 2, hourAndMinute[1].count == 2 else { return nil }
        }
        guard let hourText = hourAndMinute.first, (1...2).contains(hourText.count), hourText.allSatisfy(\.isASCIIDigit),
              let hours = Int(hourText), (0...23).contains(hours) else { return nil }
        if hourAndMinute.count == 2 {
            guard (1...2).contains(hourAndMinute[1].count), hourAndMinute[1].allSatisfy(\.isASCIIDigit),
                  let value = Int(hourAndMinute[1]), (0...59).contains(value) else { return nil }
            minutes = value
        }
        return hours * 60 + minutes
    }

    /// A day and a time (`2026-11-13 14:30`, `11/13 14:30`, `昨天 14:30`, `2026年11月13日14点30分`);
    /// a day alone means midnight.
    public static func dateTime(_ text: String, today: Day, in zone: TimeZone) -> Date? {
        let input = halfwidth(text).trimmingCharacters(in: .whitespaces)
        var dayText = input, timeText = ""
        if let space = input.lastIndex(of: " ") {
            dayText = String(input[..<space]).trimmingCharacters(in: .whitespaces)
            timeText = String(input[input.index(after: space)...])
        } else if let mark = input.lastIndex(where: { $0 == "日" || $0 == "号" }), mark != input.index(before: input.endIndex) {
            dayText = String(input[...mark])
            timeText = String(input[input.index(after: mark)...])
        } else if let word = ["今天", "昨天", "明天", "前天", "后天"].first(where: { input.hasPrefix($0) && input.count > $0.count }) {
            dayText = word
            timeText = String(input.dropFirst(word.count))
        }
        guard let day = day(dayText, today: today) else { return nil }
        var minutes = 0
        if !timeText.isEmpty {
            guard let value = time(timeText) else { return nil }
            minutes = value
        }
        return day.start(in: zone).addingTimeInterval(Double(minutes * 60))
    }

    private static func chineseDay(_ input: String, today: Day) -> Day? {
        // 2026年11月10日, 11月10日, 2026年11月10号; the day mark may be left out.
        var rest = Substring(input)
        var year = today.year
        if let mark = rest.firstIndex(of: "年") {
            let text = rest[..<mark]
            guard text.count == 4, text.allSatisfy(\.isASCIIDigit) else { return nil }
            year = Int(text)!
            rest = rest[rest.index(after: mark)...]
        }
        guard let monthMark = rest.firstIndex(of: "月") else { return nil }
        let monthText = rest[..<monthMark]
        var dayText = rest[rest.index(after: monthMark)...]
        if dayText.hasSuffix("日") || dayText.hasSuffix("号") { dayText = dayText.dropLast() }
        guard (1...2).contains(monthText.count), monthText.allSatisfy(\.isASCIIDigit),
              (1...2).contains(dayText.count), dayText.allSatisfy(\.isASCIIDigit) else { return nil }
        return Day(year: year, month: Int(monthText)!, day: Int(dayText)!)
    }

    /// Fullwidth digits and punctuation from an input method, as ASCII.
    static func halfwidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0)! : (scalar.value == 0x3000 ? " " : scalar)
        }))
    }
}
