import Foundation
import PartyDayKit
import PartyDayTestSupport
import Testing

/// Every command takes --lang (or PARTYDAY_LANG) and says everything in it: what it
/// prints, what it refuses, what went wrong. Names, paths and values it quotes aside, a
/// Chinese run holds no English word.
@Suite(.serialized) struct ChineseCommandTests {
    /// What a command printed, on both streams, with the words it may quote allowed.
    private func expectChinese(_ result: RunResult, allowing: Set<String> = [], _ what: String) {
        for stream in [result.stdout, result.stderr] {
            for line in stream.split(separator: "\n") {
                // Lin Qing is a member's name; the version line names the file format.
                let words = englishWords(in: String(line), allowing: allowing.union(["Lin", "Qing", "demo", "check", "zh", "en", "CJK", "uid",
                                                                                     "file", "format", "terminfo", "TERM", "LANG", "ALL", "MESSAGES",
                                                                                     "PARTYDAY", "LC", "NO", "COLOR"]))
                #expect(words.isEmpty, "\(what): \(line)")
            }
        }
    }

    @Test func theSummaryDoctorCheckAndDemoSpeakChinese() throws {
        let data = Scratch()
        let demo = try partyday("demo", "--data-dir", data.url.path, "--lang", "zh")
        #expect(demo.status == 0)
        #expect(demo.stdout.contains("已把演示支部"))
        expectChinese(demo, "demo")
        let summary = try partyday("--summary", "--data-dir", data.url.path, "--lang", "zh")
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("党员：名册上 30 名"), "\(summary.stdout)")
        #expect(summary.stdout.contains("主题党日"))
        #expect(summary.stdout.contains("发展党员：入党申请人 2，入党积极分子 2，发展对象 1，预备党员 3"), "\(summary.stdout)")
        // The command it names is a command.
        expectChinese(summary, allowing: ["report", "development"], "summary")
        let doctor = try run(try builtProduct("partyday"), ["doctor", "--data-dir", data.url.path], environment: ["PARTYDAY_LANG": "zh", "TERM": "dumb"])
        #expect(doctor.stdout.contains("数据文件夹"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("全部可以读取"))
        expectChinese(doctor, allowing: ["dumb", "partyday", "glibc"], "doctor")
        let check = try partyday("check", "--data-dir", data.url.path, "--lang", "zh")
        #expect(check.stdout.contains("所有文件完好"))
        expectChinese(check, "check")
    }

    @Test func refusalsAndLookupsSpeakChinese() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let missing = try partyday("report", "participation", "--data-dir", data.url.appendingPathComponent("nothing").path, "--lang", "zh")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("没有数据文件夹"), "\(missing.stderr)")
        expectChinese(missing, "no folder")
        // A month is not a meeting: its meetings are offered, their types by name.
        let lookup = try partyday("export", "minutes", "2026-11", "--data-dir", data.url.path, "--lang", "zh")
        #expect(lookup.status != 0)
        #expect(lookup.stderr.contains("可能是其中之一"), "\(lookup.stderr)")
        #expect(lookup.stderr.contains("主题党日（theme-party-day）"), "\(lookup.stderr)")
        expectChinese(lookup, "lookup")
        let out = data.file("minutes.docx")
        let wrote = try partyday("export", "minutes", "seed-2026-11-10", "--format", "docx", "--output", out.path, "--data-dir", data.url.path, "--lang", "zh")
        #expect(wrote.status == 0, "\(wrote.stderr)")
        #expect(wrote.stderr.contains("已写入 \(out.path)"))
        let again = try partyday("export", "minutes", "seed-2026-11-10", "--format", "docx", "--output", out.path, "--data-dir", data.url.path, "--lang", "zh")
        #expect(again.stderr.contains("已存在；加上 --force 才会替换"), "\(again.stderr)")
        expectChinese(again, "exists")
    }

    @Test func importSpeaksChineseAndEchoesNoRawBytesFromTheFile() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let csv = data.file("roster.csv")
        try Data("姓名,HDR\u{1B}]0;PWNED\u{07}\u{1B}[2J\n王新,x\n".utf8).write(to: csv)
        let preview = try partyday("import", "members", csv.path, "--data-dir", data.url.path, "--lang", "zh")
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("可以添加 1 名党员：王新"), "\(preview.stdout)")
        #expect(preview.stdout.contains("加上 --yes"))
        #expect(preview.stderr.contains("partyday 不读取"), "\(preview.stderr)")
        #expect(!preview.stderr.contains("\u{1B}") && !preview.stderr.contains("\u{07}"), "no escape reaches the terminal")
        expectChinese(preview, allowing: ["HDR", "PWNED"], "import")
    }
}
