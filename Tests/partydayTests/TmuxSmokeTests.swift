import Foundation
import PartyDayKit
import Testing

/// The real binary in a real terminal: tmux on a socket of its own, driven with
/// send-keys and read with capture-pane.
final class TmuxSession {
    let socket = "partyday-test-\(UUID().uuidString.prefix(8))"
    let scratch = Scratch()
    var sttyFile: URL { scratch.file("stty-after.txt") }
    var statusFile: URL { scratch.file("status.txt") }

    /// Starts partyday in a pane of the given size (80×24 unless told) with the given
    /// TERM; after it exits the pane records its exit status and `stty -a`.
    init(_ arguments: [String], term: String = "xterm-256color", columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        let binary = try builtProduct("partyday").path
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let extra = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let command = "env LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no TERM=\(term) \(extra) \(binary) \(quoted); echo $? > '\(statusFile.path)'; stty -a > '\(sttyFile.path)'; sleep 60"
        // Foundation's Process learns of an exit from a descriptor the child inherits; the
        // tmux server forked by new-session keeps it open, so the wait would never end.
        // posix_spawn and waitpid see the client exit.
        let status = spawnAndWait(["tmux", "-L", socket, "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", command])
        if status != 0 { throw ToolMissing(name: "tmux") }
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try tool("tmux", ["-L", socket] + arguments)
        return result.stdout
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// Literal text, as an input method would commit it.
    func text(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    var screen: String { (try? tmux(["capture-pane", "-p"])) ?? "" }

    /// Waits up to 10 s for `text` to appear; returns the screen either way.
    @discardableResult
    func wait(for text: String, timeout: Double = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = screen
        while !current.contains(text) && Date() < deadline {
            usleep(100_000)
            current = screen
        }
        return current
    }

    func waitForExit(timeout: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: sttyFile, encoding: .utf8), !text.isEmpty { return text }
            usleep(100_000)
        }
        return nil
    }
}

/// Runs a program found on PATH with no inherited output, waiting for it alone.
func spawnAndWait(_ arguments: [String]) -> Int32 {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in [Int32(0), 1, 2] {
        posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // A clean signal mask and default handlers, whatever the test runner's threads block.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    guard posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status >> 8) & 0xFF
}

@Suite(.serialized) struct TmuxSmokeTests {
    func demoFolder() throws -> Scratch {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        return scratch
    }

    @Test func startsOnTheDemoInEnglishAndQuitsCleanly() throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        let screen = session.wait(for: "Recent meetings")
        #expect(screen.contains("冷轧厂酸轧作业区党支部"))
        #expect(screen.contains("Members: 30 on the roster"))
        try session.keys("q")
        let stty = try #require(session.waitForExit(), "partyday did not quit on q")
        #expect(stty.contains(" icanon") && stty.contains(" echo"), "the terminal is sane again")
    }

    @Test func speaksChineseWithLangZh() throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "zh"])
        // The at-risk panel comes with the reports, computed after the meetings are listed.
        let screen = session.wait(for: "预警党员")
        #expect(screen.contains("最近的会议"))
        #expect(screen.contains("党员：在册 30 名"))
        #expect(screen.contains("n 新建  Enter 打开"))
        try session.keys("q")
        #expect(session.waitForExit() != nil)
    }

    @Test func chineseTypedThroughTheTerminalIsSavedExactly() throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        session.wait(for: "Recent meetings")
        try session.keys("Enter")
        session.wait(for: "Attendance")
        try session.keys("3", "a")
        session.wait(for: "Speaker")
        try session.text("lzh")
        session.wait(for: "李振华")
        try session.keys("Enter", "Tab")
        let phrase = "决战四季度，坚决打赢扭亏攻坚战！Aliya 发言👍"
        try session.text(phrase)
        session.wait(for: "决战四季度，坚决")
        try session.keys("C-s")
        session.wait(for: "Speeches: 6")
        try session.keys("q", "q")
        #expect(session.waitForExit() != nil)
        let meeting = try Store(folder: data.url, access: .readOnly).loadMeeting(id: DemoData.seedMeetingID)
        #expect(meeting.speeches.last?.summary == phrase)
        #expect(meeting.speeches.last?.speaker.name == "李振华")
    }

    @Test func redrawsOnResizeAndWarnsWhenTooSmall() throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        session.wait(for: "Recent meetings")
        try session.tmux(["resize-window", "-x", "40", "-y", "10"])
        #expect(session.wait(for: "needs at least").contains("60×16"))
        try session.tmux(["resize-window", "-x", "120", "-y", "30"])
        let wide = session.wait(for: "Recent meetings")
        #expect(wide.split(separator: "\n").contains { $0.count > 100 }, "the hint bar spans the wider window")
        try session.keys("q")
        #expect(session.waitForExit() != nil)
    }

    @Test func sigtermSavesWhatWasTypedAndRestoresTheTerminal() throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        session.wait(for: "Recent meetings")
        try session.keys("Enter")
        session.wait(for: "Attendance")
        // Mark the first member absent and at once ask partyday to stop.
        try session.keys("w")
        let pid = try tool("pgrep", ["-f", "partyday --data-dir \(data.url.path)"]).stdout
            .split(separator: "\n").compactMap { Int32($0) }.first
        let process = try #require(pid)
        kill(process, SIGTERM)
        let stty = try #require(session.waitForExit(), "partyday did not end on SIGTERM")
        #expect(stty.contains(" icanon") && stty.contains(" echo"))
        #expect(!stty.contains("-icanon") && !stty.contains("-echo "))
        let meeting = try Store(folder: data.url, access: .readOnly).loadMeeting(id: DemoData.seedMeetingID)
        #expect(meeting.attendance[0].status == .absentUnexcused, "the pending save was flushed")
    }

    @Test func aSecondInstanceOpensReadOnly() throws {
        let data = try demoFolder()
        let first = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        first.wait(for: "Recent meetings")
        let second = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        second.wait(for: "Recent meetings")
        let screen = second.wait(for: "READ-ONLY")
        #expect(screen.contains("READ-ONLY"))
        try second.keys("Enter")
        second.wait(for: "Attendance")
        try second.keys("w")
        #expect(second.wait(for: "Read-only").contains("Nothing was changed"))
        try second.keys("q", "q")
        try first.keys("q")
        #expect(second.waitForExit() != nil && first.waitForExit() != nil)
        let meeting = try Store(folder: data.url, access: .readOnly).loadMeeting(id: DemoData.seedMeetingID)
        #expect(meeting.attendance[0].status == .present)
    }

    @Test func aPledgeReviewedAndMinutesExportedThroughTheRealShell() throws {
        let data = try demoFolder()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        session.wait(for: "At risk")
        try session.keys("c")
        session.wait(for: "Pledges: open (12)")
        try session.keys("x")
        session.wait(for: "Reviewed on")
        try session.keys("Down", "Down")
        try session.text("已排除隐患")
        try session.keys("Enter")
        #expect(session.wait(for: "Pledges: open (11)").contains("Pledge review saved."))
        try session.keys("1", "Enter")
        session.wait(for: "Attendance")
        try session.keys("E")
        #expect(session.wait(for: "Minutes written").contains("Minutes written: exports/2026-11-10-theme-party-day-minutes.md, .txt and .docx"))
        try session.keys("q", "q")
        #expect(session.waitForExit() != nil)
        let meetings = try Store(folder: data.url, access: .readOnly).loadAllMeetings().meetings
        let reviewed = meetings.flatMap(\.pledges).filter { $0.reviews.last?.note == "已排除隐患" }
        #expect(reviewed.count == 1 && reviewed.first?.status == .kept)
        let minutes = try String(contentsOf: data.file("exports/2026-11-10-theme-party-day-minutes.txt"), encoding: .utf8)
        #expect(minutes.hasPrefix("Minutes: 冷轧厂酸轧作业区党支部: theme Party Day, November 2026"))
    }
}
