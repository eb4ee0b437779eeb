import Testing
@testable import PartyDayKit

@Suite struct MemberTests {
    let start = Day("2020-01-01")!

    @Test func probationaryMemberConvertedInJuneWasProbationaryInMay() {
        var member = Member(name: "冯雪", joinedOn: Day("2025-06-01"), onRosterSince: Day("2025-06-01")!, category: .probationary)
        member.category.set(.full, from: Day("2026-06-01")!)
        #expect(member.snapshot(on: Day("2026-05-15")!)?.category == .probationary)
        #expect(member.snapshot(on: Day("2026-05-15")!)?.hasVote == false)
        #expect(member.snapshot(on: Day("2026-06-15")!)?.hasVote == true)
        #expect(member.snapshot(on: Day("2025-05-31")!) == nil, "not on the roster before arriving")
    }

    @Test func penaltyOfProbationTakesTheVoteButNotTheSeat() {
        var member = Member(name: "罗军", joinedOn: start, onRosterSince: start)
        member.noVotePenalty.set(true, from: Day("2026-04-10")!)
        let after = member.snapshot(on: Day("2026-05-01")!)
        #expect(after?.category == .full)
        #expect(after?.underNoVotePenalty == true)
        #expect(after?.hasVote == false)
        #expect(member.snapshot(on: Day("2026-04-09")!)?.hasVote == true)
    }

    @Test func leavingTheRosterKeepsThePast() {
        var member = Member(name: "宋佳", joinedOn: start, onRosterSince: start)
        member.rosterStatus.set(.transferredOut, from: Day("2026-08-01")!)
        #expect(member.snapshot(on: Day("2026-07-31")!) != nil)
        #expect(member.snapshot(on: Day("2026-08-01")!) == nil)
        member.rosterStatus.set(.transferredIn, from: Day("2027-01-01")!)
        #expect(member.snapshot(on: Day("2027-02-01")!) != nil)
    }

    @Test func committeeRolesSitOnTheCommittee() {
        #expect(Role(.secretary).isOnCommittee)
        #expect(Role(.deputySecretary).isOnCommittee)
        #expect(Role(.committeeMember, portfolio: "组织委员").isOnCommittee)
        #expect(!Role(.member).isOnCommittee)
    }
}
