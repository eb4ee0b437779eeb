import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI
import PartyDayRuntime

/// An effect's answer goes back to the feature that asked for it, not to the root.
@Suite struct EffectResultsTests {
    @Test func theRunnerAnswersAnAddressedEffectAsAReplyToThatScreen() throws {
        let shell = try TestShell()
        let runner = EffectRunner(store: shell.store, mode: .synchronous)
        let request = ImportRequest(path: "/no/such/roster.csv", branch: shell.state.branch!, existing: [], today: Day("2026-11-25")!,
                                    language: .english, rosterSince: Day("2026-01-01")!)
        runner.perform([Effect.previewImport(request).replying(to: .members)])
        let events = runner.takeEvents()
        #expect(events.count == 1)
        guard case let .reply(to: screen, .importFailed(problem))? = events.first else {
            Issue.record("expected a reply to the Members screen, got \(events)")
            return
        }
        #expect(screen == .members)
        #expect(problem.text(.english).contains("/no/such/roster.csv"))
        // Unaddressed, the same effect answers plainly (the shell's own requests).
        runner.perform([.previewImport(request)])
        #expect(runner.takeEvents().first.map { if case .importFailed = $0 { true } else { false } } == true)
    }

    @Test func aRosterFilesPreviewReachesTheMembersFeatureWhateverScreenShows() throws {
        let shell = try TestShell()
        let branch = shell.state.branch!
        let request = ImportRequest(path: "roster.csv", branch: branch, existing: shell.state.members, today: Day("2026-11-25")!,
                                    language: .english, rosterSince: Day("2026-01-01")!)
        let result = try MemberImport.read(file: Data("姓名,类别\n新同志,正式党员\n".utf8), branch: branch, existing: shell.state.members,
                                           today: Day("2026-11-25")!, rosterSince: Day("2026-01-01")!).get()
        // The user went home while the file was read.
        #expect(shell.state.screen == .home)
        shell.send(.reply(to: .members, .importPreviewed(request, result)))
        guard case let .importPreview(box)? = shell.state.modal else {
            Issue.record("no preview box")
            return
        }
        #expect(box.result.members.map(\.name) == ["新同志"])
        shell.type("y")
        #expect(shell.state.members.contains { $0.name == "新同志" })
        shell.type("u")
        #expect(!shell.state.members.contains { $0.name == "新同志" })
        #expect(shell.screen.contains("Undone: importing 1 members"))
    }

    @Test func anAnswerToAScreenWithoutAReducerForItChangesNothing() throws {
        let shell = try TestShell()
        let before = shell.state.modal == nil
        // The settings screen asks for no effects: a stray answer to it is dropped, not shown elsewhere.
        shell.send(.reply(to: .settings, .importFailed(Wording("x", "x"))))
        #expect(before && shell.state.modal == nil && shell.state.message == nil)
    }
}
