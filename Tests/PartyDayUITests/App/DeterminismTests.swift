import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// `update` reads no clock, zone, random source or locale: the same state and the same
/// events give the same states and the same effects, new records' ids included.
@Suite struct DeterminismTests {
    func run(seed: UInt64) -> (AppState, [Effect]) {
        let demo = DemoData.make()
        var state = AppState(strings: .english, size: Size(columns: 80, rows: 24), now: DemoData.date("2026-11-25", 10),
                             dataFolder: "/nowhere", branch: demo.branch, members: demo.members, idSeed: seed)
        var all: [Effect] = []
        func typed(_ text: String) -> [Event] { text.map { Event.text(String($0)) } }
        var events: [Event] = [.meetingsListed(demo.meetings.map { MeetingSummary($0) }, problems: []), .text("n"), .key(.control("s"))]
        events += typed("a") + [.key(.tab)]
        events += typed("致辞") + [.key(.control("s"))]
        events += [.text("1"), .text("g"), .text("侯"), .key(.control("s"))]
        for event in events {
            let (next, effects) = update(state, event)
            state = next
            all += effects
        }
        return (state, all)
    }

    @Test func theSameEventsGiveTheSameRecordsAndIds() throws {
        let (first, firstEffects) = run(seed: 7)
        let (second, secondEffects) = run(seed: 7)
        let meeting = try #require(first.workspace?.meeting)
        #expect(meeting == second.workspace?.meeting)
        #expect(meeting.guests.map(\.name) == ["侯"])
        #expect(firstEffects == secondEffects)
        let (other, _) = run(seed: 8)
        #expect(other.workspace?.meeting.id != meeting.id, "the seed, not a random source, decides the ids")
    }
}
