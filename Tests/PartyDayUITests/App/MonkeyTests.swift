import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI
import PartyDayRuntime

/// Random input of every kind, 100,000 events: nothing crashes, the caret stays on the
/// grid, and what the program would save still round-trips through the store.
@Suite struct MonkeyTests {
    /// The program as the shell runs it, with the one effect runner over records kept in
    /// memory (as fast as the test needs; the same runner as the screens').
    final class MemoryShell {
        var state: AppState
        let store: MemoryStore
        let runner: EffectRunner

        init(state: AppState, store: MemoryStore) {
            self.state = state
            self.store = store
            runner = EffectRunner(store: store, mode: .synchronous)
        }

        func send(_ event: Event) {
            let (next, effects) = update(state, event)
            state = next
            runner.perform(effects)
            for answer in runner.takeEvents() { send(answer) }
        }
    }

    static let printable = Array("abcdefghijklmnopqrstuvwxyzPSJK/?[] 0123456789-:.,")
    static let chinese = ["张", "润", "生", "决战四季度", "，", "👍🏽", "e\u{301}", "한"]
    static let keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab,
                              .backspace, .delete, .escape, .function(1), .function(2), .control("u"), .control("s"),
                              .control("k"), .control("a")]

    @Test func hundredThousandRandomEvents() throws {
        let demo = DemoData.make()
        let store = MemoryStore(branch: demo.branch, members: demo.members, meetings: demo.meetings, duesBases: demo.duesBases, duesYears: demo.dues)
        defer { try? FileManager.default.removeItem(at: store.folder) }
        let shell = MemoryShell(
            state: AppState(strings: .chinese, size: Size(columns: 80, rows: 24), now: DemoData.date("2026-11-10", 9),
                            dataFolder: store.folder.path, branch: demo.branch, members: demo.members),
            store: store)
        shell.send(.meetingsListed(store.listMeetings().summaries, problems: []))
        var random = SeededGenerator(seed: 2026)
        var size = shell.state.size
        var badFrames: [Int] = [], caretsOffGrid: [String] = [], brokenInvariants: [String] = []
        for step in 0..<100_000 {
            let roll = Int.random(in: 0..<100, using: &random)
            let event: Event
            switch roll {
            case 0..<45: event = .text(String(Self.printable.randomElement(using: &random)!))
            case 45..<55: event = .text(Self.chinese.randomElement(using: &random)!)
            case 55..<85: event = .key(Self.keys.randomElement(using: &random)!)
            case 85 where Bool.random(using: &random): event = .text("Y")
            case 85..<88: event = .text(String(UnicodeScalar(UInt8.random(in: 0...31, using: &random))))
            case 88..<91: event = .paste(["第一行\n第二行", "a\tb\u{7}c", String(repeating: "长", count: 300)].randomElement(using: &random)!)
            case 91..<93:
                size = Size(columns: Int.random(in: 1...140, using: &random), rows: Int.random(in: 1...50, using: &random))
                event = .resize(size)
            case 93..<94:
                let kinds: [MouseEvent.Kind] = [.press, .press, .wheelUp, .wheelDown]
                event = .mouse(MouseEvent(kinds.randomElement(using: &random)!,
                                          at: Point(x: Int.random(in: 0..<max(1, size.columns), using: &random),
                                                    y: Int.random(in: 0..<max(1, size.rows), using: &random))))
            case 94..<95:
                event = Bool.random(using: &random) ? .tick(DemoData.date("2026-11-10", 9).addingTimeInterval(Double(step))) : .inputPaused
            default:
                // Back to a known place now and then, so every screen gets visited.
                event = [.key(.escape), .text("q"), .text("1"), .text("l"), .text("m"), .key(.enter)].randomElement(using: &random)!
            }
            shell.send(event)
            if event == .text("q") {
                // q quits; the monkey carries on as if partyday were started again, on the home screen.
                // (As a fresh start would: the home figures are current and the highlight on a row.)
                shell.state.screen = shell.state.branch == nil ? .welcome : .home
                if shell.state.screen == .home { shell.state.refreshOverview() }
                shell.state.clampSelection()
            }
            let frame = render(shell.state, size)
            // Collected rather than expected per step: a hundred thousand expectations cost minutes.
            if frame.grid.cells.count != size.columns * size.rows { badFrames.append(step) }
            if let caret = frame.cursor, !(caret.x >= 0 && caret.x < size.columns && caret.y >= 0 && caret.y < size.rows) {
                caretsOffGrid.append("step \(step): \(caret) in \(size)")
            }
            if brokenInvariants.count < 5, let broken = Self.brokenInvariant(shell.state, frame, size) {
                brokenInvariants.append("step \(step) after \(event): \(broken)")
            }
        }
        #expect(badFrames.isEmpty)
        #expect(caretsOffGrid.isEmpty, "\(caretsOffGrid.prefix(5))")
        #expect(brokenInvariants.isEmpty, "\(brokenInvariants)")
        // What the monkey left behind is written and read back whole.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-monkey-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = try Store(folder: folder)
        try disk.save(store.members)
        for meeting in store.meetings.values { try disk.save(meeting) }
        let reader = try Store(folder: folder, access: .readOnly)
        #expect(try reader.loadMembers() == store.members)
        let loaded = reader.loadAllMeetings()
        #expect(loaded.problems.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: loaded.meetings.map { ($0.id, $0) }) == store.meetings)
    }

    /// What must hold after every event: no cell holds half of a wide character, the
    /// highlight is inside its list, and the hint bar fits its row without being cut.
    static func brokenInvariant(_ state: AppState, _ frame: Frame, _ size: Size) -> String? {
        let grid = frame.grid
        for y in 0..<size.rows {
            for x in 0..<size.columns {
                let cell = grid[x, y]
                if cell.width == 2 && (x + 1 >= size.columns || grid[x + 1, y].width != 0) { return "half a wide character at \(x),\(y)" }
                if cell.width == 0 && (x == 0 || grid[x - 1, y].width != 2) { return "a stray continuation cell at \(x),\(y)" }
            }
        }
        // The list on screen (one off screen is clamped when it shows again).
        let lists: [(String, Int, Int)] = switch state.screen {
        case .home: [("home", state.home.index, state.homeMeetings.count)]
        case .meetings: [("meetings", state.meetingsList.list.cursor.index, state.filteredMeetings.count)]
        case .members: [("members", state.roster.list.cursor.index, state.filteredMembers.count)]
        case .pledges: [("pledges", state.pledgeList.list.cursor.index, state.visiblePledges.count)]
        default: []
        }
        for (name, index, count) in lists where index < 0 || (count > 0 && index >= count) || (count == 0 && index != 0) {
            return "the \(name) highlight \(index) is outside its \(count) rows"
        }
        if let open = state.workspace, open.cursor.index < 0 || open.cursor.index > max(0, open.rowCount(open.pane) - 1) {
            return "the \(open.pane) highlight \(open.cursor.index) is outside its \(open.rowCount(open.pane)) rows"
        }
        if size.columns >= minimumSize.columns && size.rows >= minimumSize.rows {
            let bar = state.hintBar(width: size.columns - 2)
            if displayWidth(bar) > size.columns - 2 { return "the hint bar is \(displayWidth(bar)) columns wide in \(size.columns)" }
        }
        return nil
    }
}
