import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct MeetingsScreenTests {
    @Test func listsNewestFirstAndFiltersByTypeYearAndTheme() throws {
        let shell = try TestShell()
        shell.type("l")
        #expect(shell.screen.contains("Meetings 55/55"))
        #expect(shell.lines[4].contains("2026-11-10 09:00"))
        shell.type("t")
        #expect(shell.screen.contains("type: theme Party Day (t)"))
        #expect(shell.screen.contains("Meetings 12/55"), "June's counts as a theme Party Day and a general meeting")
        shell.type("yy")
        #expect(shell.screen.contains("year: 2025 (y)"))
        #expect(shell.screen.contains("Meetings 1/55"))
        #expect(shell.lines[4].contains("2025-12-10 09:00"))
        shell.type("y/")
        shell.type("扭亏")
        #expect(shell.screen.contains("Meetings 1/55"))
        shell.press(.enter, .enter)
        #expect(shell.meeting?.id == DemoData.seedMeetingID)
    }

    /// Two groups meet each month: the list and the meeting's header say which group met.
    @Test func aPartyGroupMeetingNamesItsGroupInTheListAndTheHeader() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("l")
        shell.type("tttt")
        #expect(shell.screen.contains("类型：党小组会（t）"), "\(shell.screen)")
        let rows = shell.lines.filter { $0.contains("学习传达上级会议精神") }
        #expect(rows.contains { $0.contains("酸洗党小组会") }, "\(rows)")
        #expect(rows.contains { $0.contains("轧机党小组会") }, "\(rows)")
        shell.press(.enter)
        #expect(shell.lines[1].contains("党小组会（轧机党小组）"), "\(shell.lines[1])")
    }

    @Test func aBurstOfInputNeverAnswersTheDeleteQuestion() throws {
        let shell = try TestShell()
        shell.type("l")
        // ESC x ESC x d Y as one burst (a paste without markers): d asks, Y came with it.
        shell.send(.text("d"), .text("Y"), .text("Y"))
        #expect(shell.state.summaries.count == 55)
        guard case .confirm = shell.state.modal else { Issue.record("the question shows"); return }
        #expect(shell.screen.contains("Y (capital)"), "the box says which key deletes")
        shell.send(.inputPaused)
        shell.type("Y")
        #expect(shell.state.summaries.count == 54, "a fresh capital Y deletes")
    }

    @Test func deletingAsksFirstAndUndoBringsItBack() throws {
        let shell = try TestShell()
        shell.type("l")
        shell.type("d")
        #expect(shell.screen.contains("Delete the meeting 2026-11-10 09:00 决战四季度，坚决打赢扭亏攻坚战?"))
        shell.type("n")
        #expect(shell.state.summaries.count == 55)
        shell.type("d")
        shell.type("y")
        #expect(shell.state.summaries.count == 55, "deleting takes a capital Y")
        shell.type("Y")
        #expect(shell.state.summaries.count == 54)
        #expect(throws: StoreError.self) { try shell.store.loadMeeting(id: DemoData.seedMeetingID) }
        #expect(shell.screen.contains("Deleted 决战四季度"))
        shell.type("u")
        #expect(shell.state.summaries.count == 55)
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID) == SeedMeetingFixture.meeting)
    }

    @Test func aNewMeetingGetsItsTypesAgendaAndExpectedMembers() throws {
        let shell = try TestShell(now: DemoData.date("2026-11-20", 14, 30))
        shell.type("l")
        shell.type("n")
        // Committee and party group meeting together; the group is required for the latter.
        shell.type("134")
        shell.press(.tab)
        shell.type("2")
        shell.press(.tab)
        shell.type("研究年终工作")
        // Start, place, host (the secretary), recorder: Enter through them saves on the last.
        shell.press(.enter, .enter, .enter, .enter, .enter)
        let meeting = try #require(shell.meeting)
        #expect(meeting.types == [.committeeMeeting, .partyGroupMeeting])
        #expect(meeting.partyGroupID == DemoRoster.picklingGroup.id)
        #expect(meeting.start == DemoData.date("2026-11-20", 14, 30))
        let template = shell.state.branch!.agendaTemplate(for: .committeeMeeting)
        #expect(Array(meeting.agenda.map(\.title).prefix(template.count)) == template)
        // The pickling group plus the committee members of the other group.
        let expected = Roster(members: shell.state.members).expected(at: meeting.types, partyGroupID: meeting.partyGroupID,
                                                                      on: Day("2026-11-20")!)
        #expect(meeting.attendance.map(\.memberID) == expected.map(\.memberID))
        #expect(meeting.attendance.contains { $0.memberID == "m-02" }, "the deputy secretary of the rolling group")
        #expect(try shell.store.loadMeeting(id: meeting.id).types == meeting.types)
        shell.type("u")
        #expect(throws: StoreError.self) { try shell.store.loadMeeting(id: meeting.id) }
    }

    @Test func aPartyGroupMeetingWithoutAGroupIsRefused() throws {
        let shell = try TestShell()
        shell.type("n")
        shell.type("14")
        shell.press(.control("s"))
        #expect(shell.screen.contains("A party group meeting needs its party group."))
        #expect(shell.state.workspace == nil)
    }
}

/// A new party group meeting is hosted by the group's leader (the secretary was offered).
@Suite struct GroupMeetingHostTests {
    @Test func aNewPartyGroupMeetingTakesTheGroupsLeaderAsHost() throws {
        let shell = try TestShell(now: DemoData.date("2026-12-18", 16))
        shell.type("2n")
        shell.type("14")
        shell.press(.tab)
        shell.type("2")
        shell.press(.function(2))
        let meeting = try #require(shell.meeting)
        #expect(meeting.types == [.partyGroupMeeting])
        #expect(meeting.host?.memberID == DemoRoster.picklingGroup.leaderMemberID, "\(String(describing: meeting.host))")
    }
}
