import Testing
@testable import PartyDayKit

@Suite struct HistoryTests {
    @Test func answersForAnyPastDay() {
        var category = History(MemberCategory.probationary, since: Day("2025-06-01")!)
        category.set(.full, from: Day("2026-06-01")!)
        #expect(category.value(on: Day("2025-05-31")!) == nil)
        #expect(category.value(on: Day("2026-05-31")!) == .probationary)
        #expect(category.value(on: Day("2026-06-01")!) == .full)
        #expect(category.current == .full)
    }

    @Test func aChangeOnTheSameDayReplacesTheEarlierOne() {
        var status = History(RosterStatus.active, since: Day("2020-01-01")!)
        status.set(.transferredOut, from: Day("2026-08-01")!)
        status.set(.deceased, from: Day("2026-08-01")!)
        #expect(status.changes.count == 2)
        #expect(status.value(on: Day("2026-09-01")!) == .deceased)
    }

    @Test func changesInsertedOutOfOrderAreKeptSorted() {
        var group = History<String?>("g1", since: Day("2020-01-01")!)
        group.set("g3", from: Day("2024-01-01")!)
        group.set("g2", from: Day("2022-01-01")!)
        #expect(group.changes.map(\.since) == [Day("2020-01-01")!, Day("2022-01-01")!, Day("2024-01-01")!])
        #expect(group.value(on: Day("2023-06-01")!) == "g2")
    }
}
