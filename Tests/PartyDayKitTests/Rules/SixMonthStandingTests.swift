import Foundation
import Testing
@testable import PartyDayKit

@Suite struct SixMonthStandingTests {
    private func standing(_ fixture: RuleFixture, _ id: String, today: String) -> SixMonthStanding {
        fixture.participation(.year(Day(today)!.year), today: today).rows.first { $0.memberID == id }!.standing
    }

    @Test func aMonthIsAttendedUnexcusedExcusedOrEmpty() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-01-10", marks: ["p3": .absentUnexcused])
        fixture.hold([.partyLecture], on: "2026-01-28", marks: ["p3": .late])
        fixture.hold([.themePartyDay], on: "2026-02-10", marks: ["p3": .onLeave])
        fixture.hold([.partyLecture], on: "2026-02-28", marks: ["p3": .absentUnexcused])
        fixture.hold([.themePartyDay], on: "2026-03-10", marks: ["p3": .onLeave])
        fixture.hold([.partyLecture], on: "2026-03-28", marks: ["p3": .absentExcused])
        fixture.hold([.themePartyDay], on: "2026-04-10", marks: ["p3": .excluded])
        let months = standing(fixture, "p3", today: "2026-06-30").months
        #expect(months[YearMonth(year: 2026, month: 1)] == .attended, "one meeting attended is enough")
        #expect(months[YearMonth(year: 2026, month: 2)] == .unexcused, "one absence without reason spoils the month")
        #expect(months[YearMonth(year: 2026, month: 3)] == .excused)
        #expect(months[YearMonth(year: 2026, month: 4)] == .empty, "left out of the only expected count")
        #expect(months[YearMonth(year: 2026, month: 5)] == nil, "no meeting at all")
    }

    @Test func anEmptyMonthNeitherCountsNorEndsTheRunAnExcusedMonthEndsIt() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-01-10")
        fixture.hold([.themePartyDay], on: "2026-02-10", marks: ["p3": .absentUnexcused])
        fixture.hold([.themePartyDay], on: "2026-03-10", marks: ["p3": .onLeave])
        fixture.hold([.themePartyDay], on: "2026-04-10", marks: ["p3": .absentUnexcused])
        // May: no meeting.
        fixture.hold([.themePartyDay], on: "2026-06-10", marks: ["p3": .absentUnexcused])
        fixture.hold([.themePartyDay], on: "2026-07-10", marks: ["p3": .absentUnexcused])
        let s = standing(fixture, "p3", today: "2026-07-31")
        #expect(s.unexcusedMonths == 3, "April, June, July: May is empty; March's leave ended the run before")
        #expect(s.excusedMonths == 1)
        #expect(s.lastAttendedMonth == YearMonth(year: 2026, month: 1))
        #expect(s.firstUnexcused == YearMonth(year: 2026, month: 4) && s.lastUnexcused == YearMonth(year: 2026, month: 7))
        #expect(s.level == .talk)
    }

    @Test func sixUnexcusedMonthsSeparatedByLeaveAreNotSixConsecutiveMonths() {
        // Unexcused in odd months, on leave in even ones, from January to December.
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2025-12-10")
        for month in 1...12 {
            let day = String(format: "2026-%02d-10", month)
            fixture.hold([.themePartyDay], on: day, marks: ["p3": month % 2 == 1 ? .absentUnexcused : .onLeave])
        }
        let november = standing(fixture, "p3", today: "2026-11-30")
        #expect(november.unexcusedMonths == 1, "only November: October's leave ended the run")
        #expect(november.level == .none, "not regarded as having left the Party")
        let december = standing(fixture, "p3", today: "2026-12-31")
        #expect(december.unexcusedMonths == 0 && december.excusedMonths == 6)
        #expect(december.level == .none)
    }

    @Test func aRunCrossesTheYearAndClimbsTheLadder() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2025-08-10")
        for month in ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"] {
            fixture.hold([.themePartyDay], on: "\(month)-10", marks: ["p3": .absentUnexcused])
        }
        #expect(standing(fixture, "p3", today: "2025-11-30").level == .talk)
        #expect(standing(fixture, "p3", today: "2026-01-31").level == .urgent)
        let s = standing(fixture, "p3", today: "2026-02-28")
        #expect(s.unexcusedMonths == 6)
        #expect(s.level == .regardedAsLeft)
        #expect(s.lastAttendedMonth == YearMonth(year: 2025, month: 8))
    }

    @Test func attendingEndsTheRun() {
        var fixture = RuleFixture()
        for month in ["2026-01", "2026-02", "2026-03", "2026-04"] {
            fixture.hold([.themePartyDay], on: "\(month)-10", marks: ["p3": .absentUnexcused])
        }
        fixture.hold([.partyLecture], on: "2026-05-20")
        let s = standing(fixture, "p3", today: "2026-05-31")
        #expect(s.unexcusedMonths == 0 && s.level == .none)
        #expect(standing(fixture, "p3", today: "2026-04-30").level == .talk, "judged on an earlier day, the run was open")
    }

    @Test func aLongLeaveIsShownButNeverEscalated() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-01-10")
        for month in ["02", "03", "04", "05", "06", "07", "08"] {
            fixture.hold([.themePartyDay], on: "2026-\(month)-10", marks: ["p3": .onLeave])
        }
        let report = fixture.participation(.year(2026), today: "2026-08-31")
        #expect(report.atRisk.members.isEmpty)
        #expect(report.excusedRuns(atLeast: 3).map(\.memberID) == ["p3"])
        #expect(report.rows.first { $0.memberID == "p3" }?.standing.excusedMonths == 7)
        #expect(RiskText.lines(report, Labels(.english)) == ["No member has reached a warning.",
                                                             "On long excused leave (not escalated): 党员3 7 months"])
    }

    @Test func unmarkedRowsOfAConcludedMeetingAreNoProperReason() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-03-10", marks: ["p3": .unmarked])
        #expect(standing(fixture, "p3", today: "2026-03-31").unexcusedMonths == 1)
    }

    @Test func theLadderIsTheBranchsOwnAndMobileMembersAreListedApart() {
        var fixture = RuleFixture()
        fixture.branch.warningLadder = WarningLadder(talk: 2, urgent: 3, regardedAsLeft: 4)
        fixture.members[4].isMobile = true
        fixture.hold([.themePartyDay], on: "2026-01-10")
        for month in ["02", "03"] {
            fixture.hold([.themePartyDay], on: "2026-\(month)-10", marks: ["p3": .absentUnexcused, "p4": .absentUnexcused])
        }
        let risk = fixture.participation(.year(2026), today: "2026-03-31").atRisk
        #expect(risk.members.map(\.memberID) == ["p3"])
        #expect(risk.mobile.map(\.memberID) == ["p4"])
        #expect(risk.members.first?.standing.level == .talk)
        #expect(!WarningLadder(talk: 4, urgent: 3, regardedAsLeft: 6).isValid)
        #expect(!WarningLadder(talk: 0, urgent: 3, regardedAsLeft: 6).isValid)
    }
}
