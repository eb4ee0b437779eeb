import Testing
@testable import PartyDayKit

@Suite struct RosterTests {
    let start = Day("2020-01-01")!
    var members: [Member] {
        var list = [
            Member(id: "sec", name: "书记", joinedOn: start, onRosterSince: start, role: Role(.secretary), partyGroupID: "g1"),
            Member(id: "a", name: "甲", joinedOn: start, onRosterSince: start, partyGroupID: "g1"),
            Member(id: "b", name: "乙", joinedOn: start, onRosterSince: start, partyGroupID: "g2"),
            Member(id: "new", name: "丙", joinedOn: Day("2026-05-06"), onRosterSince: Day("2026-05-06")!, partyGroupID: "g2",
                   status: .transferredIn),
            Member(id: "p", name: "Lin Qing", joinedOn: start, onRosterSince: start, category: .probationary, partyGroupID: "g2"),
        ]
        list[2].rosterStatus.set(.transferredOut, from: Day("2026-08-01")!)
        return list
    }

    func ids(_ types: [MeetingType], group: String? = nil, on day: String) -> [String] {
        Roster(members: members).expected(at: types, partyGroupID: group, on: Day(day)!).map(\.memberID)
    }

    @Test func wholeBranchMeetingsExpectEveryoneOnTheRosterThatDay() {
        #expect(ids([.themePartyDay], on: "2026-04-10") == ["sec", "a", "b", "p"])
        #expect(ids([.themePartyDay], on: "2026-06-10") == ["sec", "a", "b", "new", "p"])
        #expect(ids([.themePartyDay], on: "2026-09-10") == ["sec", "a", "new", "p"])
    }

    @Test func partyGroupMeetingsExpectOnlyThatGroup() {
        #expect(ids([.partyGroupMeeting], group: "g1", on: "2026-06-10") == ["sec", "a"])
        #expect(ids([.partyGroupMeeting], group: "g2", on: "2026-06-10") == ["b", "new", "p"])
        #expect(ids([.partyGroupMeeting], group: nil, on: "2026-06-10").isEmpty)
    }

    @Test func committeeMeetingsExpectOnlyTheCommittee() {
        #expect(ids([.committeeMeeting], on: "2026-06-10") == ["sec"])
    }

    @Test func aMeetingOfTwoTypesExpectsTheUnionOfTheirScopes() {
        #expect(ids([.committeeMeeting, .partyGroupMeeting], group: "g2", on: "2026-06-10") == ["sec", "b", "new", "p"])
        #expect(ids([.themePartyDay, .generalMeeting], on: "2026-06-10").count == 5)
    }

    @Test func newMeetingStartsWithUnmarkedRowsAndTheTemplateAgenda() {
        let branch = BranchProfile(name: "支部", timeZoneIdentifier: "Asia/Shanghai")
        let meeting = Meeting.new(types: [.themePartyDay, .generalMeeting], start: .utc("2026-06-09 17:00"),
                                  branch: branch, members: members)
        // 17:00 UTC on 9 June is 10 June in the branch's zone: the newcomer is expected.
        #expect(meeting.attendance.map(\.memberID) == ["sec", "a", "b", "new", "p"])
        #expect(meeting.attendance.allSatisfy { $0.status == .unmarked })
        #expect(meeting.attendance.last?.hasVote == false)
        // The theme Party Day's steps, then the general meeting's; the host's summary closes both.
        let expectedSteps = Array(branch.agendaTemplate(for: .themePartyDay).dropLast())
        #expect(Array(meeting.agenda.map(\.title).prefix(expectedSteps.count)) == expectedSteps)
        #expect(meeting.agenda.last?.title == "主持人总结")
        #expect(Set(meeting.agenda.map(\.title)).count == meeting.agenda.count, "a step shared by two templates appears once")
        #expect(meeting.agenda.first?.title == "签到")
    }

    @Test func attendanceRowsKeepTheCategoryOfTheirDay() {
        var roster = members
        roster[4].category.set(.full, from: Day("2026-07-01")!)
        let branch = BranchProfile(name: "支部", timeZoneIdentifier: "UTC")
        let june = Meeting.new(types: [.themePartyDay], start: .utc("2026-06-10 09:00"), branch: branch, members: roster)
        let july = Meeting.new(types: [.themePartyDay], start: .utc("2026-07-10 09:00"), branch: branch, members: roster)
        #expect(june.attendance.first { $0.memberID == "p" }?.category == .probationary)
        #expect(july.attendance.first { $0.memberID == "p" }?.category == .full)
    }
}
