import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// Syncing from the home screen (S): everything is saved first, nothing changes while git
/// runs, and what the other PC changed is read again and shown, without a restart.
@Suite(.serialized) struct SyncFromHomeTests {
    /// The shell's folder synced to a bare repository in a scratch folder, and a second
    /// PC (`folderB`) joined to it.
    struct TwoPCs {
        let scratch: URL
        let a: BranchSync
        let b: BranchSync
        let folderB: URL
        let labels = Labels(.english)

        init(_ shell: TestShell) throws {
            scratch = shell.folder.deletingLastPathComponent().appendingPathComponent("partyday-sync-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            let remote = scratch.appendingPathComponent("remote.git").path
            _ = try Git.find(in: scratch).run(["init", "-q", "--bare", remote])
            a = BranchSync(folder: shell.folder, git: try Git.find(in: shell.folder))
            _ = try a.initialize(remote: remote, labels: labels, now: Date())
            _ = try a.sync(labels: labels, now: Date())
            folderB = scratch.appendingPathComponent("B")
            try FileManager.default.createDirectory(at: folderB, withIntermediateDirectories: true)
            b = BranchSync(folder: folderB, git: try Git.find(in: folderB))
            _ = try b.initialize(remote: remote, labels: labels, now: Date())
        }

        func remove() { try? FileManager.default.removeItem(at: scratch) }

        /// Changes records on PC B through its store, as its screens would, and syncs B.
        func changeOnB(_ change: (Store) throws -> Void) throws {
            do {
                let store = try Store(folder: folderB)
                try change(store)
                try store.flush()
            }
            _ = try b.sync(labels: labels, now: Date())
        }
    }

    static let repository = BranchSync.Status(isRepository: true, lastSync: nil, unsynced: 1, remote: "/mnt/share/b.git", conflicts: [])

    @Test func sIsOfferedOnlyForAFolderKeptInGitAndHoldsEveryChangeWhileItRuns() throws {
        let shell = try TestShell()
        var state = shell.state
        #expect(update(state, .text("S")).1.isEmpty, "a folder not kept in git: S does nothing")
        state = update(state, .syncStatusLoaded(Self.repository)).0
        let (syncing, effects) = update(state, .text("S"))
        #expect(effects == [.sync(language: .english)])
        #expect(syncing.syncing)
        #expect(render(syncing, shell.size).grid.lines[4].hasPrefix(" Syncing…"))
        // A change meanwhile is refused with the reason, and nothing is asked of the store.
        let (refused, none) = update(syncing, .text("n"))
        #expect(refused.modal == nil && none.isEmpty)
        #expect(refused.message?.text == Strings.english.syncingRefused)
        #expect(update(syncing, .text("S")).1.isEmpty, "a second S while syncing starts nothing")
    }

    @Test func whatTheOtherPCChangedIsReadAgainAndUndoStartsAfresh() throws {
        let shell = try TestShell()
        var state = update(shell.state, .syncStatusLoaded(Self.repository)).0
        state.undo = [RecordEdit(before: [.members(state.members)], after: [.members(state.members)], label: Phrase("a change", "修改"))]
        state.redo = state.undo
        state.syncing = true
        let result = BranchSync.SyncResult(committed: "x", received: ["members.plist"], conflicts: [], pushed: true, remote: "/mnt/share/b.git")
        let (after, effects) = update(state, .synced(result))
        #expect(!after.syncing)
        #expect(effects.contains(.reloadBranch))
        #expect(after.undo.isEmpty, "undo would write over the other PC's records")
        #expect(after.redo.isEmpty, "so would redo")
        #expect(after.message?.text == "Synced: your changes committed; 1 file received; sent")
        var newcomer = after.members[0]
        newcomer.id = "new-member"
        newcomer.name = "王新人"
        let reloaded = update(after, .branchReloaded(after.branch, after.members + [newcomer], problems: [])).0
        #expect(render(reloaded, shell.size).grid.text.contains("Members: 31 on the roster"))
        // A meeting opened while git ran is read again too.
        var opened = state
        opened.workspace = WorkspaceState(meeting: DemoData.make().meetings[0])
        let (reopening, more) = update(opened, .synced(result))
        #expect(more.contains(.loadMeeting(id: DemoData.make().meetings[0].id)) && reopening.opening == DemoData.make().meetings[0].id)
        // Nothing received: nothing read again.
        let quiet = BranchSync.SyncResult(committed: nil, received: [], conflicts: [], pushed: true, remote: "r")
        #expect(!update(state, .synced(quiet)).1.contains(.reloadBranch))
        // A failure is named and the screens are free again.
        let failed = update(state, .syncFailed(Wording(verbatim: "push rejected"))).0
        #expect(!failed.syncing && failed.message?.text == "Not synced: push rejected" && failed.message?.isError == true)
    }

    /// Through the real runner and real git: PC B adds a member and changes a meeting's
    /// theme, syncs; on PC A's home screen S brings both in.
    @Test func theOtherPCsChangesArriveOnTheScreenWithRealGit() throws {
        let shell = try TestShell()
        let pcs = try TwoPCs(shell)
        defer { pcs.remove() }
        let latest = try #require(shell.state.summaries.first)
        try pcs.changeOnB { store in
            var members = try store.loadMembers()
            var newcomer = members[0]
            newcomer.id = "pc-b-member"
            newcomer.name = "王新人"
            members.append(newcomer)
            try store.save(members)
            var meeting = try store.loadMeeting(id: latest.id)
            meeting.theme = "B 改的主题"
            try store.save(meeting)
        }
        let a = pcs.a

        shell.send(.syncStatusLoaded(a.status()))
        #expect(shell.screen.contains("Members: 30 on the roster"))
        shell.type("S")
        #expect(shell.state.message?.text.contains("2 files received") == true, "\(shell.state.message?.text ?? "")")
        #expect(shell.screen.contains("Members: 31 on the roster"), "the roster read again")
        #expect(shell.state.summaries.first { $0.id == latest.id }?.theme == "B 改的主题", "the meeting read again")
        #expect(shell.screen.contains("B 改的主题"))
        #expect(!shell.state.syncing)
    }

    /// Both PCs changed one meeting: after S the home screen names the conflict copy; C
    /// shows both versions and what differs; t takes the other PC's, which is read again.
    @Test func aConflictIsSettledOnTheScreenByChoosingAVersion() throws {
        let shell = try TestShell()
        let pcs = try TwoPCs(shell)
        defer { pcs.remove() }
        let (a, b, folderB, labels) = (pcs.a, pcs.b, pcs.folderB, pcs.labels)
        let latest = try #require(shell.state.summaries.first)
        try pcs.changeOnB { store in
            var meeting = try store.loadMeeting(id: latest.id)
            meeting.theme = "B 改的主题"
            meeting.speeches.removeAll()
            try store.save(meeting)
        }
        // A changes the same meeting on the screen: its theme, through the details form.
        shell.press(.enter)
        #expect(shell.state.screen == .workspace)
        shell.type("i")
        shell.press(.control("u"))
        shell.type("A 改的主题")
        shell.press(.function(2))
        #expect(shell.meeting?.theme == "A 改的主题")
        shell.press(.escape)
        shell.type("1")
        shell.send(.syncStatusLoaded(a.status()))
        shell.type("S")
        #expect(shell.state.message?.text.contains("1 conflict copy kept under conflicts/") == true, "\(shell.state.message?.text ?? "")")
        #expect(shell.screen.contains("1 conflict copy to settle (C)"), "\(shell.screen)")
        #expect(shell.state.summaries.first { $0.id == latest.id }?.theme == "A 改的主题", "this PC's version stays in place")

        shell.type("C")
        let box = shell.screen
        #expect(box.contains("Conflict copy 1 of 1"))
        #expect(box.contains("A 改的主题") && box.contains("B 改的主题"), "both versions shown: \(box)")
        #expect(box.contains("The other PC's version changes: details, speeches"), "\(box)")
        shell.type("t")
        #expect(shell.state.modal == nil, "the last copy settled closes the box")
        #expect(shell.state.message?.text.hasPrefix("Took the other PC's version") == true)
        #expect(shell.state.summaries.first { $0.id == latest.id }?.theme == "B 改的主题", "the other PC's version is read again")
        #expect(BranchSync.conflictCopies(in: shell.folder).isEmpty)
        #expect(!shell.screen.contains("conflict cop"), "the home line no longer names a copy")
        // The next sync sends the choice, and both PCs agree.
        shell.type("S")
        _ = try b.sync(labels: labels, now: Date())
        #expect(try Store(folder: folderB, access: .readOnly).loadMeeting(id: latest.id).theme == "B 改的主题")
    }

    @Test func aSyncThatDidNotCompleteIsSaidOnHomeUntilOneDoes() throws {
        let shell = try TestShell(language: .chinese)
        var status = Self.repository
        status.failure = BranchSync.SyncFailure(at: DemoData.date("2026-11-24", 17), why: Wording("git fetch failed", "git fetch 执行失败"))
        shell.send(.syncStatusLoaded(status))
        #expect(shell.line(containing: "上次同步（2026-11-24 17:00）未完成，按 S 重试") != nil, "\(shell.screen)")
        status.failure = nil
        shell.send(.syncStatusLoaded(status))
        #expect(shell.line(containing: "按 S 重试") == nil)
    }
}
