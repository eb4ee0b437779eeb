import Foundation
import Testing
@testable import PartyDayKit

@Suite struct DemoDataTests {
    let demo = DemoData.make()

    @Test func isTheSameEveryTime() {
        let again = DemoData.make()
        #expect(again.meetings == demo.meetings)
        #expect(again.members == demo.members)
    }

    @Test func hasTheRosterTheStoryNeeds() {
        let today = Day("2026-11-10")!
        let onRoster = Roster(members: demo.members).onRoster(on: today)
        #expect((28...32).contains(demo.members.count))
        #expect(onRoster.contains { $0.category == .probationary })
        #expect(demo.members.contains { $0.name.allSatisfy { $0.isASCII } }, "some names in Latin letters")
        #expect(demo.members.filter(\.isMobile).count == 1)
        #expect(Set(onRoster.compactMap(\.partyGroupID)).count == 2)
        #expect(demo.branch.partyGroups.count == 2)
    }

    @Test func coversEveryMeetingTypeOverAYearEndingWithTheSeed() throws {
        let types = Set(demo.meetings.flatMap(\.types))
        #expect(types == Set(MeetingType.allCases))
        #expect(demo.meetings.contains { $0.types.count > 1 }, "one gathering counts as two types")
        let last = try #require(demo.meetings.max { $0.start < $1.start })
        #expect(last.id == DemoData.seedMeetingID)
        let first = try #require(demo.meetings.min { $0.start < $1.start })
        #expect(last.start.timeIntervalSince(first.start) > 300 * 86_400)
    }

    @Test func theSeedMeetingIsLoggedCompletely() throws {
        let seed = SeedMeetingFixture.meeting
        #expect(seed.theme == "决战四季度，坚决打赢扭亏攻坚战")
        #expect(Day(seed.start, in: DemoData.timeZone) == Day("2026-11-10"))
        #expect(seed.guests.map(\.name) == ["侯军", "张润生", "刘洪波", "张永庆"])
        #expect(seed.guests.allSatisfy { !$0.title.isEmpty })
        #expect(seed.agenda.allSatisfy { $0.status == .done && $0.doneAt != nil })
        #expect(seed.speeches.contains { $0.speaker.guestID == "g-houjun" })
        #expect(seed.suggestions.count == 2 && seed.suggestions.allSatisfy { !$0.answer.isEmpty && $0.answeredBy != nil })
        #expect(seed.pledges.contains { $0.by == nil }, "the whole branch pledges too")
        #expect(seed.attendance.contains { $0.status == .onLeave && !$0.reason.isEmpty })
        #expect(seed.attendance.contains { $0.status == .excluded && $0.exclusion != nil })
        #expect(seed.host != nil && seed.recorder != nil && !seed.hostSummary.isEmpty)
        #expect(seed.tally.quorumMet)
    }

    @Test func pledgesAreKeptOpenAndOverdue() {
        let pledges = demo.meetings.flatMap(\.pledges)
        let today = Day("2026-11-25")!
        #expect(pledges.contains { $0.status == .kept && !$0.reviews.isEmpty })
        #expect(pledges.contains { $0.status == .dropped })
        #expect(pledges.contains { $0.isOverdue(today: today) })
        #expect(pledges.contains { $0.status == .open && !$0.isOverdue(today: today) })
    }

    @Test func oneMemberDriftsAwayAndOneIsOnLongLeave() {
        let since = Day("2026-07-01")!
        let recent = demo.meetings.filter { Day($0.start, in: DemoData.timeZone) >= since }
        let drifting = recent.flatMap(\.attendance).filter { $0.memberID == DemoRoster.driftingMember }
        #expect(!drifting.isEmpty && drifting.allSatisfy { $0.status == .absentUnexcused })
        let leave = recent.filter { $0.start < DemoData.date("2026-10-31", 0) }
            .flatMap(\.attendance).filter { $0.memberID == DemoRoster.longLeaveMember }
        #expect(!leave.isEmpty && leave.allSatisfy { $0.status == .onLeave && !$0.reason.isEmpty })
    }

    @Test func isWrittenOnlyIntoAnEmptyFolder() throws {
        let folder = TempFolder()
        try demo.write(to: openStore(folder))
        let store = try openStore(folder, .readOnly)
        #expect(store.listMeetings().summaries.count == demo.meetings.count)
        #expect(store.check().isEmpty)
        #expect(throws: DemoError.self) { try demo.write(to: openStore(folder)) }
    }
}
