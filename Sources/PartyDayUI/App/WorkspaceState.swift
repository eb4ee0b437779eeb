import PartyDayKit

/// The meeting being logged, and where the secretary is in it.
public struct WorkspaceState: Sendable {
    public enum Pane: Int, CaseIterable, Sendable {
        case attendance, agenda, speeches, suggestions, decisions, pledges, notes
    }

    public var meeting: Meeting
    public var pane: Pane = .attendance
    public var cursors: [Pane: ListCursor] = [:]
    /// Find-by-name in the attendance list, while typing.
    public var find: TextField?
    /// Where the cursor was before the find began, for Esc.
    var findOrigin = 0
    /// The dues pane, opened from the "pay Party dues" agenda step: the attendance rows
    /// with this month's dues (it shares the attendance pane's cursor and find).
    public var duesOpen = false

    public init(meeting: Meeting) {
        self.meeting = meeting
    }

    public var cursor: ListCursor {
        get { cursors[pane] ?? ListCursor() }
        set { cursors[pane] = newValue }
    }

    /// Rows in the attendance pane: members, then guests, then non-voting attendees.
    public var attendanceRowCount: Int {
        meeting.attendance.count + meeting.guests.count + meeting.nonVotingAttendees.count
    }

    /// The first step not yet done or skipped: where speeches go by default.
    public var currentStepIndex: Int? {
        meeting.agenda.firstIndex { $0.status == .pending }
    }

    /// Keeps the cursor of the current pane on an existing row.
    mutating func clampCursor() {
        var moved = cursor
        moved.clamp(rowCount(pane))
        cursor = moved
    }

    mutating func setCursor(_ index: Int) {
        var moved = cursor
        moved.index = index
        cursor = moved
        clampCursor()
    }

    func rowCount(_ pane: Pane) -> Int {
        switch pane {
        case .attendance: duesOpen ? meeting.attendance.count : attendanceRowCount
        case .agenda: meeting.agenda.count
        case .speeches: meeting.speeches.count
        case .suggestions: meeting.suggestions.count
        case .decisions: meeting.decisions.count
        case .pledges: meeting.pledges.count
        case .notes: 0
        }
    }
}

/// What a form is for; the screen that opened it acts on submit.
public enum FormPurpose: Equatable, Sendable {
    /// A feature's own form, answered by the screen it names (its registry row's `receive`).
    case addressed(FormAddress)
}
