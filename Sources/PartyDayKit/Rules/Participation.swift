import Foundation

/// What the participation report covers: a period of days and a choice of types.
public struct ParticipationQuery: Equatable, Sendable {
    public var period: Period
    /// Empty means every type. A meeting counts when it carries any chosen type.
    public var types: Set<MeetingType>

    public init(period: Period, types: Set<MeetingType> = []) {
        self.period = period
        self.types = types
    }

    /// This year, every type.
    public static func thisYear(_ today: Day) -> ParticipationQuery {
        ParticipationQuery(period: .year(today.year))
    }

    func matches(_ summary: MeetingSummary) -> Bool {
        types.isEmpty || summary.types.contains { types.contains($0) }
    }
}

/// One member's record over the query's period.
public struct MemberParticipation: Equatable, Sendable, Identifiable {
    public var id: String { memberID }
    public var memberID: String
    public var name: String
    public var category: MemberCategory
    public var isMobile: Bool
    /// On the roster on the day judged (not transferred out, not deceased): only such a
    /// member can be warned under the six-month rule.
    public var isOnRoster = true
    public var expected = 0
    /// Present, late or left early.
    public var attended = 0
    public var late = 0
    public var leftEarly = 0
    public var onLeave = 0
    public var absentExcused = 0
    /// Absent without reason, or never marked at a concluded meeting.
    public var absentUnexcused = 0
    /// Left out of the expected count with a recognised reason.
    public var excluded = 0
    /// Absences made up afterwards (补学); they stay absences.
    public var madeUp = 0
    /// The latest democratic-evaluation grade on or before the day judged, with its year.
    public var lastGrade: (year: Int, grade: EvaluationGrade)? {
        get { lastGradeYear.flatMap { year in lastGradeValue.map { (year, $0) } } }
        set { lastGradeYear = newValue?.year; lastGradeValue = newValue?.grade }
    }
    public var lastGradeYear: Int?
    public var lastGradeValue: EvaluationGrade?
    public var lastAttended: Day?
    public var speeches = 0
    public var pledgesMade = 0
    public var pledgesKept = 0
    public var pledgesOpen = 0
    public var pledgesOverdue = 0
    public var pledgesDropped = 0
    /// Under the six-month rule, on the report's last day (every type counts there).
    public var standing = SixMonthStanding.clear

    /// Attended over expected, nil when the member was expected nowhere.
    public var rate: Double? { expected == 0 ? nil : Double(attended) / Double(expected) }
}

/// Participation of every member over a period, built from meeting summaries only.
public struct ParticipationReport: Sendable {
    public var query: ParticipationQuery
    /// The day the six-month standing and overdue pledges are judged on.
    public var asOf: Day
    public var rows: [MemberParticipation]
    /// The warning thresholds the standings were judged by.
    public var ladder: WarningLadder

    /// Only concluded meetings count. A member is expected at a meeting when its record has
    /// a row for them that is not left out of the count; rows are made from the roster as it
    /// stood on the meeting's day, so scoping by type, group and roster dates is already in them.
    public init(branch: BranchProfile, members: [Member], summaries: [MeetingSummary],
                query: ParticipationQuery, today: Day) {
        self.query = query
        let asOf = min(query.period.to, today)
        self.asOf = asOf
        let zone = branch.timeZone
        // Members are addressed by position: the loop below runs once per attendance row
        // of every meeting (36,000 in the benchmark's decade), so it avoids hashing where it can.
        var position: [String: Int] = [:]
        var rows: [MemberParticipation] = []
        for (index, member) in members.enumerated() {
            position[member.id] = index
            let onRoster = member.snapshot(on: asOf) ?? member.snapshot(on: query.period.from)
            rows.append(MemberParticipation(memberID: member.id, name: member.name,
                                            category: onRoster?.category ?? member.category.changes.last!.value,
                                            isMobile: member.isMobile))
        }
        var ledgers = Array(repeating: MonthLedger(), count: members.count)
        var seenInPeriod = Array(repeating: false, count: members.count)
        for summary in summaries where summary.isHeld {
            let day = summary.day(in: zone)
            // Nothing held after the day judged counts, whatever the period says.
            guard day <= asOf else { continue }
            let month = YearMonth(day)
            let typeMatches = query.matches(summary)
            let counted = typeMatches && query.period.contains(day)
            for row in summary.participants {
                guard let member = position[row.memberID] else { continue }
                if day <= asOf { ledgers[member].add(row, in: month) }
                if typeMatches, row.status.attended, day <= query.period.to, rows[member].lastAttended.map({ $0 < day }) ?? true {
                    rows[member].lastAttended = day
                }
                guard counted else { continue }
                seenInPeriod[member] = true
                Self.count(row, into: &rows[member])
            }
            // The last grade comes from any evaluation up to the day judged, in or before the period.
            if !summary.grades.isEmpty {
                let year = summary.dutyYear(for: .democraticEvaluation, held: day)
                for (id, grade) in summary.grades {
                    guard let member = position[id] else { continue }
                    if rows[member].lastGradeYear.map({ $0 <= year }) ?? true { rows[member].lastGrade = (year, grade) }
                }
            }
            guard counted else { continue }
            for id in summary.madeUpIDs {
                if let member = position[id] { rows[member].madeUp += 1 }
            }
            for speaker in summary.speakerIDs {
                if let member = position[speaker] { rows[member].speeches += 1 }
            }
            for pledge in summary.pledges {
                guard let id = pledge.memberID, let member = position[id] else { continue }
                rows[member].pledgesMade += 1
                switch pledge.status {
                case .kept: rows[member].pledgesKept += 1
                case .dropped: rows[member].pledgesDropped += 1
                case .open:
                    rows[member].pledgesOpen += 1
                    if pledge.isOverdue(today: today) { rows[member].pledgesOverdue += 1 }
                }
            }
        }
        let ladder = branch.ladder
        self.ladder = ladder
        self.rows = members.indices.compactMap { index in
            let member = members[index]
            let onRosterInPeriod = member.snapshot(on: asOf) != nil || member.snapshot(on: query.period.from) != nil
            guard onRosterInPeriod || seenInPeriod[index] else { return nil }
            var row = rows[index]
            row.standing = SixMonthStanding(months: ledgers[index].months, ladder: ladder)
            row.isOnRoster = member.snapshot(on: asOf) != nil
            return row
        }
    }

    private static func count(_ row: ParticipantSummary, into record: inout MemberParticipation) {
        if row.status == .excluded {
            record.excluded += 1
            return
        }
        record.expected += 1
        switch row.status {
        case .present: record.attended += 1
        case .late: record.attended += 1; record.late += 1
        case .leftEarly: record.attended += 1; record.leftEarly += 1
        case .onLeave: record.onLeave += 1
        case .absentExcused: record.absentExcused += 1
        case .absentUnexcused, .unmarked: record.absentUnexcused += 1
        case .excluded: break
        }
    }

    /// Members with a warning under the six-month rule, worst first; mobile members apart.
    public var atRisk: (members: [MemberParticipation], mobile: [MemberParticipation]) {
        let warned = rows.filter { $0.standing.level > .none && $0.isOnRoster }
            .sorted { ($0.standing.unexcusedMonths, $1.name) > ($1.standing.unexcusedMonths, $0.name) }
        return (warned.filter { !$0.isMobile }, warned.filter(\.isMobile))
    }

    /// Members whose current run is long but wholly excused (long leave): shown, never escalated.
    public func excusedRuns(atLeast months: Int) -> [MemberParticipation] {
        rows.filter { $0.isOnRoster && $0.standing.unexcusedMonths == 0 && $0.standing.excusedMonths >= months }
    }
}

/// One line of a member's timeline: a meeting they had a row in.
public struct TimelineEntry: Equatable, Sendable {
    public var meeting: MeetingSummary
    public var row: ParticipantSummary
    public var spoke: Int
    public var pledged: Int
}

extension ParticipationReport {
    /// Every meeting the member had an attendance row in, newest first.
    public static func timeline(memberID: String, summaries: [MeetingSummary]) -> [TimelineEntry] {
        summaries.compactMap { summary in
            guard let row = summary.participants.first(where: { $0.memberID == memberID }) else { return nil }
            return TimelineEntry(meeting: summary, row: row,
                                 spoke: summary.speakerIDs.filter { $0 == memberID }.count,
                                 pledged: summary.pledges.filter { $0.memberID == memberID }.count)
        }.sorted { ($0.meeting.start, $0.meeting.id) > ($1.meeting.start, $1.meeting.id) }
    }
}
