import Foundation
import Testing
@testable import PartyDayKit

/// 停止党籍, 恢复党籍, 除名: who may be their subject on a day, where the roster stands after
/// each, and how the year's figures name them.
@Suite struct MembershipTicksTests {
    let member = Member(id: "m", name: "丙", joinedOn: Day("2001-07-01"), onRosterSince: Day("2010-01-01")!)

    @Test func stoppingNeedsAMemberOnTheRosterAndRestoringOneStopped() {
        let day = Day("2026-12-01")!
        #expect(MembershipTicks.problem(member, .stopped, on: day) == nil)
        #expect(MembershipTicks.problem(member, .removed, on: day) == nil)
        #expect(MembershipTicks.problem(member, .restored, on: day)?.chinese == "丙在 2026-12-01 未被停止党籍，无需恢复。")
        let stopped = MembershipTicks.roster(member, after: MembershipDecision(day: day, kind: .stopped))
        #expect(stopped.snapshot(on: day) == nil && stopped.snapshot(on: day.adding(days: -1)) != nil, "off the roster's count from the day")
        #expect(MembershipTicks.problem(stopped, .stopped, on: day)?.chinese == "丙在 2026-12-01 不在本支部名册上。")
        #expect(MembershipTicks.problem(stopped, .restored, on: day) == nil)
        #expect(MembershipTicks.problem(stopped, .removed, on: day) == nil, "removal after a stop")
        var transferred = member
        transferred.rosterStatus.set(.transferredOut, from: Day("2026-06-01")!)
        #expect(MembershipTicks.problem(transferred, .removed, on: day) != nil)
    }

    @Test func theYearsChangesNameAStopARestorationAndARemoval() {
        var back = MembershipTicks.roster(member, after: MembershipDecision(day: Day("2026-03-10")!, kind: .stopped))
        back = MembershipTicks.roster(back, after: MembershipDecision(day: Day("2026-09-10")!, kind: .restored))
        var gone = Member(id: "n", name: "丁", joinedOn: Day("2001-07-01"), onRosterSince: Day("2010-01-01")!)
        gone = MembershipTicks.roster(gone, after: MembershipDecision(day: Day("2024-05-10")!, kind: .stopped))
        gone = MembershipTicks.roster(gone, after: MembershipDecision(day: Day("2026-05-12")!, kind: .removed))
        let changes = YearFigures.changes([back, gone], from: Day("2026-01-01")!, to: Day("2026-12-31")!)
        #expect(changes.map { "\($0.day) \($0.name) \($0.kind.rawValue)" }
            == ["2026-03-10 丙 membership-stopped", "2026-05-12 丁 removed", "2026-09-10 丙 membership-restored"])
    }

    @Test func eachMeetingDecisionKindMapsToItsMembershipDecision() {
        #expect(DecisionKind.allCases.compactMap(MembershipTicks.kind(of:)) == [.stopped, .restored, .removed])
        #expect([DecisionKind.membershipStopped, .membershipRestored, .removal].allSatisfy { $0.needsGeneralMeeting })
    }
}
