import Testing
@testable import PartyDayKit

/// Builders for attendance rows without going through a roster.
func row(_ status: AttendanceStatus, _ category: MemberCategory = .full, vote: Bool? = nil) -> AttendanceRecord {
    let snapshot = MemberSnapshot(memberID: ShortID.make(), name: "党员", category: category,
                                  underNoVotePenalty: vote == false && category == .full, role: Role(.member), partyGroupID: nil)
    return AttendanceRecord(member: snapshot, status: status)
}

func rows(_ count: Int, _ status: AttendanceStatus, _ category: MemberCategory = .full) -> [AttendanceRecord] {
    (0..<count).map { _ in row(status, category) }
}

@Suite struct AttendanceTallyTests {
    @Test func splitsExpectedAndAttendedByCategory() {
        let tally = AttendanceTally(rows(5, .present) + [row(.late), row(.leftEarly), row(.onLeave), row(.absentUnexcused)]
            + rows(2, .present, .probationary) + [row(.absentExcused, .probationary)])
        #expect(tally.expectedFull == 9)
        #expect(tally.attendedFull == 7, "late and left early count as attended")
        #expect(tally.expectedProbationary == 3)
        #expect(tally.attendedProbationary == 2)
        #expect(tally.expected == 12 && tally.attended == 9 && tally.absent == 3)
    }

    @Test func excludedMembersAreNotExpected() {
        let tally = AttendanceTally(rows(4, .present) + [row(.excluded), row(.excluded)])
        #expect(tally.expected == 4)
        #expect(tally.excluded == 2)
        #expect(tally.votersExpected == 4)
    }

    @Test func probationaryAndPenalisedMembersAreNotVoters() {
        let tally = AttendanceTally(rows(3, .present) + rows(2, .present, .probationary) + [row(.present, vote: false)])
        #expect(tally.expected == 6)
        #expect(tally.votersExpected == 3)
        #expect(tally.votersPresent == 3)
    }

    @Test func quorumNeedsMoreThanHalfOfTheVoters() {
        #expect(!AttendanceTally(rows(5, .present) + rows(5, .onLeave)).quorumMet, "exactly half is not a quorum")
        #expect(AttendanceTally(rows(6, .present) + rows(4, .onLeave)).quorumMet)
        #expect(!AttendanceTally(rows(4, .present) + rows(5, .onLeave)).quorumMet)
        #expect(AttendanceTally(rows(5, .present) + rows(4, .onLeave)).quorumMet)
    }

    @Test func probationaryMembersPresentDoNotMakeAQuorum() {
        let tally = AttendanceTally(rows(2, .present) + rows(3, .absentUnexcused) + rows(10, .present, .probationary))
        #expect(tally.attended == 12)
        #expect(!tally.quorumMet)
    }

    @Test func unmarkedRowsAreExpectedButNotAbsent() {
        let tally = AttendanceTally(rows(3, .present) + rows(2, .unmarked))
        #expect(tally.expected == 5 && tally.unmarked == 2 && tally.absent == 0)
    }

    @Test func noVotersMeansNoQuorum() {
        #expect(!AttendanceTally(rows(3, .present, .probationary)).quorumMet)
        #expect(!AttendanceTally([]).quorumMet)
    }
}
