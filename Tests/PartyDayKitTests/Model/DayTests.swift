import Foundation
import Testing
@testable import PartyDayKit

@Suite struct DayTests {
    @Test func parsesAndPrintsISOFormat() throws {
        let day = try #require(Day("2026-11-10"))
        #expect(day.year == 2026 && day.month == 11 && day.day == 10)
        #expect(day.description == "2026-11-10")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29", "26-11-10", "2026-1-10", "x", ""])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func acceptsLeapDay() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("1900-02-29") == nil)
    }

    @Test func dayOfAnInstantDependsOnTheTimeZone() {
        // 17:30 UTC on 31 March is already 1 April in Shanghai: another month and quarter.
        let instant = Date.utc("2026-03-31 17:30")
        #expect(Day(instant, in: TimeZone(identifier: "UTC")!) == Day("2026-03-31"))
        #expect(Day(instant, in: TimeZone(identifier: "Asia/Shanghai")!) == Day("2026-04-01"))
    }

    @Test func ordersChronologically() {
        #expect(Day("2025-12-31")! < Day("2026-01-01")!)
        #expect(Day("2026-01-09")! < Day("2026-01-10")!)
        #expect(Day("2026-03-01")!.adding(days: -1) == Day("2026-02-28"))
    }
}
