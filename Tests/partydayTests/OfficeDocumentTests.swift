import Foundation
import PartyDayKit
import Testing

/// The documents a secretary hands up, opened by independent readers: python-docx and
/// openpyxl read them, xmllint checks every XML part, unzip tests the container.
@Suite struct OfficeDocumentTests {
    func demo() throws -> Scratch {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        return scratch
    }

    /// The container is sound and every XML part is well formed.
    func checkContainer(_ file: URL) throws {
        #expect(try tool("unzip", ["-tq", file.path]).status == 0, "unzip -t \(file.lastPathComponent)")
        let parts = file.deletingLastPathComponent().appendingPathComponent("parts-\(UUID().uuidString)")
        #expect(try tool("unzip", ["-q", file.path, "-d", parts.path]).status == 0)
        let names = (FileManager.default.enumerator(atPath: parts.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }
        #expect(names.contains("[Content_Types].xml"))
        for name in names {
            let result = try tool("xmllint", ["--noout", parts.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
    }

    func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try tool("python3", ["-c", script] + arguments)
        #expect(result.status == 0, "python-docx and openpyxl are needed (.ci/run installs them): \(result.stderr)")
        return result.stdout
    }

    @Test(arguments: ["en", "zh"])
    func theSeedMinutesAsWordHoldTheHeaderTableAndSignatureLines(_ language: String) throws {
        let data = try demo()
        let file = data.file("minutes-\(language).docx")
        let result = try partyday("export", "minutes", "2026-11-10", "--format", "docx", "--output", file.path, "--lang", language, "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        try checkContainer(file)
        let out = try python("""
            import sys, docx
            d = docx.Document(sys.argv[1])
            facts = {r.cells[0].text: r.cells[1].text for t in d.tables for r in t.rows}
            text = '\\n'.join(p.text for p in d.paragraphs)
            keys = sys.argv[2].split('|')
            print('|'.join(facts.get(k, '?') for k in keys))
            print(sum(1 for p in d.paragraphs if '____' in p.text))
            print(d.sections[0].page_width.mm.__round__(), d.sections[0].page_height.mm.__round__())
            """, [file.path, language == "zh" ? "会议主题|时间|地点|主持人|记录人" : "Theme|Time|Place|Host|Recorder"])
        let lines = out.split(separator: "\n").map(String.init)
        let host = language == "zh" ? "李振华（支部书记）" : "李振华 (branch secretary)"
        #expect(lines.first == "决战四季度，坚决打赢扭亏攻坚战|09:00–11:30|冷轧厂酸轧作业区会议室|\(host)|" + (language == "zh" ? "赵明（宣传委员）" : "赵明 (committee member, 宣传委员)"), "\(out)")
        #expect(lines.dropFirst().first == "2", "two signature lines")
        #expect(lines.last == "210 297", "A4")
    }

    @Test(arguments: ["en", "zh"])
    func theSeedSignInSheetListsTheExpectedMembersAndGuests(_ language: String) throws {
        let data = try demo()
        let file = data.file("signin-\(language).docx")
        #expect(try partyday("export", "signin", "2026-11-10", "--output", file.path, "--lang", language, "--data-dir", data.url.path).status == 0)
        try checkContainer(file)
        let out = try python("""
            import sys, docx
            d = docx.Document(sys.argv[1])
            t = d.tables[-1]
            rows = [[c.text for c in r.cells] for r in t.rows]
            numbered = [r for r in rows[1:] if r[0].isdigit()]
            guests = [r for r in rows[1:] if r[2] in ('guest', '来宾')]
            repeat = t.rows[0]._tr.trPr.xml.count('tblHeader')
            print(rows[0][1], len(numbered), len(guests), repeat, numbered[0][1])
            """, [file.path])
        #expect(out == (language == "zh" ? "姓名 29 4 1 李振华\n" : "Name 29 4 1 李振华\n"), "\(out)")
        let text = try partyday("export", "signin", "2026-11-10", "--format", "txt", "--lang", "zh", "--data-dir", data.url.path)
        #expect(text.stdout.hasPrefix("签到表\n"))
        #expect(text.stdout.contains("序号") && text.stdout.contains("侯军") && text.stdout.contains("列席"))
    }

    @Test func theReportsAsWorkbooksHaveChineseHeadersRealDatesAndNumbers() throws {
        let data = try demo()
        for (command, file) in [(["report", "participation", "--from", "2026-01-01", "--to", "2026-12-31"], "p.xlsx"),
                                (["report", "compliance", "--year", "2026"], "c.xlsx"), (["export", "attendance"], "a.xlsx")] {
            let result = try run(try builtProduct("partyday"), command + ["--format", "xlsx", "--lang", "zh", "--as-of", "2026-11-25", "--output", data.file(file).path,
                                                                          "--data-dir", data.url.path].filter { command[0] == "report" || $0 != "--as-of" && $0 != "2026-11-25" })
            #expect(result.status == 0, "\(command): \(result.stderr)")
            try checkContainer(data.file(file))
        }
        let out = try python("""
            import sys, datetime, openpyxl
            p = openpyxl.load_workbook(sys.argv[1]).active
            head = [c.value for c in p[1]]
            row = [c.value for c in p[2]]
            print(head[0], head[3], type(row[3]).__name__, isinstance(row[12], datetime.datetime), p.freeze_panes)
            c = openpyxl.load_workbook(sys.argv[2])
            print(len(c.sheetnames), c.worksheets[0]['A1'].value, isinstance(c.worksheets[0]['E2'].value, datetime.datetime))
            a = openpyxl.load_workbook(sys.argv[3]).active
            print(a.max_row - 1, a['A1'].value, a['A2'].value.date(), a['F2'].value)
            """, [data.file("p.xlsx").path, data.file("c.xlsx").path, data.file("a.xlsx").path])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "姓名 应到 int True A2", "\(out)")
        #expect(lines.dropFirst().first == "2 项目 True", "\(out)")
        #expect(lines.last?.hasPrefix("9") == true && lines.last?.hasSuffix("日期 2025-12-05 李振华") == true, "\(out)")
    }

    @Test func csvForExcelHasTheByteOrderMarkChineseHeadersAndNoFormulas() throws {
        let data = try demo()
        let members = data.file("members.plist")
        let roster = try String(contentsOf: members, encoding: .utf8)
        try Data(roster.replacingOccurrences(of: "<string>李振华</string>", with: "<string>=HYPERLINK(&quot;x&quot;)</string>").utf8).write(to: members)
        // The record's own rows carry the name too.
        let seed = data.file("meetings/2026/2026-11-10-theme-party-day-seed20261110.plist")
        let record = try String(contentsOf: seed, encoding: .utf8)
        try Data(record.replacingOccurrences(of: "<string>李振华</string>", with: "<string>=HYPERLINK(&quot;x&quot;)</string>").utf8).write(to: seed)
        let excel = try partyday("export", "attendance", "--lang", "zh", "--from", "2026-11-10", "--to", "2026-11-10", "--data-dir", data.url.path)
        #expect(excel.status == 0, "\(excel.stderr)")
        #expect(excel.stdout.hasPrefix("\u{FEFF}日期,开始,会议类型"))
        let file = data.file("a.csv")
        try Data(excel.stdout.utf8).write(to: file)
        let out = try python("""
            import sys, csv
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
            print(rows[0][0], len(rows) - 1, any(r[5] == "'=HYPERLINK(\\"x\\")" for r in rows[1:]))
            """, [file.path])
        #expect(out == "日期 30 True\n", "\(out)")
        #expect(ExcelCSV.guarded("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(ExcelCSV.guarded("-1+2") == "'-1+2" && ExcelCSV.guarded("@SUM(A1)") == "'@SUM(A1)" && ExcelCSV.guarded("李振华") == "李振华")
        let plain = try partyday("export", "attendance", "--from", "2026-11-10", "--to", "2026-11-10", "--data-dir", data.url.path)
        #expect(plain.stdout.hasPrefix("meeting_id,date"), "the plain CSV for scripts is unchanged")
        let participation = try partyday("report", "participation", "--format", "csv", "--excel", "--lang", "zh", "--data-dir", data.url.path)
        #expect(participation.stdout.hasPrefix("\u{FEFF}姓名,类别"))
        #expect(participation.stdout.contains("\"'=HYPERLINK(\"\"x\"\")\""), "the roster's name, guarded in the Excel CSV")
    }
}
