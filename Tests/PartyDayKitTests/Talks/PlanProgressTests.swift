import Foundation
import Testing
@testable import PartyDayKit

/// The plan against what was held: a planned meeting is done when a meeting of its type
/// (and group) is held in its month, scheduled when one is planned there, missed once the
/// month is over; one meeting answers one planned entry; counted by quarter.
@Suite struct PlanProgressTests {
    let zone = TimeZone(identifier: "Asia/Shanghai")!

    func summary(_ id: String, _ day: String, _ type: MeetingType, state: Meeting.State = .concluded, group: String? = nil) -> MeetingSummary {
        var meeting = Meeting(id: id, types: [type], start: Day(day)!.start(in: zone).addingTimeInterval(14 * 3600))
        meeting.state = state
        meeting.partyGroupID = group
        return MeetingSummary(meeting)
    }

    @Test func doneScheduledDueAndMissed() {
        let plan = YearPlan(year: 2026, meetings: [
            PlannedMeeting(id: "a", type: .partyLecture, month: 3), PlannedMeeting(id: "b", type: .partyLecture, month: 6),
            PlannedMeeting(id: "c", type: .generalMeeting, month: 12), PlannedMeeting(id: "d", type: .partyLecture, month: 12),
            PlannedMeeting(id: "e", type: .partyGroupMeeting, month: 3, partyGroupID: "g2"), PlannedMeeting(id: "f", type: .partyLecture, month: 3),
        ])
        let summaries = [summary("m1", "2026-03-20", .partyLecture), summary("m2", "2026-12-20", .generalMeeting, state: .planned),
                         summary("m3", "2026-03-12", .partyGroupMeeting, group: "g1")]
        let progress = PlanProgress(plan, summaries: summaries, zone: zone, asOf: Day("2026-12-07")!)
        let status = Dictionary(uniqueKeysWithValues: progress.items.map { ($0.planned.id, $0.status) })
        #expect(status == ["a": .done, "f": .missed, "b": .missed, "c": .scheduled, "d": .due, "e": .missed],
                "one meeting answers one entry; another group's meeting is not this group's")
        #expect(progress.quarter(1) == (1, 0, 2) && progress.quarter(4) == (0, 2, 0))
        #expect(progress.unscheduled(in: 12).map(\.planned.id) == ["d"])
        #expect(PlanValidation.issue(YearPlan(year: 2026, meetings: [PlannedMeeting(type: .partyLecture, month: 13)])) != nil)
        var renamed = YearPlan(year: 2026)
        renamed.id = "plan-2025"
        #expect(PlanValidation.issue(renamed) != nil, "a plan's file names its year")
    }
}
