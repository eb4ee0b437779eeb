import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// What a careless or hostile user types: numbers past any real count, days outside the
/// years a record may hold, control characters, quitting while changes are not saved.
/// Each is refused with a message in the interface language; nothing traps.
@Suite struct HostileInputTests {
    @Test(arguments: [Language.english, .chinese])
    func aVoteCountPastAnyBranchIsRefusedWithItsRange(_ language: Language) throws {
        let shell = try TestShell(language: language)
        shell.press(.enter)
        shell.type("5a")
        shell.type("同意")
        shell.press(.tab)
        shell.type("9223372036854775807")
        shell.press(.control("s"))
        guard case let .form(form) = shell.state.modal else { Issue.record("the form stays open"); return }
        // 30 rows of attendance: at most 300 votes.
        let expected = language == .english ? "is not a whole number from 0 to 300" : "不是 0 到 300 之间的整数"
        #expect(form.error?.contains(expected) == true, "\(form.error ?? "")")
        #expect(shell.meeting?.decisions.count == 0, "nothing added")
        shell.press(.control("u"))
        shell.type("20")
        shell.press(.control("s"))
        #expect(shell.state.modal == nil)
        #expect(shell.meeting?.decisions.last?.yes == 20)
    }

    @Test(arguments: ["10000-01-01 09:00", "1899-12-31 09:00", "0000-01-01"])
    func aDayOutsideTheSupportedYearsIsRefusedByTheForm(_ typed: String) throws {
        let shell = try TestShell()
        shell.type("l")
        shell.type("n")
        shell.press(.tab, .tab, .tab, .control("u"))
        shell.type(typed)
        shell.press(.control("s"))
        guard case let .form(form) = shell.state.modal else { Issue.record("the form stays open"); return }
        #expect(form.error?.contains("is not a day and time") == true, "\(form.error ?? "")")
        #expect(shell.state.summaries.count == 55)
    }

    @Test(arguments: ["0", "25", "-1", "99999999999999999999"])
    func aWarningThresholdOutsideOneToTwentyFourIsRefused(_ typed: String) throws {
        let shell = try TestShell()
        shell.type("s")
        shell.press(.enter)
        shell.press(.control("u"))
        shell.type(typed)
        shell.press(.control("s"))
        guard case let .form(form) = shell.state.modal else { Issue.record("the form stays open"); return }
        #expect(form.error?.contains("from 1 to 24") == true, "\(form.error ?? "")")
        #expect(try shell.store.loadBranch()?.warningLadder == nil, "nothing saved")
    }

    @Test func controlCharactersNeverReachATextField() throws {
        let shell = try TestShell()
        shell.press(.enter)
        shell.type("7")
        shell.press(.enter)
        shell.send(.text("纪\u{7}要"), .paste("第一行\u{1B}]52;c;ZXZpbA==\u{7}\n第二行"))
        guard case let .form(form) = shell.state.modal else { Issue.record("the notes form is open"); return }
        let text = form.fields.map(\.input.text).joined()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)")
        #expect(text.contains("纪要"))
    }

    @Test func quittingWithChangesNotSavedAsksFirst() throws {
        let shell = try TestShell()
        shell.send(.saveFailed(StoreError.folderGone(folder: "/x").wording))
        #expect(shell.screen.contains("NOT SAVED"))
        shell.type("q")
        #expect(!shell.quit, "q asks first")
        #expect(shell.screen.contains("Quit anyway?"))
        shell.type("n")
        #expect(!shell.quit)
        #expect(shell.state.modal == nil)
        shell.type("q")
        shell.type("y")
        #expect(shell.quit, "y quits; the shell writes a rescue copy")
    }

    @Test func quittingWithEverythingSavedDoesNotAsk() throws {
        let shell = try TestShell()
        shell.type("q")
        #expect(shell.quit)
    }
}
