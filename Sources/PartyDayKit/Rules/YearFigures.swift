import Foundation

/// The figures a secretary's annual report (书记抓党建述职) states, and the work book's
/// summary page: the roster and its changes, the duties held and missed, participation,
/// dues collected and handed over, development, grades, pledges, talks — so the prose is
/// all the secretary writes. Computed from the records alone, as of `asOf` (the year's
/// last day, or the day judged while it runs).
public struct YearFigures: Equatable, Sendable {
    public struct RosterChange: Equatable, Sendable {
        public enum Kind: String, Equatable, Sendable, CaseIterable {
            case joined, converted, transferredIn = "transferred-in", transferredOut = "transferred-out", deceased
            /// 停止党籍, 恢复党籍, 除名 (the general meeting's decisions).
            case stopped = "membership-stopped", restored = "membership-restored", removed
        }

        public var kind: Kind
        public var day: Day
        public var memberID: String
        public var name: String
    }

    public struct Duty: Equatable, Sendable {
        public var type: MeetingType
        public var group: String?
        public var owed: Int
        public var held: Int
        public var missed: Int
    }

    public var year: Int
    public var asOf: Day
    /// On the roster on 1 January and on `asOf`; full and probationary at the end.
    public var membersAtStart: Int
    public var membersAtEnd: Int
    public var fullAtEnd: Int
    public var probationaryAtEnd: Int
    public var mobileAtEnd: Int
    public var changes: [RosterChange]
    public var duties: [Duty]
    /// Meetings held in the year, by type (a joint meeting counts for each of its types).
    public var meetingsByType: [(type: MeetingType, count: Int)]
    public var meetingCount: Int
    /// Attendance over the year's meetings: expected and attended (late and leaving early count as attended).
    public var expected: Int
    public var attended: Int
    public var atRisk: Int
    /// Dues, in fen: owed, collected, handed over, and members owing at the end.
    public var duesDue: Money
    public var duesCollected: Money
    public var duesHandedOver: Money
    public var membersInArrears: Int
    /// Development: people who reached each step in the year.
    public var applications: Int
    public var activists: Int
    public var candidates: Int
    public var admitted: Int
    public var developmentConverted: Int
    /// The democratic evaluation of the year: members graded, by grade.
    public var grades: [(grade: EvaluationGrade, count: Int)]
    public var pledgesMade: Int
    public var pledgesKept: Int
    public var pledgesOpen: Int
    public var talks: Int
    public var talksCoverage: TalkCoverage

    public var attendanceRate: Double? { expected == 0 ? nil : Double(attended) / Double(expected) }
    public var dutiesOwed: Int { duties.map(\.owed).reduce(0, +) }
    public var dutiesHeld: Int { duties.map(\.held).reduce(0, +) }
    public var dutiesMissed: Int { duties.map(\.missed).reduce(0, +) }

    public static func == (lhs: YearFigures, rhs: YearFigures) -> Bool {
        lhs.year == rhs.year && lhs.asOf == rhs.asOf && lhs.changes == rhs.changes && lhs.duties == rhs.duties
            && lhs.meetingsByType.map(\.count) == rhs.meetingsByType.map(\.count) && lhs.expected == rhs.expected && lhs.attended == rhs.attended
            && lhs.duesCollected == rhs.duesCollected && lhs.grades.map(\.count) == rhs.grades.map(\.count) && lhs.talks == rhs.talks
    }

    public init(year: Int, today: Day, branch: BranchProfile, members: [Member], summaries: [MeetingSummary], evaluation: EvaluationReport,
                dues: DuesLedger?, development: [DevelopmentPerson], talks: [Talk]) {
        self.year = year
        let first = Day(year: year, month: 1, day: 1)!, last = Day(year: year, month: 12, day: 31)!
        let asOf = min(today, last)
        self.asOf = asOf
        let atStart = members.compactMap { $0.snapshot(on: first) }
        let atEnd = members.compactMap { member in member.snapshot(on: asOf).map { (member, $0) } }
        membersAtStart = atStart.count
        membersAtEnd = atEnd.count
        fullAtEnd = atEnd.filter { $0.1.category == .full }.count
        probationaryAtEnd = atEnd.count - fullAtEnd
        mobileAtEnd = atEnd.filter { $0.0.isMobile }.count
        changes = Self.changes(members, from: first, to: asOf)

        let compliance = ComplianceReport(branch: branch, members: members, summaries: summaries, year: year, today: today)
        duties = compliance.lines.map { line in
            Duty(type: line.type, group: line.partyGroup?.name, owed: line.owedCount, held: line.heldCount, missed: line.missing.count)
        }
        let zone = branch.timeZone
        let held = summaries.filter { summary in
            let day = Day(summary.start, in: zone)
            return day.year == year && day <= asOf && summary.state != .planned
        }
        meetingCount = held.count
        meetingsByType = MeetingType.allCases.map { type in (type, held.filter { $0.types.contains(type) }.count) }.filter { $0.count > 0 }

        let participation = ParticipationReport(branch: branch, members: members, summaries: summaries,
                                                query: ParticipationQuery(period: .year(year)), today: today)
        expected = participation.rows.map(\.expected).reduce(0, +)
        attended = participation.rows.map(\.attended).reduce(0, +)
        atRisk = participation.atRisk.members.count + participation.atRisk.mobile.count
        pledgesMade = participation.rows.map(\.pledgesMade).reduce(0, +)
        pledgesKept = participation.rows.map(\.pledgesKept).reduce(0, +)
        pledgesOpen = participation.rows.map(\.pledgesOpen).reduce(0, +)
        // Pledges agreed at the year's talks count with the meetings' (as they stood on `asOf`).
        for entry in PledgeLedger.entries(talks: talks) where entry.meetingDay.year == year && entry.meetingDay <= asOf {
            pledgesMade += 1
            switch PledgeLedger.status(entry.pledge, asOf: asOf) {
            case .kept: pledgesKept += 1
            case .open: pledgesOpen += 1
            case .dropped: break
            }
        }

        var due = Money.zero, collected = Money.zero, handed = Money.zero
        if let dues {
            for month in 1...12 {
                let totals = dues.totals(for: YearMonth(year: year, month: month))
                due = due + totals.due
                collected = collected + totals.collected + totals.extra
                handed = handed + totals.handedOver
            }
            membersInArrears = dues.members.filter { $0.snapshot(on: asOf) != nil && !dues.arrears(of: $0).months.isEmpty }.count
        } else {
            membersInArrears = 0
        }
        duesDue = due
        duesCollected = collected
        duesHandedOver = handed

        func reached(_ step: DevelopmentStep) -> Int {
            development.filter { person in person.day(step).map { $0.year == year && $0 <= asOf } ?? false }.count
        }
        applications = reached(.application)
        activists = reached(.activistDecided)
        candidates = reached(.candidateDecided)
        admitted = reached(.admissionVote)
        developmentConverted = reached(.conversionApproval)

        grades = EvaluationGrade.allCases.map { ($0, evaluation.count($0)) }
        let yearTalks = talks.filter { $0.day.year == year && $0.day <= asOf }
        self.talks = yearTalks.count
        talksCoverage = TalkCoverage(year: year, talks: yearTalks, members: members, asOf: asOf)
    }

    /// The roster's changes dated in the year: joined (probation began), converted,
    /// transferred in or out, deceased, membership stopped, restored or removed — by day.
    static func changes(_ members: [Member], from first: Day, to last: Day) -> [RosterChange] {
        var changes: [RosterChange] = []
        let inYear = { (day: Day) in first <= day && day <= last }
        for member in members {
            if let start = member.probationStart, inYear(start) {
                changes.append(RosterChange(kind: .joined, day: start, memberID: member.id, name: member.name))
            }
            if let converted = member.conversionDay, inYear(converted), member.category.value(on: last) == .full {
                changes.append(RosterChange(kind: .converted, day: converted, memberID: member.id, name: member.name))
            }
            let statuses = member.rosterStatus.changes
            for (index, change) in statuses.enumerated() where inYear(change.since) {
                // The first entry is how the member came onto the roster: only a transfer in is a change.
                if index == 0 && change.value != .transferredIn { continue }
                let kind: RosterChange.Kind? = switch change.value {
                case .transferredIn: .transferredIn
                case .transferredOut: .transferredOut
                case .deceased: .deceased
                case .stopped: .stopped
                case .removed: .removed
                // Active again after a stop is a restoration; after anything else, no change of note.
                case .active: index > 0 && statuses[index - 1].value == .stopped ? .restored : nil
                }
                if let kind { changes.append(RosterChange(kind: kind, day: change.since, memberID: member.id, name: member.name)) }
            }
        }
        return changes.sorted { ($0.day, $0.name) < ($1.day, $1.name) }
    }
}
