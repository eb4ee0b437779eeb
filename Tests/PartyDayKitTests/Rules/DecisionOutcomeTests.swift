import Testing
@testable import PartyDayKit

@Suite struct DecisionOutcomeTests {
    /// 10 voters expected, 7 present.
    let tally = AttendanceTally(rows(7, .present) + rows(3, .onLeave) + rows(2, .present, .probationary))

    @Test func passesWhenYesIsMoreThanHalfOfTheVotersExpected() {
        #expect(DecisionOutcome(Decision(text: "", yes: 6, no: 1), tally: tally) == .passed)
    }

    @Test func exactlyHalfOfTheExpectedIsNotAPass() {
        #expect(DecisionOutcome(Decision(text: "", yes: 5, no: 2), tally: tally) == .failed)
    }

    @Test func aMajorityOfThosePresentIsNotEnough() {
        // 5 of 7 present say yes: a majority of those present, but not more than half of 10.
        #expect(DecisionOutcome(Decision(text: "", yes: 5, no: 1, abstain: 1), tally: tally) == .failed)
    }

    @Test func withoutQuorumNoVoteCounts() {
        let thin = AttendanceTally(rows(5, .present) + rows(5, .absentUnexcused))
        #expect(DecisionOutcome(Decision(text: "", yes: 5), tally: thin) == .noQuorum)
    }

    @Test func moreVotesThanVotersPresentIsAnInvalidCount() {
        #expect(DecisionOutcome(Decision(text: "", yes: 7, no: 1), tally: tally) == .invalidCount)
    }

    @Test func noVotesYet() {
        #expect(DecisionOutcome(Decision(text: "决议"), tally: tally) == .notVoted)
    }

    @Test func aMeetingComputesItsOwnOutcome() {
        let meeting = Meeting(types: [.generalMeeting], start: .utc("2026-06-10 01:00"),
                              attendance: rows(7, .present) + rows(3, .onLeave),
                              decisions: [Decision(text: "同意按期转正", yes: 6, no: 1)])
        #expect(meeting.outcome(of: meeting.decisions[0]) == .passed)
    }
}
