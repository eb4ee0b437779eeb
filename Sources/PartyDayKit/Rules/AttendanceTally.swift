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

    public init(_ rows: [AttendanceRecord]) {
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
        }
    }

    public init(_ meeting: Meeting) {
        self.init(meeting.attendance)
    }

    public var expected: Int { expectedFull + expectedProbationary }
    public var attended: Int { attendedFull + attendedProbationary }
    public var absent: Int { expected - attended - unmarked }

    /// More than half of the members entitled to vote are present. Exactly half is not enough.
    public var quorumMet: Bool { votersExpected > 0 && votersPresent * 2 > votersExpected }
}
