import Foundation
import PartyDayKit
import Testing

/// The command line against hostile files and oversized input: nothing reaches the
/// terminal as an escape sequence, nothing takes quadratic time, nothing makes the folder
/// unloadable, and `check` says what it skipped.
@Suite struct HostileCommandTests {
    func demo() throws -> Scratch {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        return scratch
    }

    /// The seed meeting's file, with its theme replaced by `theme` (XML-escaped already).
    func setSeedTheme(_ scratch: Scratch, _ theme: String) throws {
        let path = scratch.file("meetings/2026/2026-11-10-theme-party-day-seed20261110.plist")
        let text = try String(contentsOf: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "决战四季度，坚决打赢扭亏攻坚战", with: theme).utf8).write(to: path)
    }

    @Test func terminalSequencesStoredInAFileNeverReachTheTerminal() throws {
        let scratch = try demo()
        try setSeedTheme(scratch, "&#27;]0;TITLE&#7;&#27;]52;c;ZXZpbA==&#7;决战")
        let members = scratch.file("members.plist")
        let roster = try String(contentsOf: members, encoding: .utf8)
        try Data(roster.replacingOccurrences(of: "<string>李振华</string>", with: "<string>李&#27;[2J振华</string>").utf8).write(to: members)
        for arguments in [["--summary"], ["export", "minutes", "2026-11-10"], ["report", "participation", "--from", "2026-01-01", "--to", "2026-12-31"],
                          ["export", "attendance", "--format", "csv"], ["check"]] {
            let result = try run(try builtProduct("partyday"), arguments + ["--data-dir", scratch.url.path])
            #expect(result.status == 0 || arguments == ["check"], "\(arguments): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"), "\(arguments): an ESC reached the terminal")
            #expect(!result.stdout.contains("\u{7}"), "\(arguments): a BEL reached the terminal")
        }
        let summary = try partyday("--summary", "--data-dir", scratch.url.path)
        #expect(summary.stdout.contains("]0;TITLE]52;c;ZXZpbA==决战"), "the text is shown, its control characters are not")
    }

    @Test func aMemberNameOfThirtyThousandCharactersIsTabledInLinearTime() throws {
        let scratch = try demo()
        let members = scratch.file("members.plist")
        let long = String(repeating: "长", count: 30_000)
        let roster = try String(contentsOf: members, encoding: .utf8)
        try Data(roster.replacingOccurrences(of: "<string>李振华</string>", with: "<string>\(long)</string>").utf8).write(to: members)
        let started = Date()
        let result = try partyday("report", "participation", "--from", "2026-01-01", "--to", "2026-12-31", "--data-dir", scratch.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(long))
        // A hang guard, not a speed target (those are in partyday-bench): the old table
        // trimmed lines with a regular expression and took minutes here.
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func aRosterTooLargeToReadBackIsRefusedWithTheNumbersAndTheFolderStillLoads() throws {
        let scratch = try demo()
        let notes = String(repeating: "备注", count: 300)
        var csv = "姓名,类别,入党日期,备注\n"
        for index in 0..<10_000 { csv += "党员\(index),正式,2010-07-01,\(notes)\n" }
        let file = scratch.file("big.csv")
        try Data(csv.utf8).write(to: file)
        let before = try Data(contentsOf: scratch.file("members.plist"))
        let result = try partyday("import", "members", file.path, "--yes", "--data-dir", scratch.url.path)
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot add 10000 member(s): members.plist would be"), "\(result.stderr)")
        #expect(result.stderr.contains("MiB, over the 8.0 MiB a record may have; nothing was written"))
        #expect(try Data(contentsOf: scratch.file("members.plist")) == before)
        #expect(try partyday("check", "--data-dir", scratch.url.path).status == 0, "the folder still loads")
    }

    @Test func aRosterOfThreeThousandImportsAndLoads() throws {
        let scratch = try demo()
        var csv = "姓名,类别,入党日期\n"
        for index in 0..<3_000 { csv += "党员\(index),正式,2010-07-01\n" }
        let file = scratch.file("many.csv")
        try Data(csv.utf8).write(to: file)
        let result = try partyday("import", "members", file.path, "--yes", "--data-dir", scratch.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try partyday("check", "--data-dir", scratch.url.path).status == 0)
        #expect(try Store(folder: scratch.url, access: .readOnly).loadMembers().count == 3_031)
    }

    @Test func checkNamesWhatItSkippedInTheInterfaceLanguage() throws {
        let scratch = try demo()
        try Data("x".utf8).write(to: scratch.file("meetings/notes.txt"))
        try Data("x".utf8).write(to: scratch.file("meetings/2026/old.plist.bak"))
        let english = try partyday("check", "--data-dir", scratch.url.path, "--lang", "en")
        #expect(english.status == 0, "skipped entries are not damage")
        #expect(english.stderr.contains("note: \(scratch.file("meetings/notes.txt").path): skipped: not a year folder"), "\(english.stderr)")
        #expect(english.stderr.contains("meetings/2026/old.plist.bak: skipped: not a .plist file"))
        let chinese = try partyday("check", "--data-dir", scratch.url.path, "--lang", "zh")
        #expect(chinese.stderr.contains("提示：\(scratch.file("meetings/2026/old.plist.bak").path)：已跳过：不是 .plist 文件"), "\(chinese.stderr)")
    }

    @Test func underAFileSizeLimitASaveFailsWithTheReasonInsteadOfKillingTheProgram() throws {
        let scratch = Scratch()
        let result = try tool("bash", ["-c", "ulimit -f 8; exec \"$0\" demo --data-dir \"$1\"", try builtProduct("partyday").path, scratch.url.path])
        #expect(result.status == 1, "exits with a message, not SIGXFSZ (status \(result.status))")
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
    }
}
