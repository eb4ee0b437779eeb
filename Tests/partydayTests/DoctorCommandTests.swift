import Foundation
import PartyDayKit
import Testing

/// `partyday --help` names the options users meet first; `partyday doctor` says what
/// partyday sees, for a helpdesk, and changes nothing.
@Suite(.serialized) struct DoctorCommandTests {
    @Test func helpNamesTheScreensOptionsAndDoctor() throws {
        let help = try partyday("--help")
        #expect(help.status == 0)
        for option in ["--demo", "--lang en|zh", "--data-dir DIR", "--summary", "partyday doctor", "doctor"] {
            #expect(help.stdout.contains(option), "missing \(option)")
        }
    }

    @Test func doctorNamesTheFolderItsSourceTheLockAndWhetherTheFilesLoad() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let free = try partyday("doctor", "--data-dir", data.url.path)
        #expect(free.status == 0, "\(free.stderr)")
        #expect(free.stdout.contains("data folder  \(data.url.path) (from --data-dir)"))
        #expect(free.stdout.contains("permissions  700, writable, private"))
        #expect(free.stdout.contains("lock         free"))
        #expect(free.stdout.contains("31 members, 55 meetings, 1 dues years; all load"))
        #expect(free.stdout.contains("partyday counts 14 columns; the terminal was not asked"))
        // While a writer holds the folder, doctor names it (and takes nothing).
        let writer = try Store(folder: data.url)
        let held = try partyday("doctor", "--data-dir", data.url.path)
        #expect(held.stdout.contains("lock         held by another partyday process (pid \(getpid())"))
        withExtendedLifetime(writer) {}
        // A damaged meeting file is counted, never repaired.
        let damaged = data.file("meetings/2026/2026-11-10-theme-party-day-seed20261110.plist")
        try Data("garbage".utf8).write(to: damaged)
        let report = try partyday("doctor", "--data-dir", data.url.path)
        #expect(report.stdout.contains("1 damaged file(s): partyday check names them"))
        #expect(try Data(contentsOf: damaged) == Data("garbage".utf8))
    }

    /// The glibc it runs on (as Python's platform module reads it) and the oldest this
    /// build can (as objdump -T reads the binary's needs).
    @Test func doctorNamesTheGlibcItRunsOnAndTheBuildsFloor() throws {
        let report = try partyday("doctor", "--data-dir", Scratch().url.path)
        let running = try tool("python3", ["-c", "import platform; print(platform.libc_ver()[1])"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let symbols = try tool("objdump", ["-T", try builtProduct("partyday").path]).stdout
        let versions = symbols.split(whereSeparator: { !$0.isNumber && $0 != "." && $0 != "_" && !$0.isLetter })
            .filter { $0.hasPrefix("GLIBC_2") }.map { String($0.dropFirst(6)) }
        let floor = try #require(versions.max { $0.compare($1, options: .numeric) == .orderedAscending })
        #expect(report.stdout.contains("C library    glibc \(running); this build needs glibc \(floor) or newer"), "\(report.stdout)")
        let zh = try partyday("doctor", "--lang", "zh", "--data-dir", Scratch().url.path)
        #expect(zh.stdout.contains("glibc \(running)；本版本需要 glibc \(floor) 或更新版本"), "\(zh.stdout)")
    }

    @Test func doctorOnAFolderThatDoesNotExistAndAnUnknownTerminal() throws {
        let missing = Scratch().url.appendingPathComponent("nothing-here")
        let result = try run(try builtProduct("partyday"), ["doctor", "--data-dir", missing.path], environment: ["TERM": "no-such-terminal"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("the folder does not exist yet"))
        #expect(result.stdout.contains("unknown terminal type: terminfo has no entry for no-such-terminal"))
        #expect(!FileManager.default.fileExists(atPath: missing.path), "doctor creates nothing")
    }

    @Test func underTmuxTheTerminalIsAskedHowWideItDrawsChinese() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let session = try TmuxSession(["doctor", "--data-dir", data.url.path], columns: 100, rows: 30)
        let screen = session.wait(for: "CJK width")
        #expect(screen.contains("the terminal draws 14: they agree"), "\(screen)")
        #expect(screen.contains("TERM=xterm-256color, 100×30"))
        #expect(screen.contains("colours      256"))
    }
}
