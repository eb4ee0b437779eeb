import Foundation
import PartyDayKit
import Testing

/// Keys as real terminals send them, through the real binary under tmux: named keys
/// under several TERM values, typed text with stray escapes, every screen's hint bar.
@Suite(.serialized) struct TmuxKeysTests {
    func demoFolder() throws -> Scratch {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        return scratch
    }

    /// The row counter of the table on screen: "first-last/total".
    func rowCounter(_ screen: String) -> (first: Int, last: Int, total: Int)? {
        guard let match = screen.firstMatch(of: /(\d+)-(\d+)\/(\d+)/) else { return nil }
        return (Int(match.1)!, Int(match.2)!, Int(match.3)!)
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "linux"])
    func homeEndAndPageKeysDoWhatKeysMdSays(_ term: String) throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"], term: term)
        session.wait(for: "Recent meetings")
        try session.keys("2")
        // The Meetings screen's own title bar: the home screen (its list counts 8) may still
        // be on the screen when "2" was just sent.
        var screen = session.wait(for: "partyday · meetings")
        // The frame may still be arriving: wait for the table's row counter.
        let deadline = Date().addingTimeInterval(5)
        while rowCounter(screen) == nil && Date() < deadline {
            usleep(100_000)
            screen = session.screen
        }
        let start = try #require(rowCounter(screen), "\(screen)")
        #expect(start.first == 1)
        try session.keys("End")
        screen = session.wait(for: "/\(start.total)")
        usleep(300_000)
        screen = session.screen
        #expect(rowCounter(screen)?.last == start.total, "End goes to the last row under TERM=\(term): \(screen)")
        #expect(screen.contains("Meetings"), "End did not act as Esc")
        try session.keys("Home")
        usleep(300_000)
        #expect(rowCounter(session.screen)?.first == 1, "Home goes to the first row under TERM=\(term)")
        try session.keys("PageDown")
        usleep(300_000)
        #expect(rowCounter(session.screen)?.first ?? 1 > 1, "PgDn moves down under TERM=\(term): \(session.screen)")
        // In a text field: Home and End move the caret, never type "[1~" or "[4~".
        try session.keys("3", "/")
        try session.text("bc")
        try session.keys("Home")
        try session.text("a")
        try session.keys("End")
        try session.text("d")
        screen = session.wait(for: "abcd")
        #expect(screen.contains("abcd"), "under TERM=\(term): \(screen)")
        #expect(!screen.contains("~"))
        try session.keys("Escape")
        usleep(200_000)
        try session.keys("q")
        #expect(session.waitForExit() != nil)
    }

    @Test func escapesInsideTypedTextNeverActAsCommands() throws {
        let data = try demoFolder()
        let meetingsBefore = try FileManager.default.subpathsOfDirectory(atPath: data.url.appendingPathComponent("meetings").path).filter { $0.hasSuffix(".plist") }
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        session.wait(for: "Recent meetings")
        try session.keys("Enter")
        session.wait(for: "Attendance")
        try session.keys("7", "Enter")
        session.wait(for: "Ctrl-S")
        try session.text("今天的会议纪要")
        // ESC x ESC x d y, as a paste without bracketed-paste markers delivers it.
        try session.tmux(["send-keys", "-H", "1b", "78", "1b", "78", "64", "79"])
        // Ctrl-@, Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_ are not Esc either.
        try session.tmux(["send-keys", "-H", "00", "1c", "1d", "1e", "1f"])
        usleep(500_000)
        let screen = session.screen
        #expect(screen.contains("今天的会议纪要"), "the form is still open with the text: \(screen)")
        #expect(screen.contains("Ctrl-S"), "still in the form")
        try session.keys("C-s")
        usleep(1_500_000)
        try session.keys("Escape")
        usleep(300_000)
        try session.keys("q")
        #expect(session.waitForExit() != nil)
        let meetingsAfter = try FileManager.default.subpathsOfDirectory(atPath: data.url.appendingPathComponent("meetings").path).filter { $0.hasSuffix(".plist") }
        #expect(meetingsAfter.count == meetingsBefore.count, "no meeting was deleted")
        let store = try Store(folder: data.url, access: .readOnly)
        let seed = try store.loadMeeting(id: DemoData.seedMeetingID)
        #expect(seed.hostSummary.contains("今天的会议纪要") || seed.minutes.contains("今天的会议纪要"))
    }

    @Test(arguments: ["en", "zh"])
    func everyScreensHintBarEndsCleanlyAtEightyByTwentyFour(_ language: String) throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", language])
        let more = language == "zh" ? "? 更多" : "? more"
        session.wait(for: more)
        func hintBar() -> String {
            usleep(250_000)
            return session.screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
        }
        var places = ["home": hintBar()]
        // The home panels name duties and members at risk: whole, never cut.
        let homeLines = session.screen.split(separator: "\n", omittingEmptySubsequences: false)
        let panels = homeLines.prefix { !$0.contains(language == "zh" ? "最近的会议" : "Recent meetings") }
        #expect(panels.contains { $0.contains(language == "zh" ? "党小组会（轧机党小组）" : "party group meeting (轧机党小组)") }, "\(panels)")
        #expect(!panels.joined().contains("…"), "\(panels.joined(separator: "\n"))")
        for digit in ["2", "3", "4", "5", "6"] {
            try session.keys(digit)
            places["screen \(digit)"] = hintBar()
        }
        try session.keys("2", "Enter")
        for pane in 1...7 {
            try session.keys("\(pane)")
            places["pane \(pane)"] = hintBar()
        }
        for (place, bar) in places {
            #expect(bar.trimmingCharacters(in: .whitespaces).hasSuffix(more), "\(place): '\(bar)'")
        }
        try session.keys("5")
        let decisions = session.wait(for: language == "zh" ? "票" : "votes")
        let flat = decisions.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains(language == "zh" ? "24" : "more than 12 yes votes"), "\(decisions)")
        try session.keys("q", "q")
        #expect(session.waitForExit() != nil)
    }

    @Test(arguments: ["dumb", "no-such-terminal-xyz"])
    func anUnusableTerminalGetsAClearMessage(_ term: String) throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"], term: term)
        #expect(session.waitForExit() != nil)
        let status = try String(contentsOf: session.statusFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "1")
        let screen = session.screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(screen.contains("cannot draw its screens"), "\(screen)")
        #expect(screen.contains("partyday --summary"))
        #expect(!screen.contains("Error opening terminal"))
    }

    /// A click as xterm reports it (SGR, 1-based column and row): a press, then a release.
    func click(_ session: TmuxSession, column: Int, row: Int) throws {
        let report = "\u{1B}[<0;\(column + 1);\(row + 1)M\u{1B}[<0;\(column + 1);\(row + 1)m"
        let bytes = Array(report.utf8).map { String(format: "%02x", $0) }
        try session.tmux(["send-keys", "-H"] + bytes)
    }

    @Test func aClickSelectsAMeetingASecondOpensItAndATabShowsItsPane() throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        session.wait(for: "Recent meetings")
        try session.keys("2")
        var screen = session.wait(for: "廉洁从业警示教育")
        func rowOf(_ text: String, _ screen: String) -> Int? { screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) } }
        var y = try #require(rowOf("廉洁从业警示教育", screen))
        try click(session, column: 30, row: y)
        usleep(400_000)
        screen = session.screen
        y = try #require(rowOf("廉洁从业警示教育", screen))
        try click(session, column: 30, row: y)
        screen = session.wait(for: "1 Attendance")
        #expect(screen.contains("廉洁从业警示教育") && screen.contains("1 Attendance"), "two clicks opened the meeting: \(screen)")
        y = try #require(rowOf("5 Decisions", screen))
        let line = screen.split(separator: "\n", omittingEmptySubsequences: false)[y]
        let x = line.distance(from: line.startIndex, to: line.range(of: "5 Decisions")!.lowerBound)
        try click(session, column: x + 2, row: y)
        screen = session.wait(for: "A decision passes")
        #expect(screen.contains("A decision passes"), "a click on the tab shows the pane")
        try session.keys("q", "q")
        #expect(session.waitForExit() != nil)
    }
}
