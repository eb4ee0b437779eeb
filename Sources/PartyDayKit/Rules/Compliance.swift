import Foundation

/// Where one duty stands in one period.
public enum DutyStatus: String, Codable, Equatable, Sendable {
    /// At least one concluded meeting of the type was held in the period.
    case held
    /// The period is over and none was held.
    case missing
    /// The period is running and none has been held yet.
    case due
    /// The period has not begun.
    case upcoming
    /// Nothing is owed (a branch without a committee owes no committee meetings).
    case notOwed = "not-owed"
    /// The period ended before the first meeting recorded in partyday: the records say
    /// nothing about it, so it is not judged (a branch that starts using partyday in
    /// November has not "missed" January).
    case beforeRecords = "before-records"
}

/// One period of one duty: e.g. the theme Party Day of 2026-03.
public struct DutyPeriod: Equatable, Sendable {
    /// `2026-03`, `2026-Q1` or `2026`.
    public var label: String
    public var period: Period
    public var status: DutyStatus
    /// Days of the concluded meetings that count for it.
    public var held: [Day]
    /// Days of planned or unfinished meetings in the period.
    public var planned: [Day]
}

/// One duty the branch's rules set: a type (for party group meetings, one line per group).
public struct DutyLine: Equatable, Sendable {
    public var type: MeetingType
    public var partyGroup: PartyGroup?
    public var frequency: Frequency
    public var periods: [DutyPeriod]

    public var heldCount: Int { periods.filter { $0.status == .held }.count }
    /// Periods judged so far: held, missing or due now.
    public var owedCount: Int { periods.filter { [.held, .missing, .due].contains($0.status) }.count }
    public var missing: [DutyPeriod] { periods.filter { $0.status == .missing } }
    /// The period that contains `day`.
    public func period(containing day: Day) -> DutyPeriod? { periods.first { $0.period.contains(day) } }
}

/// What the branch owes for a year under its duty rules, and what it held.
public struct ComplianceReport: Sendable {
    public var year: Int
    public var today: Day
    /// The day of the first meeting recorded, in any year; nil when there is none.
    public var recordsStart: Day?
    public var lines: [DutyLine]
    /// Why some type is owed nowhere this year (no committee, no party groups).
    public var notes: [ComplianceNote]

    public enum ComplianceNote: Equatable, Sendable {
        case noCommittee(fullMembers: Int)
        case noPartyGroups
    }

    /// The smallest branch with a committee (rules page: 7 or more full members).
    public static let committeeThreshold = 7

    public init(branch: BranchProfile, members: [Member], summaries: [MeetingSummary], year: Int, today: Day) {
        self.year = year
        self.today = today
        let zone = branch.timeZone
        let roster = Roster(members: members)
        let yearPeriod = Period.year(year)
        var byType: [MeetingType: [Held]] = [:]
        var first: Day?
        for summary in summaries {
            let day = summary.day(in: zone)
            // A meeting held after the day judged (`--as-of`) did not count yet; one
            // planned for later is still shown as planned.
            if summary.isHeld && day > today { continue }
            if first.map({ day < $0 }) ?? true { first = day }
            for type in summary.types {
                // A yearly evaluation held in January for last year counts in last year.
                var countsOn = day
                if branch.frequency(of: type) == .yearly, summary.dutyYear(for: type, held: day) != day.year {
                    countsOn = Day(year: summary.dutyYear(for: type, held: day), month: 12, day: 31) ?? day
                }
                guard yearPeriod.contains(countsOn) else { continue }
                byType[type, default: []].append(Held(day: day, countsOn: countsOn, summary: summary))
            }
        }
        recordsStart = first
        // Without any meeting the records begin today.
        let judgedFrom = first ?? today
        var lines: [DutyLine] = []
        var notes: [ComplianceNote] = []
        for type in MeetingType.allCases {
            let frequency = branch.frequency(of: type)
            guard frequency != .never else { continue }
            let meetings = byType[type] ?? []
            if type == .partyGroupMeeting {
                if branch.partyGroups.isEmpty { notes.append(.noPartyGroups); continue }
                // A dissolved group owes nothing for the periods that begin after it ended.
                for group in branch.partyGroups where group.retiredOn.map({ $0 > yearPeriod.from }) ?? true {
                    let own = meetings.filter { $0.summary.partyGroupID == group.id }
                    lines.append(DutyLine(type: type, partyGroup: group, frequency: frequency,
                                          periods: Self.periods(frequency, year: year, today: today, from: judgedFrom, meetings: own) { period in
                                              group.retiredOn.map { period.from < $0 } ?? true
                                          }))
                }
                continue
            }
            var owed: (Period) -> Bool = { _ in true }
            if type == .committeeMeeting {
                owed = { period in roster.fullMemberCount(on: min(period.to, today)) >= Self.committeeThreshold }
                let count = roster.fullMemberCount(on: min(yearPeriod.to, today))
                if count < Self.committeeThreshold { notes.append(.noCommittee(fullMembers: count)) }
            }
            lines.append(DutyLine(type: type, partyGroup: nil, frequency: frequency,
                                  periods: Self.periods(frequency, year: year, today: today, from: judgedFrom, meetings: meetings, owed: owed)))
        }
        self.lines = lines
        self.notes = notes
    }

    /// A meeting of a type, the day it was held and the day its duty period is found by.
    struct Held {
        var day: Day
        var countsOn: Day
        var summary: MeetingSummary
    }

    private static func periods(_ frequency: Frequency, year: Int, today: Day, from judgedFrom: Day,
                                meetings: [Held], owed: (Period) -> Bool) -> [DutyPeriod] {
        let spans: [(String, Period)]
        switch frequency {
        case .monthly:
            spans = (1...12).map { m in
                let month = YearMonth(year: year, month: m)
                return (month.description, Period.month(month))
            }
        case .quarterly: spans = (1...4).map { q in ("\(year)-Q\(q)", Period.quarter(q, of: year)) }
        case .yearly: spans = [("\(year)", Period.year(year))]
        case .never: spans = []
        }
        return spans.map { label, period in
            let inside = meetings.filter { period.contains($0.countsOn) }
            let held = inside.filter { $0.summary.isHeld }.map(\.day).sorted()
            let planned = inside.filter { !$0.summary.isHeld }.map(\.day).sorted()
            let status: DutyStatus
            if !held.isEmpty { status = .held }
            else if !owed(period) { status = .notOwed }
            else if period.to < judgedFrom { status = .beforeRecords }
            else if period.from > today { status = .upcoming }
            else if period.to < today { status = .missing }
            else { status = .due }
            return DutyPeriod(label: label, period: period, status: status, held: held, planned: planned)
        }
    }

    /// The duties of the periods running on `today`: this month's, this quarter's, this year's.
    public func current(_ frequency: Frequency) -> [(line: DutyLine, period: DutyPeriod)] {
        lines.filter { $0.frequency == frequency }.compactMap { line in
            line.period(containing: today).map { (line, $0) }
        }.filter { $0.period.status != .notOwed }
    }

    /// Periods of this year already over with nothing held.
    public var missed: [(line: DutyLine, period: DutyPeriod)] {
        lines.flatMap { line in line.missing.map { (line, $0) } }
    }
}
