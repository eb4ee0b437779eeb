import Foundation
import Testing
@testable import PartyDayKit

/// One lenient reader for every date and time a person types.
@Suite struct DateInputTests {
    let today = Day("2026-11-27")!
    let zone = TimeZone(identifier: "Asia/Shanghai")!

    @Test(arguments: [
        ("2026-11-10", "2026-11-10"), ("2026/11/10", "2026-11-10"), ("2026.11.10", "2026-11-10"), ("2026-1-5", "2026-01-05"),
        ("11-10", "2026-11-10"), ("11/10", "2026-11-10"), ("1/5", "2026-01-05"), ("2026年11月10日", "2026-11-10"),
        ("2026年1月5号", "2026-01-05"), ("11月10日", "2026-11-10"), ("11月10", "2026-11-10"), ("20261110", "2026-11-10"),
        ("今天", "2026-11-27"), ("昨天", "2026-11-26"), ("明天", "2026-11-28"), ("today", "2026-11-27"),
        ("Yesterday", "2026-11-26"), ("tomorrow", "2026-11-28"), ("２０２６－１１－１０", "2026-11-10"), (" 2026-11-10 ", "2026-11-10"),
    ])
    func daysInEveryForm(_ text: String, _ expected: String) {
        #expect(DateInput.day(text, today: today) == Day(expected), "\(text)")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "11/31", "10/11/2026", "11-10-2026", "2026", "11", "2026年13月1日", "next week", "", "2026-11-10x", "99999-1-1"])
    func impossibleOrAmbiguousDaysAreRefused(_ text: String) {
        #expect(DateInput.day(text, today: today) == nil, "\(text)")
    }

    @Test(arguments: [("9:00", 540), ("09:00", 540), ("14:30", 870), ("9点", 540), ("9点半", 570), ("14点30分", 870), ("14时", 840), ("０９：３０", 570)])
    func timesInEveryForm(_ text: String, _ minutes: Int) {
        #expect(DateInput.time(text) == minutes, "\(text)")
    }

    @Test(arguments: ["25:00", "12:60", "9", "9:5", "930", "点", "9点半30分"])
    func impossibleTimesAreRefused(_ text: String) {
        #expect(DateInput.time(text) == nil, "\(text)")
    }

    @Test func daysWithTimes() {
        let expected = Day("2026-11-13")!.start(in: zone).addingTimeInterval(14.5 * 3600)
        for text in ["2026-11-13 14:30", "11/13 14:30", "2026年11月13日14点30分", "2026年11月13日 14:30"] {
            #expect(DateInput.dateTime(text, today: today, in: zone) == expected, "\(text)")
        }
        #expect(DateInput.dateTime("昨天 9:00", today: today, in: zone) == Day("2026-11-26")!.start(in: zone).addingTimeInterval(9 * 3600))
        #expect(DateInput.dateTime("昨天9点", today: today, in: zone) == Day("2026-11-26")!.start(in: zone).addingTimeInterval(9 * 3600))
        #expect(DateInput.dateTime("2026-11-13", today: today, in: zone) == Day("2026-11-13")!.start(in: zone))
        #expect(DateInput.dateTime("2026-11-13 25:00", today: today, in: zone) == nil)
    }
}
