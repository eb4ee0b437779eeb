import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// Every record change goes through one pipe: `u` undoes the last change whatever its
/// kind and says what it was, `Ctrl-R` makes it again, and both reach the files.
@Suite struct RecordPipeTests {
    /// Makes a change, then checks on disk that `u` puts it back and `Ctrl-R` makes it again.
    private func undoesAndRedoes(_ shell: TestShell, _ what: String, change: () -> Void, read: () throws -> String) throws {
        let before = try read()
        change()
        let after = try read()
        #expect(after != before, "\(what): the change reached the file")
        shell.type("u")
        #expect(try read() == before, "\(what): u puts it back")
        #expect(shell.state.message?.text.hasPrefix("Undone: ") == true, "\(what): \(shell.state.message?.text ?? "")")
        shell.press(.control("r"))
        #expect(try read() == after, "\(what): Ctrl-R makes it again")
        #expect(shell.state.message?.text.hasPrefix("Redone: ") == true, "\(what): \(shell.state.message?.text ?? "")")
    }

    private func duesYear(_ shell: TestShell) throws -> DuesYear { try shell.store.loadDues(year: 2026) }

    private func selectDuesMember(_ shell: TestShell, _ id: String) {
        shell.press(.home)
        for _ in 0..<40 where shell.state.selectedDuesMember?.id != id { shell.press(.down) }
    }

    /// The issue's report: a payment then `u` undid an earlier attendance mark instead.
    @Test func uAfterADuesPaymentUndoesThatPaymentNotAnEarlierMeetingChange() throws {
        let shell = try TestShell()
        shell.press(.enter)
        shell.type("w")
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID).attendance[0].status == .absentUnexcused)
        shell.press(.escape)
        shell.type("7")
        selectDuesMember(shell, "m-13")
        let paymentsBefore = try duesYear(shell).payments.count
        shell.type(" ")
        #expect(try duesYear(shell).payments.count == paymentsBefore + 1)
        shell.type("u")
        #expect(try duesYear(shell).payments.count == paymentsBefore, "the payment is undone")
        #expect(shell.state.message?.text == "Undone: 钱斌's dues for 2026-11.")
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID).attendance[0].status == .absentUnexcused, "the mark stays")
        shell.press(.control("r"))
        #expect(try duesYear(shell).payments.count == paymentsBefore + 1, "Ctrl-R pays again")
        #expect(shell.state.duesLedger.month(YearMonth(year: 2026, month: 11), of: shell.state.members.first { $0.id == "m-13" }!).status == .paid)
        shell.type("uu")
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID).attendance[0].status == .present, "then the mark, named")
        #expect(shell.state.message?.text.contains("决战四季度") == true, "\(shell.state.message?.text ?? "")")
    }

    @Test func undoAndRedoReachEveryRecordKind() throws {
        let shell = try TestShell()
        // A meeting: an attendance mark.
        shell.press(.enter)
        try undoesAndRedoes(shell, "attendance", change: { shell.type("w") },
                            read: { "\(try shell.store.loadMeeting(id: DemoData.seedMeetingID).attendance[0].status)" })
        shell.press(.escape)
        // The branch: the warning ladder in Settings.
        shell.type("1s")
        try undoesAndRedoes(shell, "settings", change: {
            shell.press(.enter, .control("u"))
            shell.type("2")
            shell.press(.control("s"))
        }, read: { "\(try shell.store.loadBranch()?.ladder.talk ?? 0)" })
        // The roster: a member added.
        shell.type("3")
        try undoesAndRedoes(shell, "roster", change: {
            shell.type("a")
            shell.type("王新")
            shell.press(.function(2))
        }, read: { "\(try shell.store.loadMembers().count)" })
        // Dues: a base, a payment, a removal, a hand-over.
        shell.type("7")
        selectDuesMember(shell, "m-01")
        try undoesAndRedoes(shell, "dues base", change: {
            shell.type("b")
            shell.press(.tab, .control("u"), .control("k"))
            shell.type("5200")
            shell.press(.function(2))
        }, read: { "\(try shell.store.loadDuesBases().first { $0.memberID == "m-01" }?.basis(in: YearMonth(year: 2026, month: 11))?.base?.description ?? "")" })
        selectDuesMember(shell, "m-13")
        try undoesAndRedoes(shell, "payment", change: { shell.type(" ") }, read: { "\(try duesYear(shell).payments.count)" })
        selectDuesMember(shell, "m-13")
        try undoesAndRedoes(shell, "removal", change: { shell.type("d") }, read: { "\(try duesYear(shell).payments.count)" })
        try undoesAndRedoes(shell, "hand-over", change: {
            shell.type("h")
            shell.press(.function(2))
        }, read: { "\(try duesYear(shell).handovers.count)" })
        // Meetings created and deleted.
        shell.type("2")
        try undoesAndRedoes(shell, "new meeting", change: {
            shell.type("n2")
            shell.press(.tab, .tab)
            shell.type("学习")
            shell.press(.function(2))
            shell.press(.escape)
        }, read: { "\(shell.store.listMeetings().summaries.count)" })
        shell.type("2")
        try undoesAndRedoes(shell, "delete", change: {
            shell.type("dY")
        }, read: { "\(shell.store.listMeetings().summaries.count)" })
    }

    @Test func everyonePresentPayingAtTheMeetingIsOneChange() throws {
        let shell = try TestShell()
        var year = try duesYear(shell)
        year.payments.removeAll { $0.meetingID == DemoData.seedMeetingID || $0.paidOn == Day("2026-11-15") }
        try shell.store.save(year)
        shell.state.dues = DuesRecords()
        shell.send(.meetingsListed(shell.state.summaries, problems: []))
        shell.press(.enter)
        shell.type("2jp")
        try undoesAndRedoes(shell, "everyone present", change: { shell.type("P") },
                            read: { "\(try duesYear(shell).payments.filter { $0.meetingID == DemoData.seedMeetingID }.count)" })
        #expect(try duesYear(shell).payments.filter { $0.meetingID == DemoData.seedMeetingID }.count > 20)
    }

    @Test func aNewChangeEndsWhatCouldBeRedoneAndUndoSpeaksChinese() throws {
        let shell = try TestShell(language: .chinese)
        shell.press(.enter)
        shell.type("w")
        shell.type("u")
        #expect(shell.state.message?.text.hasPrefix("已撤销：对2026-11-10“决战四季度") == true, "\(shell.state.message?.text ?? "")")
        shell.type("j")
        shell.type("w")
        shell.press(.control("r"))
        #expect(shell.state.message?.text == "没有可重做的操作。")
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID).attendance[0].status == .present)
    }

    @Test func aReadOnlyWindowNeitherUndoesNorRedoes() throws {
        let shell = try TestShell(readOnly: "the data folder is in use by another partyday process (pid 42)")
        shell.press(.control("r"))
        #expect(shell.state.message?.isError == true)
        #expect(!shell.allEffects.contains { if case .saveMeeting = $0 { true } else { false } })
    }
}
