import Testing
@testable import PartyDayKit

@Suite struct PledgeTests {
    @Test func overdueMeansOpenAndPastTheDueDay() {
        let today = Day("2026-11-25")!
        #expect(Pledge(by: nil, text: "", due: Day("2026-11-24")).isOverdue(today: today))
        #expect(!Pledge(by: nil, text: "", due: Day("2026-11-25")).isOverdue(today: today), "due today is not yet overdue")
        #expect(!Pledge(by: nil, text: "", due: Day("2026-10-01"), status: .kept).isOverdue(today: today))
        #expect(!Pledge(by: nil, text: "", due: Day("2026-10-01"), status: .dropped).isOverdue(today: today))
        #expect(!Pledge(by: nil, text: "", due: nil).isOverdue(today: today))
    }

    @Test func aMeetingListsItsOverduePledges() {
        let meeting = Meeting(types: [.themePartyDay], start: .utc("2026-10-10 01:00"), pledges: [
            Pledge(id: "late", by: nil, text: "a", due: Day("2026-11-01")),
            Pledge(id: "fine", by: nil, text: "b", due: Day("2026-12-31")),
        ])
        #expect(meeting.overduePledges(today: Day("2026-11-25")!).map(\.id) == ["late"])
    }
}
