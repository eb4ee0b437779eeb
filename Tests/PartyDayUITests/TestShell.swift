import Foundation
@testable import PartyDayKit
@testable import PartyDayUI
import PartyDayRuntime

/// Drives `update` and `render` like the real shell does, performing effects through a
/// real store in a temp folder, synchronously.
final class TestShell {
    let folder: URL
    let store: Store
    var state: AppState
    var size: Size
    private(set) var quit = false
    private(set) var allEffects: [Effect] = []
    /// The shell's own runner, performing every effect at once.
    private let runner: EffectRunner
    /// Minutes the workspace exported, as Markdown, oldest first.
    var exportedMinutes: [String] {
        let folder = self.folder.appendingPathComponent("exports")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted()
            .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    init(demo: Bool = true, branch: BranchProfile? = nil, members: [Member] = [], language: Language = .english,
         size: Size = Size(columns: 80, rows: 24), now: Date = DemoData.date("2026-11-25", 10), readOnly: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-ui-\(UUID().uuidString)")
        store = try Store(folder: folder)
        runner = EffectRunner(store: store, mode: .synchronous)
        var branch = branch, members = members
        if demo {
            let data = DemoData.make()
            try data.write(to: store)
            branch = data.branch
            members = data.members
        } else if let branch {
            try store.save(branch)
            try store.save(members)
        }
        self.size = size
        state = AppState(strings: Strings(language), size: size, now: now, dataFolder: folder.path,
                         branch: branch, members: members, readOnly: readOnly)
        perform([.listMeetings])
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func send(_ events: Event...) {
        for event in events { dispatch(event) }
    }

    /// Each character as its own key press, as a person types: a pause in input after each.
    /// (`send` delivers events as one burst, like a paste.)
    func type(_ text: String) {
        for character in text {
            dispatch(.text(String(character)))
            dispatch(.inputPaused)
        }
    }

    func press(_ keys: Key...) {
        for key in keys {
            dispatch(.key(key))
            dispatch(.inputPaused)
        }
    }

    func resize(_ columns: Int, _ rows: Int) {
        size = Size(columns: columns, rows: rows)
        dispatch(.resize(size))
    }

    private func dispatch(_ event: Event) {
        let (next, effects) = update(state, event)
        state = next
        perform(effects)
    }

    func perform(_ effects: [Effect]) {
        allEffects += effects
        if runner.perform(effects).contains(.quit) { quit = true }
        for event in runner.takeEvents() { dispatch(event) }
    }

    var frame: Frame { render(state, size) }
    var screen: String { frame.grid.text }
    var lines: [String] { frame.grid.lines }

    /// The row of the screen that contains `text`, or nil.
    func line(containing text: String) -> String? { lines.first { $0.contains(text) } }

    var meeting: Meeting? { state.workspace?.meeting }
}
