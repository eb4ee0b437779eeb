import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct MembersScreenTests {
    @Test func listsTheRosterAndFindsByPinyin() throws {
        let shell = try TestShell()
        shell.type("m")
        #expect(shell.screen.contains("Members 31/31"))
        #expect(shell.line(containing: "李振华")?.contains("secretary") == true)
        #expect(shell.line(containing: "周海")?.contains("mobile") == true)
        shell.type("/zrs")
        #expect(shell.screen.contains("Members 0/31"))
        shell.press(.control("u"))
        shell.type("qb")
        #expect(shell.screen.contains("Members 1/31"))
        #expect(shell.line(containing: "钱斌") != nil)
        shell.press(.control("u"))
        shell.type("宋佳")
        #expect(shell.lines.contains { $0.contains("宋佳") && $0.contains("transferred out") }, "the past stays on the roster file")
    }

    @Test func addingAMemberSavesTheRoster() throws {
        let shell = try TestShell()
        shell.type("m")
        shell.type("a")
        shell.type("欧阳娜娜")
        shell.press(.tab)
        shell.type("2026-07-01")
        // On the roster since: 1 January, or the earliest meeting (the demo's December 2025).
        guard case let .form(form) = shell.state.modal else { Issue.record("the member form"); return }
        #expect(form.fields[2].key == .since && form.fields[2].input.text == "2025-12-05", "\(form.fields[2].input.text)")
        shell.press(.tab, .tab, .right)
        shell.press(.control("s"))
        #expect(shell.screen.contains("Added 欧阳娜娜."))
        let saved = try shell.store.loadMembers()
        let added = try #require(saved.first { $0.name == "欧阳娜娜" })
        #expect(added.category.current == .probationary)
        #expect(added.joinedOn == Day("2026-07-01"))
    }

    @Test func editingDatesTheChangeAndKeepsThePast() throws {
        let shell = try TestShell()
        shell.type("m/曹阳")
        shell.press(.enter, .enter)
        // Category: probationary -> full, from 2026-11-25 (the default "changes from" day).
        shell.press(.tab, .tab, .right)
        shell.press(.control("s"))
        let member = try #require(try shell.store.loadMembers().first { $0.name == "曹阳" })
        #expect(member.category.value(on: Day("2026-11-24")!) == .probationary)
        #expect(member.category.value(on: Day("2026-11-25")!) == .full)
        shell.type("u")
        #expect(try shell.store.loadMembers().first { $0.name == "曹阳" }?.category.current == .probationary)
    }

    @Test func aTransferOutIsDatedAndTheMemberLeavesTheRosterFromThatDay() throws {
        let shell = try TestShell()
        shell.type("m/马超")
        shell.press(.enter)
        shell.type("t")
        #expect(shell.screen.contains("Roster change for 马超"))
        shell.press(.tab, .control("u"))
        shell.type("2026-12-01")
        shell.press(.enter)
        let member = try #require(try shell.store.loadMembers().first { $0.name == "马超" })
        #expect(member.snapshot(on: Day("2026-11-30")!) != nil)
        #expect(member.snapshot(on: Day("2026-12-01")!) == nil)
    }

    @Test func importPreviewsFirstAndWritesOnlyWhenConfirmed() throws {
        let shell = try TestShell()
        let csv = shell.folder.appendingPathComponent("roster.csv")
        try Data("姓名,类别,入党日期,党小组\n\"王,小明\",预备,2026-05-04,酸洗党小组\n,正式,,\n李四,正式,2026-02-30,\n".utf8).write(to: csv)
        shell.type("m")
        shell.type("i")
        shell.type(csv.path)
        shell.press(.enter)
        #expect(shell.screen.contains("1 members can be added."))
        #expect(shell.screen.contains("line 2: 王,小明"))
        #expect(shell.screen.contains("line 3: NOT imported: the name is empty"))
        #expect(shell.screen.contains("line 4: NOT imported: '2026-02-30' is not a date"))
        #expect(try shell.store.loadMembers().count == 31, "nothing written before confirming")
        shell.press(.enter)
        #expect(try shell.store.loadMembers().contains { $0.name == "王,小明" && $0.category.current == .probationary })
    }

    @Test func deletingAMemberAsksFirst() throws {
        let shell = try TestShell()
        shell.type("m")
        shell.type("d")
        #expect(shell.screen.contains("Delete 李振华 from the roster file?"))
        shell.press(.escape)
        #expect(try shell.store.loadMembers().count == 31)
        shell.type("dy")
        #expect(try shell.store.loadMembers().count == 31, "a small y does not delete")
        shell.type("Y")
        #expect(try shell.store.loadMembers().count == 30)
        shell.type("u")
        #expect(try shell.store.loadMembers().count == 31)
    }
}
