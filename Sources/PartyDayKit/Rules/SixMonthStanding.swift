/// How a member stood in one calendar month, for the six-month rule.
public enum MonthAttendance: String, Equatable, Sendable {
    /// Attended (present, late or left early) at least one meeting.
    case attended
    /// Expected at least once, attended none, and at least one absence had no reason.
    case unexcused
    /// Expected, attended none, and every absence had a proper reason or leave.
    case excused
    /// Expected at no meeting (no meeting, or left out of every expected count).
    case empty
}

/// A member under the six-month rule on one day: the run of months since the last
/// attended month, and the warning its unexcused months reach.
public struct SixMonthStanding: Equatable, Sendable {
    /// The last month the member attended a meeting, or nil when never (in the records).
    public var lastAttendedMonth: YearMonth?
    /// The run: unexcused months in a row, counted back from the latest month the member
    /// was expected; an attended or excused month ends it, an empty month is passed over.
    public var unexcusedMonths: Int
    /// Excused months since the last attended month (a long sick leave is shown, never escalated).
    public var excusedMonths: Int
    /// The first and last unexcused months of the run.
    public var firstUnexcused: YearMonth?
    public var lastUnexcused: YearMonth?
    public var level: WarningLevel
    /// Every month the records say anything about, up to the day asked about.
    public var months: [YearMonth: MonthAttendance]

    public static let clear = SixMonthStanding(lastAttendedMonth: nil, unexcusedMonths: 0, excusedMonths: 0,
                                               firstUnexcused: nil, lastUnexcused: nil, level: .none, months: [:])

    /// Works the standing out from the month ledger. The Constitution's six months are
    /// *consecutive* months without proper reason: an excused month (leave for what was
    /// held) ends the run as an attended one does; an empty month (nothing held that the
    /// member was expected at) neither counts nor ends it.
    public init(months: [YearMonth: MonthAttendance], ladder: WarningLadder) {
        var unexcused = 0, excused = 0
        var first: YearMonth?, last: YearMonth?, lastAttended: YearMonth?
        var runGoesOn = true
        for month in months.keys.sorted(by: >) {
            switch months[month]! {
            case .attended:
                lastAttended = month
            case .unexcused:
                if runGoesOn {
                    unexcused += 1
                    first = month
                    if last == nil { last = month }
                }
            case .excused:
                excused += 1
                runGoesOn = false
            case .empty:
                break
            }
            if lastAttended != nil { break }
        }
        self.init(lastAttendedMonth: lastAttended, unexcusedMonths: unexcused, excusedMonths: excused,
                  firstUnexcused: first, lastUnexcused: last, level: ladder.level(unexcusedMonths: unexcused), months: months)
    }

    init(lastAttendedMonth: YearMonth?, unexcusedMonths: Int, excusedMonths: Int, firstUnexcused: YearMonth?,
         lastUnexcused: YearMonth?, level: WarningLevel, months: [YearMonth: MonthAttendance]) {
        self.lastAttendedMonth = lastAttendedMonth
        self.unexcusedMonths = unexcusedMonths
        self.excusedMonths = excusedMonths
        self.firstUnexcused = firstUnexcused
        self.lastUnexcused = lastUnexcused
        self.level = level
        self.months = months
    }
}

/// Builds one member's month ledger as meetings are fed to it.
struct MonthLedger {
    fileprivate struct Tally {
        var attended = false
        var expected = false
        var unexcused = false
    }

    private var tallies: [YearMonth: Tally] = [:]

    mutating func add(_ row: ParticipantSummary, in month: YearMonth) {
        tallies[month, default: Tally()].record(row)
    }

    var months: [YearMonth: MonthAttendance] {
        tallies.mapValues { tally in
            if tally.attended { return .attended }
            if !tally.expected { return .empty }
            return tally.unexcused ? .unexcused : .excused
        }
    }
}

private extension MonthLedger.Tally {
    mutating func record(_ row: ParticipantSummary) {
        // Left out of the expected count: the month is touched but nothing is expected.
        guard row.status != .excluded else { return }
        expected = true
        if row.status.attended {
            attended = true
        } else if !row.status.isExcusedAbsence {
            // Absent without reason, or never marked in a concluded meeting: nothing
            // recorded is no proper reason.
            unexcused = true
        }
    }
}
