import Foundation
import PartyDayKit
import Testing

/// A dues file with an amount at Int64's end, arrived by sync: every command that reads
/// dues names the file and goes on; none crashes (they stopped with SIGILL).
@Suite(.serialized) struct HostileAmountCommandTests {
    @Test(arguments: [Int.max, Int.min])
    func everyDuesReaderNamesTheFileAndGoesOn(fen: Int) throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let path = data.file("dues/2026.plist")
        var text = try String(contentsOf: path, encoding: .utf8)
        let first = try #require(text.range(of: #"<key>amount</key>\s*<integer>\d+</integer>"#, options: .regularExpression))
        text.replaceSubrange(first, with: "<key>amount</key>\n\t\t\t<integer>\(fen)</integer>")
        try Data(text.utf8).write(to: path)
        for arguments in [["report", "dues"], ["report", "dues", "--month", "11", "--year", "2026"], ["report", "dues", "--format", "json"],
                          ["report", "compliance", "--as-of", "2026-11-25"], ["--snapshot"], ["check"]] {
            let result = try run(try builtProduct("partyday"), arguments + ["--data-dir", data.url.path])
            #expect(result.status == 0 || result.status == 1, "\(arguments): exit \(result.status)\n\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Program crashed"), "\(arguments)")
            if arguments != ["--snapshot"] { #expect(result.stderr.contains("dues/2026.plist"), "\(arguments) names the file: \(result.stderr)") }
        }
    }
}

/// A branch folder the committee reads in place, holding a `.lock` that links to a file
/// outside: the roll-up never opens it, and the file stays byte for byte.
@Suite(.serialized) struct HostileCommitteeCopyTests {
    @Test func aCommitteeReadsABranchWhoseLockIsALinkWithoutTouchingWhatItAimsAt() throws {
        let scratch = Scratch()
        let branch = scratch.file("branch").path
        #expect(try partyday("demo", "--data-dir", branch).status == 0)
        try FileManager.default.createDirectory(at: scratch.file("outside"), withIntermediateDirectories: true)
        let victim = scratch.file("outside/precious.txt")
        try Data("keep me\n".utf8).write(to: victim)
        try? FileManager.default.removeItem(atPath: branch + "/.lock")
        try? FileManager.default.removeItem(atPath: branch + "/.partyday")
        try FileManager.default.createSymbolicLink(atPath: branch + "/.lock", withDestinationPath: victim.path)
        let committee = scratch.file("committee").path
        #expect(try partyday("committee", "init", "--data-dir", committee).status == 0)
        #expect(try partyday("committee", "add", "轧钢", branch, "--data-dir", committee).status == 0)
        let report = try partyday("committee", "report", "compliance", "--data-dir", committee)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try Data(contentsOf: victim) == Data("keep me\n".utf8))
        let check = try partyday("check", "--data-dir", branch)
        #expect(check.status != 0 && check.stderr.contains(".lock"), "\(check.stderr)")
        #expect(try Data(contentsOf: victim) == Data("keep me\n".utf8))
    }

    @Test func escapeBytesInACellAreNeverEchoed() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let csv = data.file("roster.csv")
        try Data("姓名,人员类别\n王新,\u{1B}]0;PWNED\u{07}正式\u{1B}[2J\n".utf8).write(to: csv)
        for command in [["import", "members"], ["import", "dues-bases"]] {
            let result = try partyday(command[0], command[1], csv.path, "--data-dir", data.url.path)
            #expect(!result.stderr.contains("\u{1B}") && !result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{07}"), "\(command)")
        }
    }
}
