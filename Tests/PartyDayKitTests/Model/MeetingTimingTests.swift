import Foundation
import Testing
@testable import PartyDayKit

/// A meeting written up after the fact gets step times inside the meeting, never the
/// day it was typed.
@Suite struct MeetingTimingTests {
    let zone = TimeZone(identifier: "Asia/Shanghai")!

    func meeting(start: Date, end: Date? = nil, steps: Int = 3) -> Meeting {
        Meeting(types: [.themePartyDay], start: start, end: end, agenda: (0..<steps).map { AgendaStep(title: "step \($0)") })
    }

    @Test func duringTheMeetingATickTakesTheClock() {
        let start = Day("2026-11-10")!.start(in: zone).addingTimeInterval(14.5 * 3600)
        let now = start.addingTimeInterval(40 * 60)
        #expect(meeting(start: start).tickTime(forStep: 1, now: now) == now)
    }

    @Test func writtenUpLaterStepsSpreadOverTheMeetingOnFiveMinuteMarks() {
        let start = Day("2026-11-10")!.start(in: zone).addingTimeInterval(14.5 * 3600)
        let now = Day("2026-11-27")!.start(in: zone).addingTimeInterval(15 * 3600 + 52 * 60)
        var written = meeting(start: start, end: start.addingTimeInterval(2 * 3600), steps: 10)
        #expect(!written.isLive(at: now))
        // Ten steps in two hours, ticked one after another: 14:30, 14:40, 14:50, 15:05 … 16:15.
        var minutes: [Int] = []
        for index in 0..<10 {
            let stamp = written.tickTime(forStep: index, now: now)
            written.agenda[index].status = .done
            written.agenda[index].doneAt = stamp
            minutes.append(Int(stamp.timeIntervalSince(start) / 60))
        }
        #expect(minutes == [0, 10, 20, 35, 45, 60, 70, 80, 95, 105])
        #expect(Set(minutes).count == 10, "no two steps at one time")
    }

    @Test func writtenUpLaterATickIsNeverBeforeAnEarlierStepsTime() {
        let start = Day("2026-11-10")!.start(in: zone).addingTimeInterval(14.5 * 3600)
        let now = Day("2026-11-27")!.start(in: zone).addingTimeInterval(15 * 3600 + 52 * 60)
        var written = meeting(start: start, end: start.addingTimeInterval(2 * 3600))
        #expect(written.tickTime(forStep: 0, now: now) == start)
        written.agenda[0].status = .done
        written.agenda[0].doneAt = start.addingTimeInterval(90 * 60)
        #expect(written.tickTime(forStep: 1, now: now) == start.addingTimeInterval(90 * 60), "the even mark (15:10) would come before it")
    }

    @Test func stepsTickedOutsideTheMeetingAreNamed() {
        let start = Day("2026-11-10")!.start(in: zone).addingTimeInterval(14.5 * 3600)
        var late = meeting(start: start)
        late.agenda[1].status = .done
        late.agenda[1].doneAt = Day("2026-11-27")!.start(in: zone).addingTimeInterval(15 * 3600)
        late.agenda[2].status = .done
        late.agenda[2].doneAt = start.addingTimeInterval(3600)
        #expect(late.stepsOutsideTheMeeting.map(\.title) == ["step 1"])
        #expect(late.expectedEnd == start.addingTimeInterval(2 * 3600), "a theme Party Day usually takes two hours")
    }
}
