import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// A new secretary: a branch created today, a roster brought in from a spreadsheet today,
/// and a theme Party Day held two weeks ago written up — which expects the whole roster.
@Suite struct FirstRealUseTests {
    /// The screen's words with the boxes and wrapping taken out.
    func flat(_ shell: TestShell) -> String {
        shell.lines.map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func aMeetingHeldBeforeTheImportExpectsTheImportedRoster() throws {
        let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
        let shell = try TestShell(demo: false, branch: branch, members: [])
        var csv = "姓名,类别,入党日期,职务\n"
        for index in 1...28 { csv += "党员\(index),\(index <= 25 ? "正式" : "预备"),\(index <= 25 ? "2001-07-01" : "2026-03-01"),\n" }
        let file = shell.folder.appendingPathComponent("roster.csv")
        try Data(csv.utf8).write(to: file)
        shell.type("3i")
        shell.type(file.path)
        shell.press(.enter)
        #expect(shell.screen.contains("28 members can be added"))
        #expect(flat(shell).contains("28 without a roster date in the file are on the roster from 2026-01-01 (d changes it)"), "\(shell.screen)")
        shell.type("y")
        #expect(try shell.store.loadMembers().count == 28)

        // Held on 11 November, written up on 25 November.
        shell.type("2n")
        shell.press(.tab, .tab, .control("u"))
        shell.type("2026-11-11 14:30")
        shell.press(.control("s"))
        let meeting = try #require(shell.meeting)
        // The three probationary members joined on 1 March: on the roster from then.
        #expect(meeting.tally.expected == 28, "\(shell.screen)")
        #expect(shell.screen.contains("Expected 28"))
    }

    @Test func theRosterDateCanBeChosenInThePreview() throws {
        let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
        let shell = try TestShell(demo: false, branch: branch, members: [])
        let file = shell.folder.appendingPathComponent("roster.csv")
        try Data("name,category\nA,full\nB,full\n".utf8).write(to: file)
        shell.type("3i")
        shell.type(file.path)
        shell.press(.enter)
        shell.type("d")
        shell.press(.control("u"))
        shell.type("2025/9/1")
        shell.press(.enter)
        #expect(flat(shell).contains("on the roster from 2025-09-01"), "\(shell.screen)")
        shell.press(.enter)
        let members = try shell.store.loadMembers()
        #expect(members.allSatisfy { $0.snapshot(on: Day("2025-09-01")!) != nil && $0.snapshot(on: Day("2025-08-31")!) == nil })
    }

    @Test func anImportNamingNewGroupsOffersToCreateThem() throws {
        let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
        let shell = try TestShell(demo: false, branch: branch, members: [])
        let file = shell.folder.appendingPathComponent("roster.csv")
        try Data("姓名,类别,党小组\n甲,正式,酸洗党小组\n乙,正式,轧机党小组\n丙,正式,\n".utf8).write(to: file)
        shell.type("3i")
        shell.type(file.path)
        shell.press(.enter)
        #expect(flat(shell).contains("Party groups not yet in the branch: 酸洗党小组, 轧机党小组 — the import creates them"), "\(shell.screen)")
        #expect(flat(shell).contains("3 members can be added"), "read as if the groups existed")
        shell.type("c")
        #expect(try shell.store.loadBranch()?.partyGroups.map(\.name) == ["酸洗党小组", "轧机党小组"])
        #expect(flat(shell).contains("3 members can be added"), "read again with the groups: \(shell.screen)")
        shell.type("y")
        let members = try shell.store.loadMembers()
        #expect(members.count == 3)
        #expect(members.filter { $0.partyGroup.current != nil }.count == 2)
    }

    @Test func theImportPreviewSpeaksChineseAndScrollsThroughEveryProblem() throws {
        let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
        let shell = try TestShell(demo: false, branch: branch, members: [], language: .chinese)
        var csv = "姓名,类别\n"
        for index in 1...30 { csv += "党员\(index),荣誉\n" }
        let file = shell.folder.appendingPathComponent("roster.csv")
        try Data(csv.utf8).write(to: file)
        shell.type("3i")
        shell.type(file.path)
        shell.press(.enter)
        #expect(flat(shell).contains("第 2 行：不能导入：类别“荣誉”既不是正式党员也不是预备党员"), "\(shell.screen)")
        #expect(flat(shell).contains("滚动"), "the box says it scrolls")
        #expect(!flat(shell).contains("第 31 行"))
        shell.press(.pageDown, .pageDown, .pageDown, .pageDown)
        #expect(flat(shell).contains("第 31 行"), "every problem row can be reached: \(shell.screen)")
    }

    /// y imports the members and creates the groups the file names, as one change.
    @Test func yCreatesTheGroupsTheFileNamesWithTheMembers() throws {
        let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
        let shell = try TestShell(demo: false, branch: branch, members: [])
        let file = shell.folder.appendingPathComponent("roster.csv")
        try Data("姓名,类别,所在党小组\n甲,正式,第一党小组\n乙,正式,第二党小组\n".utf8).write(to: file)
        shell.type("3i")
        shell.type("\"\(file.path)\"")
        shell.press(.enter)
        shell.type("y")
        let groups = try #require(try shell.store.loadBranch()).partyGroups
        #expect(groups.map(\.name) == ["第一党小组", "第二党小组"])
        let members = try shell.store.loadMembers()
        #expect(members.count == 2 && members.allSatisfy { member in groups.contains { $0.id == member.partyGroup.current } })
        shell.type("u")
        #expect(try shell.store.loadMembers().isEmpty && (try shell.store.loadBranch()?.partyGroups.isEmpty ?? false), "u undoes both")
    }
}
