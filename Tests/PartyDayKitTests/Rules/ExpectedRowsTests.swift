import Foundation
import Testing
@testable import PartyDayKit

@Suite struct ExpectedRowsTests {
    @Test func aPlannedMeetingFollowsTheRosterOfItsDay() {
        var fixture = RuleFixture()
        var meeting = Meeting.new(types: [.themePartyDay], start: RuleFixture.instant("2026-12-10", 9),
                                  branch: fixture.branch, members: fixture.members)
        meeting.attendance[0].status = .present
        // After planning: one member joins before the day, one transfers out, one is converted.
        fixture.members.append(Member(id: "new", name: "新党员", joinedOn: Day("2026-11-01")!, onRosterSince: Day("2026-12-01")!,
                                      category: .probationary))
        fixture.members[5].rosterStatus.set(.transferredOut, from: Day("2026-12-05")!)
        fixture.members[6].category = History(.probationary, since: Day("2025-12-01")!)
        let changed = meeting.alignExpectedRows(members: fixture.members, branch: fixture.branch)
        #expect(changed)
        let ids = meeting.attendance.map(\.memberID)
        #expect(ids.contains("new") && !ids.contains("p5"))
        #expect(meeting.attendance.first { $0.memberID == "new" }?.category == .probationary)
        #expect(meeting.attendance.first { $0.memberID == "p6" }?.hasVote == false)
        #expect(meeting.attendance[0].status == .present, "marked rows are kept")
        let again = meeting.alignExpectedRows(members: fixture.members, branch: fixture.branch)
        #expect(!again, "nothing more to change")
    }

    @Test func markedRowsStayAndConcludedMeetingsAreNeverTouched() {
        var fixture = RuleFixture()
        var meeting = Meeting.new(types: [.themePartyDay], start: RuleFixture.instant("2026-12-10", 9),
                                  branch: fixture.branch, members: fixture.members)
        meeting.attendance[5].status = .onLeave
        fixture.members[5].rosterStatus.set(.transferredOut, from: Day("2026-12-05")!)
        var concluded = meeting
        concluded.state = .concluded
        let touched = concluded.alignExpectedRows(members: fixture.members, branch: fixture.branch)
        #expect(!touched)
        meeting.alignExpectedRows(members: fixture.members, branch: fixture.branch)
        #expect(meeting.attendance.last?.memberID == "p5" && meeting.attendance.last?.status == .onLeave,
                "a mark is part of the record even when the roster changed")
    }
}
