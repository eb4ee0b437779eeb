/// The counts a meeting record states, computed from its attendance rows (never typed).
public struct AttendanceTally: Equatable, Sendable {
    /// 应到, split by category.
    public var expectedFull = 0
    public var expectedProbationary = 0
    /// 实到 (present, late or left early), split by category.
    public var attendedFull = 0
    public var attendedProbationary = 0
    /// Members entitled to vote who are expected, and those of them who attended.
    public var votersExpected = 0
    public var votersPresent = 0
    /// Rows not marked yet.
    public var unmarked = 0
    /// Left out of the expected count with a recognised reason.
    public var excluded = 0
    /// Committee members expected, and those of them who attended (a committee meeting's quorum).
    public var committeeExpected = 0
    public var committeePresent = 0
    /// The meeting's types, which decide whose quorum counts.
    public var types: [MeetingType] = []

    public init(_ rows: [AttendanceRecord], types: [MeetingType] = []) {
        self.types = types
        for row in rows {
            if row.status == .excluded {
                excluded += 1
                continue
            }
            if row.status == .unmarked { unmarked += 1 }
            let full = row.category == .full
            if full { expectedFull += 1 } else { expectedProbationary += 1 }
            if row.attended {
                if full { attendedFull += 1 } else { attendedProbationary += 1 }
            }
            if row.hasVote {
                votersExpected += 1
                if row.attended { votersPresent += 1 }
            }
            if row.onCommittee == true {
                committeeExpected += 1
                if row.attended { committeePresent += 1 }
            }
        }
    }

    public init(_ meeting: Meeting) {
        self.init(meeting.attendance, types: meeting.types)
    }

    public var expected: Int { expectedFull + expectedProbationary }
    public var attended: Int { attendedFull + attendedProbationary }
    public var absent: Int { expected - attended - unmarked }

    /// More than half of the members entitled to vote are present (exactly half is not
    /// enough). A committee meeting needs more than half of the committee members; one
    /// held jointly with another type needs both. (Rows from files without the committee
    /// mark count as they always did.)
    public var quorumMet: Bool {
        let voters = votersExpected > 0 && votersPresent * 2 > votersExpected
        guard types.contains(.committeeMeeting), committeeExpected > 0 else { return voters }
        let committee = committeePresent * 2 > committeeExpected
        return types.count == 1 ? committee : committee && voters
    }

    /// Whether the committee's own quorum was checked (a committee meeting with marked rows).
    public var checksCommittee: Bool { types.contains(.committeeMeeting) && committeeExpected > 0 }
}
