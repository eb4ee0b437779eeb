import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI
import PartyDayTestSupport

/// The Chinese screens, toured: every screen, pane, box and form a secretary meets, and the
/// messages of what goes wrong (a damaged file, a folder gone, a lock held, a sync that
/// failed, an import refused). No English word may show, beyond names and keys.
@Suite struct ChineseTourTests {
    /// Names in the demo, the keys as the keyboard labels them, and the program's name.
    static let allowed: Set<String> = ["Lin", "Qing", "Aliya", "Tursun", "Bater", "Wu", "zhangrun", "check", "install", "Esc", "Enter", "Tab", "Space", "PgUp", "PgDn", "Home", "End", "Ctrl",
                                       "Del", "Backspace", "F1", "F2", "S", "P", "Y", "git", "pinyin", "zrs", "ok"]

    private func expectChinese(_ shell: TestShell, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // A box covers what is behind it: a word cut at its edge ("Ente") is the word it was.
        let words = englishWords(in: shell.screen, allowing: Self.allowed)
            .filter { word in !Self.allowed.contains { $0.hasPrefix(word) && word.count >= 3 } }
        #expect(words.isEmpty, "\(place): \(words)\n\(shell.screen)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 100, rows: 30)])
    func everyScreenPaneAndBoxSpeaksChinese(size: Size) throws {
        let shell = try TestShell(language: .chinese, size: size)
        expectChinese(shell, "home")
        for (key, place) in [("2", "meetings"), ("3", "members"), ("4", "participation"), ("5", "pledges"), ("6", "settings"), ("7", "dues"), ("8", "development")] {
            shell.type(key)
            expectChinese(shell, place)
            shell.type("?")
            expectChinese(shell, place + " help")
            shell.press(.escape)
        }
        shell.type("7g")
        expectChinese(shell, "dues year")
        // Developing members: the pipeline, a timeline with its findings, each of its forms.
        shell.type("8")
        shell.press(.enter)
        expectChinese(shell, "development timeline")
        shell.type("?")
        expectChinese(shell, "development timeline help")
        shell.press(.escape)
        for key in ["\r", "w", "k", "c", "s", "p", "i", "x"] {
            if key == "\r" { shell.press(.enter) } else { shell.type(key) }
            expectChinese(shell, "development form \(key)")
            shell.press(.escape)
        }
        shell.press(.escape)
        shell.type("l")
        expectChinese(shell, "development limits form")
        shell.press(.escape)
        shell.type("a")
        expectChinese(shell, "applicant form")
        shell.press(.escape)
        // Forms: a new meeting, a member, a dues base, the settings.
        shell.type("2n")
        expectChinese(shell, "new meeting form")
        shell.press(.escape)
        shell.type("3a")
        expectChinese(shell, "member form")
        shell.press(.escape)
        shell.type("7b")
        expectChinese(shell, "base form")
        shell.press(.escape)
        shell.type("6")
        shell.press(.enter)
        expectChinese(shell, "settings form")
        shell.press(.escape)
        // A question: deleting a meeting.
        shell.type("2d")
        expectChinese(shell, "delete question")
        shell.type("n")
        // The seed meeting, pane by pane, with each pane's keys.
        shell.type("1")
        shell.press(.enter)
        for pane in 1...7 {
            shell.type("\(pane)")
            expectChinese(shell, "meeting pane \(pane)")
            shell.type("?")
            expectChinese(shell, "meeting pane \(pane) help")
            shell.press(.escape)
        }
        shell.type("2jp")
        expectChinese(shell, "dues pane")
        shell.press(.escape)
        // Undo says what it undid.
        shell.type("1w")
        shell.type("u")
        expectChinese(shell, "undo message")
        shell.press(.control("r"))
        expectChinese(shell, "redo message")
    }

    @Test func whatGoesWrongSpeaksChinese() throws {
        let shell = try TestShell(language: .chinese)
        // A damaged file, named on home.
        let damaged = FileProblem(path: "meetings/2026/2026-11-06-theme-party-day-badbadba.plist", Wording("the file is empty", "文件是空的"))
        shell.send(.meetingsListed(shell.state.summaries, problems: [damaged]))
        expectChinese(shell, "damaged file")
        // The folder gone while saving.
        shell.send(.saveFailed(StoreError.folderGone(folder: "/data").wording))
        expectChinese(shell, "folder gone")
        shell.send(.saved)
        // A meeting that would not load.
        shell.send(.meetingLoadFailed(FileProblem(path: "meetings/2026/x.plist", Wording("the meeting has no type", "会议没有类型")).wording))
        expectChinese(shell, "meeting load failed")
        // A sync that failed, as git says it (git's own words stay, after the Chinese).
        shell.send(.syncFailed(Git.Missing.notInstalled.wording))
        expectChinese(shell, "sync failed")
        // An import refused.
        shell.send(.importFailed(Strings.wording { $0.notUTF8("/tmp/roster.csv") }))
        expectChinese(shell, "import refused")
        // A lock held: the read-only window says why.
        let locked = try TestShell(language: .chinese, readOnly: StoreError.locked(folder: "/data", holder: "").text(.chinese))
        locked.type("u")
        expectChinese(locked, "read-only")
    }
}
