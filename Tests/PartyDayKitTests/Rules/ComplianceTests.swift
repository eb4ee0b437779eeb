import Foundation
import Testing
@testable import PartyDayKit

@Suite struct ComplianceTests {
    private func line(_ report: ComplianceReport, _ type: MeetingType, group: String? = nil) -> DutyLine? {
        report.lines.first { $0.type == type && $0.partyGroup?.id == group }
    }

    @Test func eachPeriodIsHeldMissingDueOrUpcoming() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-01-10")
        fixture.hold([.themePartyDay], on: "2026-03-10")
        fixture.hold([.themePartyDay], on: "2026-04-28", state: .planned)
        let report = fixture.compliance(2026, today: "2026-04-15")
        let theme = line(report, .themePartyDay)!
        #expect(theme.periods.map(\.status).prefix(5) == [.held, .missing, .held, .due, .upcoming])
        #expect(theme.periods[3].planned == [Day("2026-04-28")!], "a planned meeting is shown, not counted")
        #expect(theme.missing.map(\.label) == ["2026-02"])
        #expect(theme.heldCount == 2 && theme.owedCount == 4)
        #expect(line(report, .generalMeeting)?.periods.map(\.status) == [.missing, .due, .upcoming, .upcoming])
        #expect(line(report, .organizationalLifeMeeting)?.periods.map(\.status) == [.due])
    }

    @Test func oneGatheringCountsForEveryTypeItCarries() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay, .generalMeeting], on: "2026-06-10")
        let report = fixture.compliance(2026, today: "2026-06-30")
        #expect(line(report, .themePartyDay)?.period(containing: Day("2026-06-10")!)?.status == .held)
        #expect(line(report, .generalMeeting)?.period(containing: Day("2026-06-10")!)?.status == .held)
    }

    @Test func partyGroupMeetingsAreOwedOncePerGroup() {
        var fixture = RuleFixture()
        fixture.hold([.partyGroupMeeting], on: "2026-05-18", group: "g1")
        let report = fixture.compliance(2026, today: "2026-05-31")
        #expect(line(report, .partyGroupMeeting, group: "g1")?.period(containing: Day("2026-05-01")!)?.status == .held)
        #expect(line(report, .partyGroupMeeting, group: "g2")?.period(containing: Day("2026-05-01")!)?.status == .due)
        fixture.branch.partyGroups = []
        let noGroups = fixture.compliance(2026, today: "2026-05-31")
        #expect(!noGroups.lines.contains { $0.type == .partyGroupMeeting })
        #expect(noGroups.notes.contains(.noPartyGroups))
    }

    @Test func aBranchWithFewerThanSevenFullMembersOwesNoCommitteeMeetings() {
        let small = RuleFixture(memberCount: 6)
        let report = small.compliance(2026, today: "2026-05-31")
        #expect(line(report, .committeeMeeting)?.periods.allSatisfy { $0.status == .notOwed || $0.status == .upcoming } == true)
        #expect(report.notes.contains(.noCommittee(fullMembers: 6)))
        #expect(report.missed.allSatisfy { $0.line.type != .committeeMeeting })
        var big = RuleFixture(memberCount: 7)
        big.hold([.themePartyDay], on: "2026-01-05")
        #expect(line(big.compliance(2026, today: "2026-05-31"), .committeeMeeting)?.missing.count == 4)
    }

    @Test func dutyRulesAreTheBranchsOwn() {
        var fixture = RuleFixture()
        fixture.branch.dutyRules = [DutyRule(type: .partyLecture, frequency: .yearly), DutyRule(type: .democraticEvaluation, frequency: .never)]
        let report = fixture.compliance(2026, today: "2026-05-31")
        #expect(line(report, .partyLecture)?.periods.map(\.label) == ["2026"])
        #expect(line(report, .democraticEvaluation) == nil)
        #expect(line(report, .themePartyDay)?.frequency == .monthly, "a type without a rule keeps its default")
    }

    @Test func currentPeriodsAreWhatTheHomeScreenShows() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-11-10")
        let report = fixture.compliance(2026, today: "2026-11-25")
        let month = report.current(.monthly)
        #expect(month.first { $0.line.type == .themePartyDay }?.period.status == .held)
        #expect(month.first { $0.line.type == .committeeMeeting }?.period.status == .due)
        #expect(report.current(.quarterly).map(\.period.label) == ["2026-Q4", "2026-Q4"])
    }

    @Test func periodsBeforeTheFirstRecordedMeetingAreNotJudged() {
        var fixture = RuleFixture()
        let empty = fixture.compliance(2026, today: "2026-11-25")
        #expect(empty.recordsStart == nil)
        #expect(empty.missed.isEmpty, "a branch new to partyday has missed nothing")
        #expect(line(empty, .themePartyDay)?.periods.map(\.status).suffix(3) == [.beforeRecords, .due, .upcoming])
        fixture.hold([.committeeMeeting], on: "2026-09-15")
        let report = fixture.compliance(2026, today: "2026-11-25")
        #expect(report.recordsStart == Day("2026-09-15"))
        let theme = line(report, .themePartyDay)!
        #expect(theme.periods.prefix(8).allSatisfy { $0.status == .beforeRecords })
        #expect(theme.missing.map(\.label) == ["2026-09", "2026-10"], "September counts: the records begin in it")
        #expect(line(report, .generalMeeting)?.periods.map(\.status) == [.beforeRecords, .beforeRecords, .missing, .due])
    }
}

/// Judged as of a day: a past year is over, a later meeting is not known yet.
@Suite struct ComplianceAsOfTests {
    @Test func aPastYearIsJudgedAsOverItsLastQuarterAndYearlyDutiesMissed() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2025-01-10")
        fixture.hold([.generalMeeting], on: "2025-03-10")
        // No general meeting after March 2025, and no democratic evaluation for 2025.
        let report = fixture.compliance(2025, today: "2026-11-27")
        let lines = Dictionary(report.lines.filter { $0.partyGroup == nil }.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(lines[.generalMeeting]?.periods.map(\.status) == [.held, .missing, .missing, .missing], "its last quarter is missed, not due")
        #expect(lines[.democraticEvaluation]?.periods.map(\.status) == [.missing])
        #expect(lines[.themePartyDay]?.periods.last?.status == .missing, "December 2025 is over")
        #expect(!report.lines.flatMap(\.periods).contains { $0.status == .due }, "nothing of a past year is still due")
    }

    @Test func aMeetingHeldAfterTheDayJudgedDoesNotCount() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-01-10")
        fixture.hold([.themePartyDay], on: "2026-03-10", marks: ["p3": .absentUnexcused])
        fixture.hold([.themePartyDay], on: "2026-06-10")
        let compliance = fixture.compliance(2026, today: "2026-04-30")
        let theme = compliance.lines.first { $0.type == .themePartyDay }!
        #expect(theme.periods[5].held.isEmpty, "June's meeting is after 30 April")
        let participation = fixture.participation(.year(2026), today: "2026-04-30")
        #expect(participation.rows.first { $0.memberID == "p1" }?.expected == 2, "January and March only")
    }

    @Test func whoIsAtRiskIsWhoIsOnTheRoster() {
        var fixture = RuleFixture()
        fixture.hold([.themePartyDay], on: "2026-01-10")
        for month in 2...8 {
            fixture.hold([.themePartyDay], on: String(format: "2026-%02d-10", month), marks: ["p3": .absentUnexcused])
        }
        #expect(fixture.participation(.year(2026), today: "2026-09-30").atRisk.members.map(\.memberID) == ["p3"])
        // Transferred out on 1 September: no talk is owed to somebody who left.
        fixture.members[3].rosterStatus.set(.transferredOut, from: Day("2026-09-01")!)
        let report = fixture.participation(.year(2026), today: "2026-09-30")
        #expect(report.atRisk.members.isEmpty)
        #expect(report.rows.contains { $0.memberID == "p3" }, "still listed with the year's figures")
    }
}

/// A democratic evaluation or organizational-life meeting held early in a year is
/// usually for the year before: the record says which, and duties count it there.
@Suite struct EvaluationYearTests {
    @Test func anEvaluationHeldInJanuaryIsForTheYearBeforeByDefault() {
        var fixture = RuleFixture()
        let meeting = fixture.hold([.democraticEvaluation, .organizationalLifeMeeting], on: "2027-01-15")
        #expect(meeting.evaluationYear == 2026, "written into the record when the meeting is made")
        fixture.hold([.themePartyDay], on: "2026-01-10")
        let year2026 = fixture.compliance(2026, today: "2027-02-01")
        let evaluation = year2026.lines.first { $0.type == .democraticEvaluation }!
        #expect(evaluation.periods.map(\.status) == [.held])
        #expect(evaluation.periods[0].held == [Day("2027-01-15")!], "the day it was held is shown")
        #expect(year2026.lines.first { $0.type == .organizationalLifeMeeting }!.periods.map(\.status) == [.held])
        let year2027 = fixture.compliance(2027, today: "2027-02-01")
        #expect(year2027.lines.first { $0.type == .democraticEvaluation }!.periods.map(\.status) == [.due], "2027's is still to come")
    }

    @Test func theRecordedYearWinsAndAMarchMeetingIsForItsOwnYear() {
        var fixture = RuleFixture()
        var january = fixture.hold([.democraticEvaluation], on: "2027-01-20")
        january.evaluationYear = 2027
        fixture.meetings[0] = january
        #expect(fixture.compliance(2027, today: "2027-02-01").lines.first { $0.type == .democraticEvaluation }!.periods.map(\.status) == [.held])
        let march = fixture.hold([.democraticEvaluation], on: "2027-03-02")
        #expect(march.evaluationYear == 2027)
    }
}
