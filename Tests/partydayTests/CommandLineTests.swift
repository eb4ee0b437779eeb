import Foundation
import PartyDayKit
import Testing

@Suite struct CommandLineTests {
    @Test func helpAndVersionWorkEverywhere() throws {
        let help = try partyday("--help")
        #expect(help.status == 0)
        for command in ["open", "demo", "check"] { #expect(help.stdout.contains(command)) }
        #expect(try partyday("--version").stdout.hasPrefix("partyday "))
        for command in ["demo", "check", "open"] {
            let sub = try partyday(command, "--help")
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("--data-dir"), "every command takes --data-dir: \(command)")
            #expect(try partyday(command, "--version").stdout.hasPrefix("partyday "), "--version on \(command)")
        }
    }

    @Test func unknownArgumentsFailOnStandardError() throws {
        let result = try partyday("frobnicate")
        #expect(result.status != 0)
        #expect(result.stderr.contains("frobnicate"))
    }

    @Test func demoWritesABranchThatCheckFindsSound() throws {
        let scratch = Scratch()
        let demo = try partyday("demo", "--data-dir", scratch.url.path)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("冷轧厂酸轧作业区党支部"))
        let check = try partyday("check", "--data-dir", scratch.url.path)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("all files are sound"))
        #expect(check.stderr.isEmpty, "no warnings about the demo either: \(check.stderr)")
    }

    @Test func demoRefusesAFolderThatHoldsData() throws {
        let scratch = Scratch()
        try partyday("demo", "--data-dir", scratch.url.path)
        let before = try Data(contentsOf: scratch.file("members.plist"))
        let again = try partyday("demo", "--data-dir", scratch.url.path)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already holds data"))
        #expect(try Data(contentsOf: scratch.file("members.plist")) == before)
    }

    /// `--demo` keeps its branch under $HOME/.cache (or $XDG_CACHE_HOME): a private HOME
    /// gets a demo of its own, not the one another partyday may have open.
    @Test func theDemoFolderFollowsHome() throws {
        let scratch = Scratch()
        let report = try run(try builtProduct("partyday"), ["report", "participation", "--demo", "--format", "csv"],
                             environment: ["HOME": scratch.url.path, "XDG_CACHE_HOME": ""])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.file(".cache/partyday/demo/members.plist").path),
                "the demo was written under the HOME given")
    }

    @Test func theDefaultCommandSummarisesTheFolder() throws {
        let scratch = Scratch()
        try partyday("demo", "--data-dir", scratch.url.path)
        let summary = try partyday("--data-dir", scratch.url.path)
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("冷轧厂酸轧作业区党支部  (日照公司 › 冷轧厂)"))
        #expect(summary.stdout.contains("Members: 30 on the roster"))
        #expect(summary.stdout.contains("2026-11-10 09:00  theme Party Day"))
        #expect(summary.stdout.contains("27/29"))
    }

    @Test func theDataFolderComesFromTheEnvironmentToo() throws {
        let scratch = Scratch()
        let executable = try builtProduct("partyday")
        try run(executable, ["demo"], environment: ["PARTYDAY_DATA_DIR": scratch.url.path])
        #expect(FileManager.default.fileExists(atPath: scratch.file("branch.plist").path))
        let xdg = Scratch()
        try run(executable, ["demo"], environment: ["XDG_DATA_HOME": xdg.url.path])
        #expect(FileManager.default.fileExists(atPath: xdg.file("partyday/branch.plist").path))
    }

    @Test func anEmptyFolderGetsAHint() throws {
        let scratch = Scratch()
        let result = try partyday("--data-dir", scratch.url.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("partyday --demo"))
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path), "looking writes nothing")
    }

    @Test func checkNamesEachDamagedFileAndFails() throws {
        let scratch = Scratch()
        try partyday("demo", "--data-dir", scratch.url.path)
        let bad = scratch.file("meetings/2026/2026-03-03-theme-party-day-deadbeef.plist")
        try Data("not a plist".utf8).write(to: bad)
        let check = try partyday("check", "--data-dir", scratch.url.path)
        #expect(check.status == 1)
        #expect(check.stderr.contains("\(bad.path): not a readable property list"))
        #expect(check.stderr.contains("1 file with problems; 55 meetings load"))
        let chinese = try partyday("check", "--data-dir", scratch.url.path, "--lang", "zh")
        #expect(chinese.status == 1)
        #expect(chinese.stderr.contains("\(bad.path)：不是可读的属性列表（已损坏或不完整）"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("1 个文件有问题；55 次会议可以读取。"))
        let summary = try partyday("--data-dir", scratch.url.path)
        #expect(summary.stdout.contains("27/29"), "the rest still loads")
        #expect(summary.stdout.contains("deadbeef"))
        #expect(try String(contentsOf: bad, encoding: .utf8) == "not a plist")
    }

    @Test func checkNamesStepsTickedOutsideTheirMeetingWithoutFailing() throws {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        let store = try Store(folder: scratch.url)
        var seed = try store.loadMeeting(id: DemoData.seedMeetingID)
        // Ticked seventeen days later, as before the after-the-fact mode.
        seed.agenda[0].doneAt = Day("2026-11-27")!.start(in: TimeZone(identifier: "Asia/Shanghai")!) + 15 * 3600 + 52 * 60
        try store.save(seed)
        try store.flush()
        let result = try partyday("check", "--data-dir", scratch.url.path)
        #expect(result.status == 0, "a wrong time is not damage")
        #expect(result.stderr.contains("warning: meeting 2026-11-10 theme-party-day"), "\(result.stderr)")
        #expect(result.stderr.contains("is ticked at 2026-11-27 15:52, outside the meeting (2026-11-10 09:00–11:30)"), "\(result.stderr)")
        #expect(result.stdout.contains("all files are sound"))
    }

    @Test func checkOnAMissingFolderFails() throws {
        let result = try partyday("check", "--data-dir", "/nonexistent/partyday")
        #expect(result.status != 0)
        #expect(result.stderr.contains("no data folder"))
    }
}
