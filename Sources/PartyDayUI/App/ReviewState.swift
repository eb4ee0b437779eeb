import PartyDayKit

/// The Participation screen: its query, sorting and the member whose timeline is open.
public struct ParticipationState: Equatable, Sendable {
    public enum Column: Int, CaseIterable, Sendable {
        case name, expected, attended, late, leftEarly, onLeave, excused, unexcused, rate, lastAttended,
             speeches, pledges, overdue, run, warning, madeUp, grade
    }

    public var cursor = ListCursor()
    /// Nil: this year.
    public var period: Period?
    /// Nil: every type.
    public var type: MeetingType?
    /// The column ← and → have chosen; `s` sorts by it.
    public var column: Column = .name
    /// Nil keeps roster order.
    public var sortColumn: Column?
    public var descending = true
    /// The member whose timeline is shown, if any.
    public var timelineMember: String?
    public var timelineCursor = ListCursor()
}

/// The Pledges screen: a filter, a search, and the meeting step recording reviews, if any.
public struct PledgeListState: Equatable, Sendable {
    public var list = SearchableList()
    public var filter: PledgeFilter = .open
    /// Set when the list was opened from a meeting's agenda step to review pledges in place:
    /// only earlier meetings' open pledges are listed, and each review is noted in that step.
    public var reviewAt: ReviewOrigin?
}

/// The meeting and agenda step where pledges are being reviewed.
public struct ReviewOrigin: Equatable, Sendable {
    public var meetingID: String
    public var stepID: String
    public var day: Day
}

/// Figures the review screens and the home panels show. The shell computes them off the
/// key path when the summaries, roster, branch, filters or day change (`ReportRequest`).
public struct ReportsCache: Sendable {
    public var stale = true
    /// Bumped by every change the reports depend on; an answer for an older one is dropped.
    public var generation = 0
    /// The generation last asked for, so one change asks once.
    public var requested: Int?
    public var participation: ParticipationReport?
    /// This year's, for the home screen's at-risk panel (independent of the screen's filters).
    public var yearParticipation: ParticipationReport?
    public var compliance: ComplianceReport?
    /// The meetings' pledges and the talks', merged (the Pledges screen's list).
    public var pledges: [PledgeEntry] = []
    /// The meetings' pledges as last computed (`pledges` without the talks').
    var meetingPledges: [PledgeEntry] = []
    /// Whether a pledge list has arrived at all (the Pledges screen says "loading" until then).
    public var pledgesReady = false
    /// Counts pledge lists received, so that lists drawn from them know they changed.
    public var pledgesVersion = 0
}

/// A pledge review for the shell to apply to a meeting that is not open.
public struct PledgeReview: Equatable, Sendable {
    public var meetingID: String
    public var pledgeID: String
    public var status: Pledge.Status
    public var day: Day
    public var note: String
    /// The interface language, for the message when the pledge has gone.
    public var language: Language = .english
}
