import Foundation
import PartyDayKit
import PartyDayRuntime
import PartyDayUI

/// update plus render per event, over a scripted session on the decade data set:
/// moving through lists, opening meetings, taking attendance, typing Chinese text.
enum KeystrokeBench {
    struct Result {
        var p50: Double
        var p99: Double
        var events: Int
        var openMeetingMs: Double
    }

    static func run(folder: URL, eventCount: Int = 10_000) throws -> Result {
        let store = try Store(folder: folder)
        defer { try? store.flush() }
        // As the terminal shell runs it: saves wait for a pause in typing (a burst of keys is
        // written once, after it), reports and pinyin are worked out on another thread.
        let runner = EffectRunner(store: store, mode: .interactive)
        defer { runner.flush() }
        let branch = try store.loadBranch()
        let members = try store.loadMembers()
        var state = AppState(strings: .chinese, size: Size(columns: 80, rows: 24), now: Date(), dataFolder: folder.path,
                             branch: branch, members: members)
        /// Effects are the shell's work, outside the keystroke time: performed by the
        /// runner, the answers already in fed back (as the shell's loop does), due saves written.
        func settle(_ effects: [Effect]) {
            runner.perform(effects)
            defer { runner.writeDueSaves(force: false) }
            while true {
                // The shell draws a report the moment it arrives; here the next key waits for
                // it, so that no timed key shares the processor with a report being computed.
                runner.waitForBackgroundWork()
                let events = runner.takeEvents()
                if events.isEmpty { break }
                for event in events { runner.perform(update(&state, event)) }
            }
        }
        settle([.listMeetings])
        var times: [Double] = []
        var openTimes: [Double] = []
        times.reserveCapacity(eventCount)
        for event in scripted(Self.script(), count: eventCount) {
            let (ms, effects) = timedKey(&state, event)
            times.append(ms)
            // Opening a meeting — decoding its file, then the event that shows it — is
            // open_meeting_ms, timed on its own (the runner may answer from a save still waiting).
            for case let .loadMeeting(id) in effects {
                let openStart = DispatchTime.now().uptimeNanoseconds
                if let meeting = try? store.loadMeeting(id: id) {
                    let shown = update(state, .meetingLoaded(meeting)).0
                    _ = render(shown, shown.size)
                }
                openTimes.append(Double(DispatchTime.now().uptimeNanoseconds - openStart) / 1e6)
            }
            settle(effects)
        }
        times.sort()
        openTimes.sort()
        return Result(p50: times[times.count / 2], p99: times[times.count * 99 / 100], events: times.count,
                      openMeetingMs: openTimes.isEmpty ? .nan : openTimes[openTimes.count / 2])
    }

    /// A session: through the meetings list, into a meeting, attendance, a speech typed in Chinese, back out.
    static func script() -> [Event] {
        // Each round starts from home with the search cleared, so every round is the same session.
        var events: [Event] = [.key(.escape), .key(.escape), .text("l"), .text("/"), .key(.control("u")), .key(.enter), .key(.home)]
        events += Array(repeating: .text("j"), count: 30)
        events += [.text("/"), .text("学"), .text("习"), .key(.enter)]
        events += Array(repeating: .text("k"), count: 5)
        events += [.key(.enter)]
        events += Array(repeating: .text("j"), count: 20)
        events += [.text("p"), .text("l"), .text("e"), .text("w"), .text("c"), .text("P"), .text("/"), .text("z"), .text("w"), .key(.enter)]
        events += [.text("3"), .text("a"), .text("w"), .key(.enter), .key(.tab)]
        events += "决战四季度，坚决打赢扭亏攻坚战。党员要冲在前面，发挥先锋模范作用。".map { .text(String($0)) }
        events += [.key(.backspace), .key(.left), .key(.left), .key(.control("s"))]
        events += [.text("2"), .text(" "), .text(" "), .text("1"), .key(.pageDown), .key(.pageUp), .key(.escape)]
        events += Array(repeating: .text("j"), count: 10)
        events += [.key(.escape)]
        return events
    }
}
