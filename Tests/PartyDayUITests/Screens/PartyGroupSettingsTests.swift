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

    /// The issue's slip: → to another group kept the first group's leader in the field,
    /// and Ctrl-S made him leader of the wrong group.
    @Test func renamingTheSecondGroupLeavesItsLeaderAsItWas() throws {
        let shell = try TestShell()
        shell.type("6r")
        guard case let .form(form) = shell.state.modal else { Issue.record("r opens the form"); return }
        #expect(form.title.contains("酸洗党小组 刘晓燕") && form.title.contains("轧机党小组 赵明"), "\(form.title)")
        shell.press(.right)
        shell.press(.tab)
        shell.type("轧机一组")
        shell.press(.control("s"))
        let groups = try #require(try shell.store.loadBranch()).partyGroups
        #expect(groups.first { $0.id == DemoRoster.rollingGroup.id }?.name == "轧机一组")
        #expect(groups.first { $0.id == DemoRoster.rollingGroup.id }?.leaderMemberID == "m-04", "the leader stays")
        #expect(groups.first { $0.id == DemoRoster.picklingGroup.id }?.leaderMemberID == "m-03")
    }
}
