import Foundation
import PartyDayKit
import Testing

/// `partyday report …` and `partyday export …` on the demo branch, read back by Python's
/// csv and json modules, and compared with the golden files the library tests keep.
@Suite struct ReportAndExportCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PartyDayKitTests/Export/Golden")

    func demo() throws -> Scratch {
        let scratch = Scratch()
        let result = try partyday("demo", "--data-dir", scratch.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        return scratch
    }

    func goldenText(_ name: String) throws -> String {
        try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
    }

    func python(_ script: String, input: String) throws -> RunResult {
        let scratch = Scratch()
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let file = scratch.file("input")
        try Data(input.utf8).write(to: file)
        return try withExtendedLifetime(scratch) { try tool("python3", ["-c", script, file.path]) }
    }

    @Test func participationCSVIsTheGoldenFileAndPythonReadsIt() throws {
        let data = try demo()
        let result = try partyday("report", "participation", "--data-dir", data.url.path, "--as-of", "2026-11-25", "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try goldenText("demo-participation.csv")))
        let read = try python("""
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            qian = [r for r in rows if r['name'] == '钱斌'][0]
            print(len(rows), qian['warning'], qian['run_unexcused_months'], qian['absent_unexcused'])
            """, input: result.stdout)
        #expect(read.stdout == "31 urgent 5 13\n", "\(read.stderr)")
    }

    @Test func complianceJSONIsTheGoldenFileAndPythonReadsIt() throws {
        let data = try demo()
        let result = try partyday("report", "compliance", "--data-dir", data.url.path, "--as-of", "2026-11-25", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try goldenText("demo-compliance.json")))
        let read = try python("""
            import json, sys
            d = json.load(open(sys.argv[1], encoding='utf-8'))
            general = [x for x in d['duties'] if x['type'] == 'general-meeting'][0]
            print(d['year'], [p['status'] for p in general['periods']], [m['name'] for m in d['atRisk']])
            """, input: result.stdout)
        #expect(read.stdout == "2026 ['held', 'held', 'held', 'due'] ['钱斌']\n", "\(read.stderr)")
    }

    @Test func theTableSpeaksChineseAndFiltersByTypeAndPeriod() throws {
        let data = try demo()
        let table = try partyday("report", "compliance", "--data-dir", data.url.path, "--as-of", "2026-11-25", "--lang", "zh")
        #expect(table.stdout == (try goldenText("demo-compliance.zh.txt")))
        let committee = try partyday("report", "participation", "--data-dir", data.url.path, "--type", "committee-meeting",
                                     "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json")
        let read = try python("""
            import json, sys
            d = json.load(open(sys.argv[1], encoding='utf-8'))
            m = {r['memberID']: r for r in d['members']}
            print(d['types'], m['m-01']['expected'], m['m-20']['expected'])
            """, input: committee.stdout)
        #expect(read.stdout == "['committee-meeting'] 6 0\n", "\(read.stderr)")
    }

    @Test func attendanceCSVEscapesChineseTextWithCommasAndQuotes() throws {
        let data = try demo()
        do {
            let store = try Store(folder: data.url)
            let branch = try store.loadBranch()!
            let members = try store.loadMembers()
            var meeting = Meeting.new(types: [.partyLecture], start: Day("2026-11-20")!.start(in: branch.timeZone).addingTimeInterval(15 * 3600),
                                      branch: branch, members: members)
            meeting.id = "tricky-0001"
            meeting.theme = "党课, \"第二讲\""
            meeting.attendance[0].status = .onLeave
            meeting.attendance[0].reason = "出差,北京\n\"紧急\"任务"
            try store.save(meeting)
        }
        let result = try partyday("export", "attendance", "--format", "csv", "--from", "2026-11-20", "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        let read = try python("""
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            print(len(rows)); print(repr(rows[0]['theme'])); print(repr(rows[0]['reason'])); print(rows[0]['status'])
            """, input: result.stdout)
        // A reason is one line: the store turns its line break into a space when saving.
        #expect(read.stdout == "30\n'党课, \"第二讲\"'\n'出差,北京 \"紧急\"任务'\non-leave\n", "\(read.stderr)")
        let all = try partyday("export", "attendance", "--data-dir", data.url.path)
        let count = try python("import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))))", input: all.stdout)
        let rows = DemoData.make().meetings.map(\.attendance.count).reduce(0, +) + 30
        #expect(count.stdout == "\(rows)\n")
        let seedDay = try partyday("export", "attendance", "--from", "2026-11-10", "--to", "2026-11-10", "--data-dir", data.url.path)
        #expect(seedDay.stdout == (try goldenText("demo-attendance-2026-11-10.csv")))
    }

    @Test func jsonExportHoldsEverythingWithComputedFigures() throws {
        let data = try demo()
        let result = try partyday("export", "json", "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        let read = try python("""
            import json, sys
            d = json.load(open(sys.argv[1], encoding='utf-8'))
            seed = [m for m in d['meetings'] if m['record']['id'] == 'seed-2026-11-10'][0]
            print(d['format'], d['formatVersion'], len(d['members']), len(d['meetings']), d['branch']['name'])
            print(seed['record']['theme'], seed['computed']['date'], seed['computed']['expected'], seed['computed']['attended'], seed['computed']['quorumMet'])
            print(seed['record']['start'], len(seed['record']['guests']))
            """, input: result.stdout)
        #expect(read.stdout == """
            partyday-export 1 31 55 冷轧厂酸轧作业区党支部
            决战四季度，坚决打赢扭亏攻坚战 2026-11-10 29 27 True
            2026-11-10T01:00:00Z 4

            """, "\(read.stderr)")
    }

    @Test func theSeedMeetingsMinutesPrintByDateInEitherLanguageAndFormat() throws {
        let data = try demo()
        let zh = try partyday("export", "minutes", "2026-11-10", "--lang", "zh", "--data-dir", data.url.path)
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout == (try goldenText("seed-minutes.zh.md")))
        let en = try partyday("export", "minutes", "seed-2026", "--format", "txt", "--lang", "en", "--data-dir", data.url.path)
        #expect(en.stdout == (try goldenText("seed-minutes.en.txt")))
    }

    @Test func anUnknownOrAmbiguousMeetingListsTheCandidates() throws {
        let data = try demo()
        let missing = try partyday("export", "minutes", "2026-06", "--data-dir", data.url.path)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no meeting matches '2026-06'"))
        #expect(missing.stderr.contains("2026-06-10 09:00  theme-party-day+general-meeting  庆祝建党105周年"))
        do {
            let store = try Store(folder: data.url)
            let branch = try store.loadBranch()!
            var extra = Meeting.new(types: [.partyGroupMeeting], partyGroupID: "g-pickling",
                                    start: Day("2026-11-10")!.start(in: branch.timeZone).addingTimeInterval(16 * 3600),
                                    branch: branch, members: try store.loadMembers())
            extra.id = "second-0001"
            try store.save(extra)
        }
        let ambiguous = try partyday("export", "minutes", "2026-11-10", "--data-dir", data.url.path)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("'2026-11-10' matches 2 meetings; name one by id, or add --type"))
        #expect(ambiguous.stderr.contains("seed-2026-11-10  2026-11-10 09:00  theme-party-day"))
        #expect(ambiguous.stderr.contains("second-0001  2026-11-10 16:00  party-group-meeting"))
        let picked = try partyday("export", "minutes", "2026-11-10", "--type", "party-group-meeting", "--data-dir", data.url.path)
        #expect(picked.status == 0 && picked.stdout.contains("party group meeting"))
    }

    @Test func outputNeverReplacesAFileWithoutForce() throws {
        let data = try demo()
        let target = data.file("minutes.md")
        let first = try partyday("export", "minutes", "2026-11-10", "--output", target.path, "--data-dir", data.url.path)
        #expect(first.status == 0 && first.stdout.isEmpty)
        #expect(first.stderr.contains("wrote \(target.path)"))
        try Data("mine".utf8).write(to: target)
        let again = try partyday("export", "minutes", "2026-11-10", "--output", target.path, "--data-dir", data.url.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; add --force to replace it"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "mine", "left untouched")
        let forced = try partyday("export", "minutes", "2026-11-10", "--output", target.path, "--force", "--data-dir", data.url.path)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# Minutes: 冷轧厂酸轧作业区党支部: theme Party Day"))
    }

    @Test func aDamagedMeetingFileIsNamedAndTheReportStillRuns() throws {
        let data = try demo()
        let seed = data.file("meetings/2026/2026-11-10-theme-party-day-seed20261110.plist")
        try Data("<plist>broken".utf8).write(to: seed)
        let result = try partyday("report", "compliance", "--data-dir", data.url.path, "--as-of", "2026-11-25")
        #expect(result.status == 0)
        #expect(result.stderr.contains("2026-11-10-theme-party-day-seed20261110.plist"))
        #expect(result.stderr.contains("left out, file untouched"))
        #expect(result.stdout.contains("theme Party Day"))
        #expect(try String(contentsOf: seed, encoding: .utf8) == "<plist>broken")
        let noBranch = try partyday("report", "compliance", "--data-dir", data.file("nothing-here").path)
        #expect(noBranch.status == 1 && noBranch.stderr.contains("no data folder at"))
    }
}

@Suite struct EvaluationReportCommandTests {
    @Test func theDemosGradesFor2025ReadBackInPython() throws {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        let result = try partyday("report", "evaluation", "--year", "2025", "--format", "json", "--data-dir", scratch.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        let file = scratch.file("evaluation.json")
        try Data(result.stdout.utf8).write(to: file)
        let read = try tool("python3", ["-c", """
            import json, sys
            d = json.load(open(sys.argv[1], encoding='utf-8'))
            graded = [m for m in d['members'] if m['grade']]
            print(d['year'], d['counts']['excellent'], d['counts']['basically-qualified'], len(graded) > 20,
                  all(m['category'] == 'full' for m in graded))
            """, file.path])
        #expect(read.stdout == "2025 4 1 True True\n", "\(read.stderr)")
        let table = try partyday("report", "evaluation", "--year", "2025", "--lang", "zh", "--data-dir", scratch.url.path)
        #expect(table.stdout.contains("2025年度民主评议党员结果"))
        #expect(table.stdout.contains("优秀 4"))
    }
}
