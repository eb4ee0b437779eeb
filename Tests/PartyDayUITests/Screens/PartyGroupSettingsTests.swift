import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// Party groups are created, renamed and dissolved in Settings; their meetings are owed
/// as soon as they exist.
@Suite struct PartyGroupSettingsTests {
    @Test func aGroupCreatedInSettingsOwesItsMeetings() throws {
        let demo = DemoData.make()
        var branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
        branch.partyGroups = []
        let shell = try TestShell(demo: false, branch: branch, members: Array(demo.members.prefix(10)))
        let owedGroupLines = { (shell.state.reports.compliance?.lines ?? []).filter { $0.type == .partyGroupMeeting }.count }
        shell.type("6")
        #expect(shell.screen.contains("No party groups: g creates one."))
        #expect(owedGroupLines() == 0)
        shell.type("g")
        shell.type("酸洗党小组")
        shell.press(.tab)
        shell.type("lzh")
        shell.press(.control("s"))
        let group = try #require(try shell.store.loadBranch()?.partyGroups.first)
        #expect(group.name == "酸洗党小组" && group.leaderMemberID == DemoRoster.secretary)
        #expect(shell.screen.contains("酸洗党小组 — leader 李振华"))
        #expect(owedGroupLines() == 1, "owed as soon as it exists")

        shell.type("r")
        shell.press(.tab)
        shell.type("酸洗一组")
        shell.press(.control("s"))
        #expect(try shell.store.loadBranch()?.partyGroups.first?.name == "酸洗一组")

        shell.type("x")
        guard case .form = shell.state.modal else { Issue.record("x opens the form: \(shell.screen)"); return }
        shell.press(.tab, .control("u"))
        shell.type("2026-01-01")
        shell.press(.control("s"))
        #expect(shell.state.modal == nil, "\(shell.screen)")
        #expect(try shell.store.loadBranch()?.partyGroups.first?.retiredOn == Day("2026-01-01"))
        #expect(owedGroupLines() == 0, "dissolved before the year began: nothing owed")
        shell.type("u")
        #expect(try shell.store.loadBranch()?.partyGroups.first?.retiredOn == nil, "undo brings it back")
    }
}
