import Foundation
import Testing
@testable import PartyDayKit

/// Decisions as the rules know them: written opinions, the committee's own quorum, the
/// two dates of a conversion.
@Suite struct DecisionRulesTests {
    /// 26 voters; the absent ones listed are marked absent, everyone else present.
    func generalMeeting(absent: [String]) -> (RuleFixture, Meeting) {
        var fixture = RuleFixture(memberCount: 26)
        var marks: [String: AttendanceStatus] = [:]
        for id in absent { marks[id] = .onLeave }
        let meeting = fixture.hold([.generalMeeting], on: "2026-06-10", marks: marks)
        return (fixture, meeting)
    }

    @Test func writtenOpinionsCountInTheVotesOfAnAdmissionButNeverTowardsTheQuorum() {
        let (_, meeting) = generalMeeting(absent: ["p23", "p24", "p25"])
        #expect(meeting.tally.votersExpected == 26 && meeting.tally.votersPresent == 23)
        // 23 present and two written opinions: 25 votes.
        var admission = Decision(text: "接收张三为预备党员", yes: 24, no: 0, abstain: 1)
        admission.kind = .admission
        admission.writtenOpinions = 2
        #expect(meeting.outcome(of: admission) == .passed, "25 votes with 23 present is allowed")
        admission.writtenOpinions = 4
        #expect(meeting.outcome(of: admission) == .invalidCount, "more written opinions than voters absent")
        var ordinary = Decision(text: "一般事项", yes: 24, no: 0, abstain: 1)
        ordinary.writtenOpinions = 2
        #expect(meeting.outcome(of: ordinary) == .invalidCount, "written opinions count only for admission and conversion")
    }

    @Test func writtenOpinionsNeverMakeAQuorum() {
        // 26 voters, 13 present: exactly half, no quorum, whatever came in writing.
        let (_, meeting) = generalMeeting(absent: (13..<26).map { "p\($0)" })
        var admission = Decision(text: "接收", yes: 20, no: 0, abstain: 0)
        admission.kind = .admission
        admission.writtenOpinions = 7
        #expect(meeting.outcome(of: admission) == .noQuorum)
    }

    @Test func aJointCommitteeAndGroupMeetingNeedsTheCommitteesOwnQuorum() {
        var fixture = RuleFixture(memberCount: 12)
        for index in 0..<12 {
            fixture.members[index].role = History(index < 5 ? Role(index == 0 ? .secretary : .committeeMember) : Role(.member),
                                                  since: Day("2020-01-01")!)
            fixture.members[index].partyGroup = History("g1", since: Day("2020-01-01")!)
        }
        // Committee members p0…p4: only p0 and p1 come; all seven others come.
        let marks = Dictionary(uniqueKeysWithValues: ["p2", "p3", "p4"].map { ($0, AttendanceStatus.onLeave) })
        let joint = fixture.hold([.committeeMeeting, .partyGroupMeeting], on: "2026-06-10", group: "g1", marks: marks)
        #expect(joint.tally.votersPresent * 2 > joint.tally.votersExpected, "9 of 12 present: the group has its quorum")
        #expect(joint.tally.committeeExpected == 5 && joint.tally.committeePresent == 2)
        #expect(!joint.tally.quorumMet, "2 of 5 committee members is no quorum for the committee")
        let decision = Decision(text: "议题", yes: 9, no: 0, abstain: 0)
        #expect(joint.outcome(of: decision) == .noQuorum)
        let committee = fixture.hold([.committeeMeeting], on: "2026-06-11", marks: Dictionary(uniqueKeysWithValues: ["p3", "p4"].map { ($0, AttendanceStatus.onLeave) }))
        #expect(committee.tally.quorumMet, "3 of 5 committee members")
    }

    @Test func aConversionGivesFullMembershipFromTheEndOfProbationAndTheVoteFromTheApproval() {
        var member = Member(id: "m1", name: "曹阳", joinedOn: Day("2025-05-20"), onRosterSince: Day("2025-05-20")!,
                            category: .probationary, probationStart: Day("2025-05-20"), plannedConversion: Day("2026-05-20"))
        #expect(member.probationEnd == Day("2026-05-20"))
        member.recordConversion(fullFrom: Day("2026-05-20")!, approvedOn: Day("2026-06-15")!)
        #expect(member.category.value(on: Day("2026-05-20")!) == .full, "full from the end of probation")
        #expect(member.category.value(on: Day("2026-05-19")!) == .probationary)
        #expect(member.snapshot(on: Day("2026-06-01")!)?.hasVote == false, "no vote before the approval")
        #expect(member.snapshot(on: Day("2026-06-15")!)?.hasVote == true, "the vote from the approval day")
        // The conversion meeting itself (held before the approval): she has no vote at it.
        let branch = BranchProfile(name: "支部", timeZoneIdentifier: "Asia/Shanghai")
        let meeting = Meeting.new(types: [.generalMeeting], start: RuleFixture.instant("2026-06-01", 9), branch: branch, members: [member])
        #expect(meeting.attendance.first?.hasVote == false)
    }
}
