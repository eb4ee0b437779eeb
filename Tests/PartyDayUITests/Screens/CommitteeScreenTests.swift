import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// The committee screen (`partyday --committee DIR`): branches as rows with this month's
/// duties, at-risk counts and the last sync; Enter opens a branch read-only, q comes back.
@Suite struct CommitteeScreenTests {
    static let request = CommitteeRequest(
        committee: Committee(name: "冷轧厂党委", branches: [
            CommitteeBranch(name: "轧钢一支部", source: "/data/one", cloned: false),
            CommitteeBranch(name: "酸轧支部", source: "/share/two.git", cloned: true),
            CommitteeBranch(name: "机关支部", source: "/share/three.git", cloned: true),
        ]),
        folder: URL(fileURLWithPath: "/committee"))

    static func row(_ name: String, theme: DutyStatus, atRisk: Int = 0, dues: Int = 0, lastSync: Date? = nil) -> CommitteeRow {
        var row = CommitteeRow(name: name, folder: "/folders/\(name)", problem: nil)
        row.today = Day("2026-11-27")
        row.timeZone = TimeZone(identifier: "Asia/Shanghai")
        row.duties = [CommitteeRollup.DutyCell(type: .themePartyDay, label: "2026-11", status: theme),
                      CommitteeRollup.DutyCell(type: .partyLecture, label: "2026-Q4", status: .held)]
        row.atRisk = atRisk
        row.duesAtRisk = dues
        row.lastSync = lastSync
        return row
    }

    static var rows: [CommitteeRow] {
        var unreadable = CommitteeRow(name: "机关支部", folder: "/committee/branches/03", problem: Wording("no copy yet (partyday committee pull)", "还没有副本（partyday committee pull）"))
        unreadable.today = nil
        return [row("轧钢一支部", theme: .held, atRisk: 1, lastSync: DemoData.date("2026-11-24", 17)),
                row("酸轧支部", theme: .due, dues: 2), unreadable]
    }

    static func screen(_ language: Language = .english, size: Size = Size(columns: 80, rows: 24)) -> AppState {
        AppState(committee: request, strings: Strings(language), size: size, now: DemoData.date("2026-11-27", 10))
    }

    @Test func eachBranchIsARowWithItsDutiesCountsAndLastSyncAndTheTotalsBelow() {
        let first = Self.screen()
        #expect(render(first, first.size).grid.text.contains("reading the branches…"), "the first frame says it is reading")
        let state = update(first, .committeeRead(Self.rows)).0
        let lines = render(state, state.size).grid.lines
        #expect(lines[0].contains("committee · 冷轧厂党委"))
        #expect(lines[1].hasPrefix(" 3 branches · as of 2026-11-27"))
        let header = try! #require(lines.first { $0.contains("Branch") })
        for title in ["Theme", "Lect", "Missed", "Risk", "Dues", "Late", "Last sync"] { #expect(header.contains(title), "\(title)") }
        let one = try! #require(lines.first { $0.hasPrefix(" 轧钢一支部") })
        #expect(one.contains("✓") && one.contains("2026-11-24"), "\(one)")
        let two = try! #require(lines.first { $0.hasPrefix(" 酸轧支部") })
        #expect(two.contains("•") && two.contains(" 2 "), "due now, and two members at risk for dues: \(two)")
        #expect(lines.contains { $0.hasPrefix(" 1 of 2 branches held their 2026-11 theme Party Day.") }, "the unreadable branch owes nothing it can be judged on")
        #expect(lines.contains { $0.hasPrefix(" 2 of 2 branches held their 2026-Q4 party lecture.") })
        #expect(lines[23].contains("Enter open") && lines[23].contains("p pull") && lines[23].contains("q quit"))

        let chinese = update(Self.screen(.chinese), .committeeRead(Self.rows)).0
        let text = render(chinese, chinese.size).grid.text
        #expect(text.contains("共3个支部 · 截至2026-11-27"))
        #expect(text.contains("2个支部中有1个已召开2026-11主题党日。"))
        for size in [Size(columns: 60, rows: 16), Size(columns: 100, rows: 30), Size(columns: 200, rows: 60)] {
            var resized = chinese
            resized.size = size
            #expect(render(resized, size).grid.lines.contains { $0.contains("轧钢一支部") }, "\(size)")
        }
    }

    @Test func enterOpensTheHighlightedBranchAndAnUnreadableOneIsNamed() {
        var state = update(Self.screen(), .committeeRead(Self.rows)).0
        #expect(update(state, .key(.enter)).1 == [.openCommitteeBranch(name: "轧钢一支部", folder: "/folders/轧钢一支部")])
        state = update(state, .key(.down)).0
        #expect(update(state, .key(.enter)).1 == [.openCommitteeBranch(name: "酸轧支部", folder: "/folders/酸轧支部")])
        state = update(update(state, .key(.end)).0, .key(.enter)).0
        #expect(state.message?.text == "机关支部 cannot be opened: no copy yet (partyday committee pull)")
        #expect(render(state, state.size).grid.text.contains("机关支部 cannot be opened"))
        #expect(update(state, .text("q")).1 == [.quit])
    }

    @Test func pullFetchesTheClonesThenReadsAgainAndNamesFailures() {
        var state = update(Self.screen(), .committeeRead(Self.rows)).0
        var effects: [Effect]
        (state, effects) = update(state, .text("p"))
        #expect(effects == [Effect.pullCommittee(Self.request).replying(to: .committee)])
        #expect(render(state, state.size).grid.text.contains("pulling the branches' latest records…"))
        #expect(update(state, .text("p")).1.isEmpty, "not twice at once")
        (state, effects) = update(state, .committeePulled(failures: ["机关支部: cannot reach /share/three.git"]))
        #expect(effects == [Effect.readCommittee(Self.request).replying(to: .committee)])
        #expect(state.message?.isError == true && state.message?.text.contains("机关支部: cannot reach") == true)
        state = update(state, .committeeRead(Self.rows)).0
        #expect(update(state, .text("r")).1 == [Effect.readCommittee(Self.request).replying(to: .committee)])
        // A committee with no clones offers no pull.
        let local = CommitteeRequest(committee: Committee(name: "c", branches: [CommitteeBranch(name: "a", source: "/a", cloned: false)]), folder: URL(fileURLWithPath: "/c"))
        let plain = update(AppState(committee: local, strings: .english, size: Size(columns: 80, rows: 24), now: Date()), .committeeRead([])).0
        #expect(update(plain, .text("p")).1.isEmpty)
        #expect(!render(plain, plain.size).grid.lines[23].contains("pull"))
    }

    @Test func aBranchOpenedByTheCommitteeIsReadOnlyAndQGoesBack() throws {
        let shell = try TestShell()
        shell.state = AppState(committeeCopy: "酸轧支部", strings: .english, size: shell.size, now: DemoData.date("2026-11-25", 10),
                               dataFolder: shell.folder.path, branch: shell.state.branch, members: shell.state.members)
        let listing = shell.store.listMeetings()
        let before = shell.allEffects.count
        shell.send(.meetingsListed(listing.summaries, problems: []))
        #expect(!shell.allEffects.dropFirst(before).contains(.loadSyncStatus), "the committee's copy has the committee's git, not the branch's")
        #expect(shell.lines[0].contains("READ-ONLY"))
        #expect(shell.lines[22].contains("酸轧支部 as the committee reads it"))
        #expect(!shell.lines[23].contains("n new"), "keys that would be refused are not offered")
        #expect(shell.lines[23].contains("q committee"))
        shell.type("n")
        #expect(shell.state.modal == nil)
        #expect(shell.state.message?.text == Strings.english.committeeRefused)
        // The usual screens, read-only: a meeting opens, its attendance cannot be marked.
        shell.press(.enter)
        #expect(shell.state.screen == .workspace)
        let meeting = try #require(shell.meeting)
        shell.type("p")
        #expect(shell.meeting == meeting)
        shell.press(.escape)
        shell.type("q")
        #expect(shell.allEffects.last == .leaveBranch)
        #expect(!shell.quit)
    }

    @Test func aReadOnlyBranchWithNothingRecordedDoesNotOfferToStartAMeeting() throws {
        let demo = DemoData.make()
        var state = AppState(committeeCopy: "新支部", strings: .english, size: Size(columns: 80, rows: 24), now: DemoData.date("2026-11-25", 10),
                             dataFolder: "/branch", branch: demo.branch, members: [])
        state = update(state, .meetingsListed([], problems: [])).0
        let home = render(state, state.size).grid.text
        #expect(home.contains("No meetings recorded.") && !home.contains("Press n"), "\(home)")
        state = update(state, .text("3")).0
        #expect(render(state, state.size).grid.text.contains("No members on the roster."))
    }
}
