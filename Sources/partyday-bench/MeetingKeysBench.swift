import Foundation
import PartyDayKit
import PartyDayRuntime
import PartyDayUI

/// update plus render per key inside an open meeting — attendance marks, moving, a speech
/// typed in Chinese — with the whole list of meetings behind it, at the decade and at
/// many times it. A key in a meeting must not pay for the number of meetings kept (it did:
/// each edit copied the list of summaries). In memory, through the one `EffectRunner`:
/// what is timed is the program's work, not the disk's.
enum MeetingKeysBench {
    struct Result {
        var p50: Double
        var p99: Double
        var summaries: Int
    }

    static func run(_ data: DemoData, eventCount: Int = 4_000) -> Result {
        let store = MemoryStore(branch: data.branch, members: data.members, meetings: data.meetings)
        let runner = EffectRunner(store: store, mode: .synchronous)
        var state = AppState(strings: .chinese, size: Size(columns: 80, rows: 24), now: Date(), dataFolder: store.folder.path,
                             branch: data.branch, members: data.members)
        func settle(_ effects: [Effect]) {
            var pending = effects
            while !pending.isEmpty {
                runner.perform(pending)
                runner.waitForBackgroundWork()
                pending = []
                for event in runner.takeEvents() { pending += update(&state, event) }
            }
        }
        settle([.listMeetings])
        // A meeting opened as the secretary opens it: Enter on the home screen's first meeting.
        settle(update(&state, .key(.enter)))
        guard state.screen == .workspace else { return Result(p50: .nan, p99: .nan, summaries: state.summaries.count) }
        var times: [Double] = []
        times.reserveCapacity(eventCount)
        for event in scripted(Self.script(), count: eventCount) {
            let (ms, effects) = timedKey(&state, event)
            times.append(ms)
            settle(effects)
        }
        times.sort()
        return Result(p50: times[times.count / 2], p99: times[times.count * 99 / 100], summaries: state.summaries.count)
    }

    /// Inside the meeting: attendance marks up and down the list, then a speech typed in
    /// Chinese, saved, and back to attendance. Every mark is a change (undo, save, summary).
    static func script() -> [Event] {
        var events: [Event] = [.text("1"), .key(.home)]
        for mark in ["p", "l", "e", "p"] {
            events += [.text("j"), .text(mark)]
        }
        events += Array(repeating: .text("j"), count: 6) + Array(repeating: .text("k"), count: 6)
        events += [.text("3"), .text("a"), .text("w"), .key(.enter), .key(.tab)]
        events += "党员要冲在前面，发挥先锋模范作用。".map { .text(String($0)) }
        events += [.key(.backspace), .key(.control("s")), .text("1")]
        return events
    }
}
