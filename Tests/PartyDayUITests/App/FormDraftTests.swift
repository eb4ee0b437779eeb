import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI
import PartyDayRuntime

/// Long text typed into an open form — the minutes — is kept on disk as typed: after a
/// crash (the process gone, the form never saved), opening the same form brings it back.
@Suite struct FormDraftTests {
    @Test func theMinutesTypedBeforeACrashComeBackWhenTheFormOpensAgain() throws {
        let shell = try TestShell()
        shell.press(.enter)
        shell.type("7")
        shell.press(.enter)
        guard case .form = shell.state.modal else { Issue.record("Enter opens the notes: \(shell.screen)"); return }
        shell.press(.tab)
        shell.send(.paste("会议要求：一是抓好安全生产；二是做好年终总结。"))
        let draftFile = shell.folder.appendingPathComponent(".partyday/draft.plist")
        #expect(FileManager.default.fileExists(atPath: draftFile.path), "kept as typed")
        // The crash: this session is gone; another starts on the same folder.
        let store = try Store(folder: shell.folder, access: .readOnly)
        let runner = EffectRunner(store: store, mode: .synchronous)
        var state = AppState(strings: .english, size: Size(columns: 80, rows: 24), now: shell.state.now, dataFolder: shell.folder.path,
                             branch: shell.state.branch, members: shell.state.members)
        func send(_ event: Event) {
            let (next, effects) = update(state, event)
            state = next
            runner.perform(effects)
            for answer in runner.takeEvents() { send(answer) }
        }
        runner.perform([.listMeetings])
        for event in runner.takeEvents() { send(event) }
        #expect(state.draftToRestore != nil)
        send(.key(.enter))
        send(.text("7"))
        send(.key(.enter))
        guard case let .form(form) = state.modal else { Issue.record("the notes form"); return }
        #expect(form.text(.minutes).contains("会议要求：一是抓好安全生产") || form.text(.summary).contains("会议要求：一是抓好安全生产"), "\(form.fields.map(\.input.text))")
        #expect(state.message?.text.contains("Brought back") == true)
        // Saved, the draft is let go.
        shell.press(.control("s"))
        #expect(!FileManager.default.fileExists(atPath: draftFile.path))
    }
}
