import Foundation

/// One gathering of organizational life, as logged by the secretary.
public struct Meeting: Codable, Equatable, Sendable, Identifiable {
    public enum State: String, Codable, CaseIterable, Sendable {
        case planned
        case inProgress = "in-progress"
        case concluded
    }

    public var id: String
    /// One gathering may count as several types; never empty.
    public var types: [MeetingType]
    /// The party group, for a party group meeting.
    public var partyGroupID: String?
    public var theme: String
    public var start: Date
    public var end: Date?
    public var place: String
    public var host: PersonRef?
    public var recorder: PersonRef?
    public var state: State
    public var guests: [Guest]
    public var attendance: [AttendanceRecord]
    public var nonVotingAttendees: [NonVotingAttendee]
    public var agenda: [AgendaStep]
    public var speeches: [Speech]
    public var suggestions: [Suggestion]
    public var decisions: [Decision]
    public var pledges: [Pledge]
    public var hostSummary: String
    public var minutes: String
    /// The year a democratic evaluation or an organizational-life meeting is *for*: one
    /// held in January or February is usually the previous year's (absent: worked out
    /// by `dutyYear`).
    public var evaluationYear: Int?
    /// At a democratic evaluation: each member's self-evaluation, ballot and grade.
    public var evaluationRecords: [MemberEvaluation]?
    /// At a Party lecture: who gave it (a member, or a guest) and its title. Absent, the
    /// minutes fall back to the host and the theme.
    public var lecturer: PersonRef? = nil
    public var lectureTitle: String? = nil

    /// The evaluations recorded (none at other meetings).
    public var evaluations: [MemberEvaluation] {
        get { evaluationRecords ?? [] }
        set { evaluationRecords = newValue.isEmpty ? nil : newValue }
    }

    public init(
        id: String = ShortID.long(),
        types: [MeetingType],
        partyGroupID: String? = nil,
        theme: String = "",
        start: Date,
        end: Date? = nil,
        place: String = "",
        host: PersonRef? = nil,
        recorder: PersonRef? = nil,
        state: State = .planned,
        guests: [Guest] = [],
        attendance: [AttendanceRecord] = [],
        nonVotingAttendees: [NonVotingAttendee] = [],
        agenda: [AgendaStep] = [],
        speeches: [Speech] = [],
        suggestions: [Suggestion] = [],
        decisions: [Decision] = [],
        pledges: [Pledge] = [],
        hostSummary: String = "",
        minutes: String = ""
    ) {
        self.id = id
        self.types = types
        self.partyGroupID = partyGroupID
        self.theme = theme
        self.start = start
        self.end = end
        self.place = place
        self.host = host
        self.recorder = recorder
        self.state = state
        self.guests = guests
        self.attendance = attendance
        self.nonVotingAttendees = nonVotingAttendees
        self.agenda = agenda
        self.speeches = speeches
        self.suggestions = suggestions
        self.decisions = decisions
        self.pledges = pledges
        self.hostSummary = hostSummary
        self.minutes = minutes
    }

    /// A new meeting for `branch` on `start`: the agenda from the first type's template
    /// and an unmarked attendance row for every member the roster expects that day.
    public static func new(
        types: [MeetingType],
        partyGroupID: String? = nil,
        start: Date,
        branch: BranchProfile,
        members: [Member]
    ) -> Meeting {
        var ids = SeededGenerator(seed: UInt64.random(in: 0...UInt64.max))
        return new(types: types, partyGroupID: partyGroupID, start: start, branch: branch, members: members, ids: &ids)
    }

    /// The same, with every id (the meeting's, its agenda steps') drawn from `ids`, so a
    /// caller that must be deterministic (the screens' core) decides them.
    public static func new(
        types: [MeetingType],
        partyGroupID: String? = nil,
        start: Date,
        branch: BranchProfile,
        members: [Member],
        ids: inout SeededGenerator
    ) -> Meeting {
        let day = Day(start, in: branch.timeZone)
        let expected = Roster(members: members).expected(at: types, partyGroupID: partyGroupID, on: day)
        var agenda: [AgendaStep] = []
        for title in branch.agenda(for: types) { agenda.append(AgendaStep(id: ids.shortID(), title: title)) }
        var meeting = Meeting(
            id: ids.id(),
            types: types,
            partyGroupID: partyGroupID,
            start: start,
            attendance: expected.map { AttendanceRecord(member: $0) },
            agenda: agenda
        )
        // The record says which year it is for, from the start.
        if types.contains(where: \.isForAYear) { meeting.evaluationYear = Meeting.defaultEvaluationYear(held: day) }
        return meeting
    }

    /// Held in January or February: the previous year's; otherwise the year held.
    public static func defaultEvaluationYear(held day: Day) -> Int { day.month < 3 ? day.year - 1 : day.year }

    /// The year the meeting is for: as recorded, else by the day it was held in `zone`.
    public func forYear(in zone: TimeZone) -> Int {
        evaluationYear ?? Meeting.defaultEvaluationYear(held: DateText.day(start, in: zone))
    }

    /// The primary type: the first one listed.
    public var primaryType: MeetingType { types.first ?? .themePartyDay }
}
