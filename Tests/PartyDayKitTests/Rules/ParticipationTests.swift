import Foundation
import Testing
@testable import PartyDayKit

@Suite struct ParticipationTests {
    @Test func countsEachStatusAndTheRate() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-01-10", marks: ["p3": .late])
        fixture.hold([.themePartyDay], on: "2026-02-10", marks: ["p3": .leftEarly])
        fixture.hold([.themePartyDay], on: "2026-03-10", marks: ["p3": .onLeave])
        fixture.hold([.themePartyDay], on: "2026-04-10", marks: ["p3": .absentExcused])
        fixture.hold([.themePartyDay], on: "2026-05-10", marks: ["p3": .absentUnexcused])
        fixture.hold([.themePartyDay], on: "2026-06-10", marks: ["p3": .excluded])
        fixture.hold([.themePartyDay], on: "2026-07-10", state: .planned)
        let row = try! #require(fixture.row("p3"))
        #expect((row.expected, row.attended, row.late, row.leftEarly) == (5, 2, 1, 1))
        #expect((row.onLeave, row.absentExcused, row.absentUnexcused, row.excluded) == (1, 1, 1, 1))
        #expect(row.rate == 0.4)
        #expect(row.lastAttended == Day("2026-02-10"), "left early still counts as attended")
    }

    @Test func periodsAndMonthsAreTakenInTheBranchZone() {
        var fixture = RuleFixture()
        // 23:30 on 31 March in Shanghai is 15:30 UTC; 00:30 on 1 April is still 31 March in UTC.
        fixture.hold([.themePartyDay], on: "2026-03-31", at: 23, minute: 30, marks: ["p4": .absentUnexcused])
        fixture.hold([.themePartyDay], on: "2026-04-01", at: 0, minute: 30, marks: ["p4": .absentUnexcused])
        let march = Period(from: Day("2026-03-01")!, to: Day("2026-03-31")!)
        #expect(fixture.row("p4", march)?.expected == 1)
        #expect(fixture.row("p4", .quarter(2, of: 2026))?.expected == 1)
        let months = fixture.row("p4")!.standing.months
        #expect(months[YearMonth(year: 2026, month: 3)] == .unexcused)
        #expect(months[YearMonth(year: 2026, month: 4)] == .unexcused)
    }

    @Test func aMemberJoiningOrLeavingMidPeriodIsExpectedOnlyWhileOnTheRoster() {
        var fixture = RuleFixture()
        fixture.members.append(Member(id: "new", name: "新党员", joinedOn: Day("2026-04-01")!, onRosterSince: Day("2026-04-15")!))
        fixture.members[5].rosterStatus.set(.transferredOut, from: Day("2026-05-01")!)
        for month in ["01", "02", "03", "04", "05", "06"] { fixture.hold([.themePartyDay], on: "2026-\(month)-20") }
        #expect(fixture.row("new")?.expected == 3, "April, May and June")
        #expect(fixture.row("p5")?.expected == 4, "January to April; the transfer is dated 1 May")
        let later = fixture.participation(Period(from: Day("2026-07-01")!, to: Day("2026-12-31")!), today: "2026-12-31")
        #expect(!later.rows.contains { $0.memberID == "p5" }, "not on the roster and no rows in the period")
    }

    @Test func aMeetingOfTwoTypesCountsUnderEitherTypeFilter() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay, .generalMeeting], on: "2026-06-10")
        fixture.hold([.partyLecture], on: "2026-06-20")
        #expect(fixture.row("p3", types: [.themePartyDay])?.expected == 1)
        #expect(fixture.row("p3", types: [.generalMeeting])?.expected == 1)
        #expect(fixture.row("p3", types: [.generalMeeting, .partyLecture])?.expected == 2)
        #expect(fixture.row("p3")?.expected == 2)
    }

    @Test func partyGroupAndCommitteeMeetingsExpectOnlyTheirScope() {
        var fixture = RuleFixture()
        fixture.hold([.partyGroupMeeting], on: "2026-06-18", group: "g1")
        fixture.hold([.committeeMeeting], on: "2026-06-05")
        #expect(fixture.row("p2")?.expected == 2, "p2 is in g1 and on the committee")
        #expect(fixture.row("p4")?.expected == 1, "g1, not committee")
        #expect(fixture.row("p3")?.expected == 0, "g2 and not committee: expected at neither")
        #expect(fixture.row("p3")?.rate == nil)
    }

    @Test func aProbationaryMemberConvertedMidYearCountsThroughoutAndShowsTheCurrentCategory() {
        var fixture = RuleFixture()
        fixture.members[6].category = History(.probationary, since: Day("2025-07-01")!)
        fixture.members[6].category.set(.full, from: Day("2026-07-01")!)
        let before = fixture.hold([.themePartyDay], on: "2026-03-10")
        let after = fixture.hold([.themePartyDay], on: "2026-09-10")
        #expect(before.attendance.first { $0.memberID == "p6" }?.category == .probationary)
        #expect(after.attendance.first { $0.memberID == "p6" }?.hasVote == true)
        let row = fixture.row("p6")!
        #expect(row.expected == 2 && row.attended == 2)
        #expect(row.category == .full)
        #expect(fixture.row("p6", Period(from: Day("2026-01-01")!, to: Day("2026-06-30")!))?.category == .probationary)
    }

    @Test func speechesAndPledgesAreCountedPerMember() {
        var fixture = RuleFixture()
        var meeting = fixture.hold([.themePartyDay], on: "2026-10-10")
        let p3 = PersonRef(name: "党员3", memberID: "p3")
        meeting.speeches = [Speech(speaker: p3, summary: "a"), Speech(speaker: p3, summary: "b"), Speech(speaker: PersonRef(name: "guest"), summary: "c")]
        meeting.pledges = [Pledge(by: p3, text: "one", due: Day("2026-11-01")!), Pledge(by: p3, text: "two", status: .kept),
                           Pledge(by: p3, text: "three", status: .dropped), Pledge(by: nil, text: "branch")]
        fixture.meetings = [meeting]
        let row = fixture.row("p3", today: "2026-11-25")!
        #expect(row.speeches == 2)
        #expect((row.pledgesMade, row.pledgesKept, row.pledgesOpen, row.pledgesOverdue, row.pledgesDropped) == (3, 1, 1, 1, 1))
    }

    @Test func theIndexCarriesEverythingTheReportNeeds() throws {
        let demo = DemoData.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pd-part-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let store = try Store(folder: folder)
            try demo.write(to: store)
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".partyday/meetings-index.tsv").path))
        let reopened = try Store(folder: folder, access: .readOnly)
        let fromIndex = reopened.listMeetings().summaries
        let direct = demo.meetings.map(MeetingSummary.init).sorted { ($0.start, $0.id) > ($1.start, $1.id) }
        #expect(fromIndex == direct)
        let query = ParticipationQuery.thisYear(Day("2026-11-25")!)
        let a = ParticipationReport(branch: demo.branch, members: demo.members, summaries: fromIndex, query: query, today: Day("2026-11-25")!)
        let b = ParticipationReport(branch: demo.branch, members: demo.members, summaries: direct, query: query, today: Day("2026-11-25")!)
        #expect(a.rows == b.rows)
    }
}
