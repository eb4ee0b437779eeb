import Foundation
import Testing
@testable import PartyDayKit

@Suite struct DateTextTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test func formatsInTheBranchZoneAcrossDayAndYearBoundaries() {
        let instant = Day("2026-12-31")!.start(in: TimeZone(identifier: "UTC")!).addingTimeInterval(17 * 3600)
        #expect(DateText.dateTime(instant, in: shanghai) == "2027-01-01 01:00")
        #expect(DateText.day(instant, in: TimeZone(identifier: "America/New_York")!) == Day("2026-12-31"))
        #expect(DateText.time(DemoData.date("2026-11-10", 9, 5), in: shanghai) == "09:05")
        let old = Day("1969-07-20")!.start(in: TimeZone(identifier: "UTC")!)
        #expect(DateText.dateTime(old, in: TimeZone(identifier: "UTC")!) == "1969-07-20 00:00")
    }

    @Test func parsesAndRejects() {
        #expect(DateText.parseDateTime("2026-11-10 09:00", in: shanghai) == DemoData.date("2026-11-10", 9))
        #expect(DateText.parseDateTime("2026-11-10", in: shanghai) == DemoData.date("2026-11-10", 0))
        for bad in ["2026-02-30 09:00", "2026-11-10 25:00", "2026-11-10 9:60", "2026-11-10 0900", "tomorrow"] {
            #expect(DateText.parseDateTime(bad, in: shanghai) == nil, "\(bad)")
        }
    }
}
