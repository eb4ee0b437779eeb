import Foundation

/// What lists, the home screen and the reports need of a meeting, small enough to keep
/// for every meeting in one derived index instead of decoding each meeting file.
public struct MeetingSummary: Equatable, Sendable, Identifiable {
    public var id: String
    public var types: [MeetingType]
    public var partyGroupID: String?
    public var theme: String
    public var start: Date
    public var end: Date?
    public var state: Meeting.State
    public var expectedFull: Int
    public var expectedProbationary: Int
    public var attendedFull: Int
    public var attendedProbationary: Int
    public var votersExpected: Int
    public var votersPresent: Int
    public var guestCount: Int
    /// The year recorded as the one the meeting is for (see `Meeting.evaluationYear`).
    public var evaluationYear: Int?
    /// Absent members who made the meeting up afterwards (补学).
    public var madeUpIDs: [String] = []
    /// Grades given at a democratic evaluation, by member id.
    public var grades: [String: EvaluationGrade] = [:]
    /// One entry per attendance row: what the participation reports read.
    public var participants: [ParticipantSummary] {
        get { participantRows.value }
        set { participantRows = ParticipantRows(newValue) }
    }
    /// Parsed from the index only when first read (see `ParticipantRows`).
    var participantRows: ParticipantRows
    /// The member id of each speech given by a member (a member may appear more than once).
    public var speakerIDs: [String]
    public var pledges: [PledgeSummary] { pledgeRows.value }
    /// Parsed from the index only when first read, like the attendance rows.
    var pledgeRows: PledgeRows
    /// Counted once here: the home screen sums them over every meeting after each change.
    public let openPledges: Int
    public let keptPledges: Int
    public let droppedPledges: Int
    /// Due days of the open pledges that have one.
    public let openPledgeDueDays: [Day]

    public init(_ meeting: Meeting) {
        let tally = meeting.tally
        id = meeting.id
        types = meeting.types
        partyGroupID = meeting.partyGroupID
        theme = meeting.theme
        start = meeting.start
        end = meeting.end
        state = meeting.state
        expectedFull = tally.expectedFull
        expectedProbationary = tally.expectedProbationary
        attendedFull = tally.attendedFull
        attendedProbationary = tally.attendedProbationary
        votersExpected = tally.votersExpected
        votersPresent = tally.votersPresent
        guestCount = meeting.guests.count
        evaluationYear = meeting.evaluationYear
        madeUpIDs = meeting.attendance.filter { $0.madeUp != nil }.map(\.memberID)
        grades = Dictionary(meeting.evaluations.compactMap { e in e.grade.map { (e.memberID, $0) } }, uniquingKeysWith: { first, _ in first })
        participantRows = ParticipantRows(meeting.attendance.map(ParticipantSummary.init))
        speakerIDs = meeting.speeches.compactMap(\.speaker.memberID)
        let pledges = meeting.pledges.map(PledgeSummary.init)
        pledgeRows = PledgeRows(pledges)
        (openPledges, keptPledges, droppedPledges, openPledgeDueDays) = Self.count(pledges)
    }

    /// Rebuilds a summary read back from the index.
    init(id: String, types: [MeetingType], partyGroupID: String?, theme: String, start: Date, end: Date?,
         state: Meeting.State, counts: [Int], participants: ParticipantRows, speakerIDs: [String],
         pledges: PledgeRows, pledgeCounts: (open: Int, kept: Int, dropped: Int, due: [Day]), evaluationYear: Int? = nil,
         madeUpIDs: [String] = [], grades: [String: EvaluationGrade] = [:]) {
        self.grades = grades
        self.evaluationYear = evaluationYear
        self.madeUpIDs = madeUpIDs
        self.id = id
        self.types = types
        self.partyGroupID = partyGroupID
        self.theme = theme
        self.start = start
        self.end = end
        self.state = state
        expectedFull = counts[0]
        expectedProbationary = counts[1]
        attendedFull = counts[2]
        attendedProbationary = counts[3]
        votersExpected = counts[4]
        votersPresent = counts[5]
        guestCount = counts[6]
        participantRows = participants
        self.speakerIDs = speakerIDs
        pledgeRows = pledges
        (openPledges, keptPledges, droppedPledges, openPledgeDueDays) = pledgeCounts
    }

    private static func count(_ pledges: [PledgeSummary]) -> (Int, Int, Int, [Day]) {
        var open = 0, kept = 0, dropped = 0
        var due: [Day] = []
        for pledge in pledges {
            switch pledge.status {
            case .open:
                open += 1
                if let day = pledge.due { due.append(day) }
            case .kept: kept += 1
            case .dropped: dropped += 1
            }
        }
        return (open, kept, dropped, due)
    }

    public var expected: Int { expectedFull + expectedProbationary }
    public var attended: Int { attendedFull + attendedProbationary }
    public func overduePledges(today: Day) -> Int {
        var count = 0
        for day in openPledgeDueDays where day < today { count += 1 }
        return count
    }

    /// The meeting's calendar day in the branch's zone.
    public func day(in timeZone: TimeZone) -> Day { DateText.day(start, in: timeZone) }

    /// Held: only concluded meetings count in reports and duties.
    public var isHeld: Bool { state == .concluded }
}

/// One attendance row, as the reports need it.
public struct ParticipantSummary: Equatable, Sendable {
    public var memberID: String
    public var category: MemberCategory
    public var hasVote: Bool
    public var status: AttendanceStatus
    public var exclusion: ExclusionReason?
    public var reason: String

    public init(_ row: AttendanceRecord) {
        memberID = row.memberID
        category = row.category
        hasVote = row.hasVote
        status = row.status
        exclusion = row.exclusion
        reason = row.reason
    }

    init(memberID: String, category: MemberCategory, hasVote: Bool, status: AttendanceStatus,
         exclusion: ExclusionReason?, reason: String) {
        self.memberID = memberID
        self.category = category
        self.hasVote = hasVote
        self.status = status
        self.exclusion = exclusion
        self.reason = reason
    }
}

/// One pledge with its latest review, enough for the Pledges screen.
public struct PledgeSummary: Equatable, Sendable, Identifiable {
    public var id: String
    public var memberID: String?
    /// The pledger's name as recorded; empty for the whole branch.
    public var name: String
    public var text: String
    public var due: Day?
    public var status: Pledge.Status
    public var lastReview: Pledge.Review?
    public var reviewCount: Int

    public init(_ pledge: Pledge) {
        id = pledge.id
        memberID = pledge.by?.memberID
        name = pledge.by?.name ?? ""
        text = pledge.text
        due = pledge.due
        status = pledge.status
        lastReview = pledge.reviews.last
        reviewCount = pledge.reviews.count
    }

    init(id: String, memberID: String?, name: String, text: String, due: Day?, status: Pledge.Status,
         lastReview: Pledge.Review?, reviewCount: Int) {
        self.id = id
        self.memberID = memberID
        self.name = name
        self.text = text
        self.due = due
        self.status = status
        self.lastReview = lastReview
        self.reviewCount = reviewCount
    }

    /// Open and past its due day.
    public func isOverdue(today: Day) -> Bool {
        guard status == .open, let due else { return false }
        return due < today
    }
}

extension MeetingSummary {
    /// The year a yearly duty of `type` counts this meeting for: the recorded evaluation
    /// year for a democratic evaluation or organizational-life meeting (else the previous
    /// year when held before March), the year held for every other type.
    public func dutyYear(for type: MeetingType, held day: Day) -> Int {
        guard type.isForAYear else { return day.year }
        return evaluationYear ?? Meeting.defaultEvaluationYear(held: day)
    }
}
