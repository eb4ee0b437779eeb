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
            footer = d.sections[0].footer._element.xml
            body = d.element.body
            signatures = [p for p in d.paragraphs if '____' in p.text]
            kept = lambda p: p.paragraph_format.keep_with_next == True
            # The signatures' heading, the first signature line and the closing-time table's
            # paragraphs keep with what follows: the signatures never stand alone on a page.
            closing = [c.paragraphs[0] for t in d.tables for r in t.rows for c in r.cells if c.text in ('散会时间', 'Closed at')]
            print(('PAGE' in footer) + ('NUMPAGES' in footer), kept(signatures[0]), not kept(signatures[-1]), all(kept(p) for p in closing))
            # From page 2 a running header names the branch and the meeting; page 1 has the title.
            section = d.sections[0]
            print(section.different_first_page_header_footer, section.header.paragraphs[0].text, 'PAGE' in section.first_page_footer._element.xml)
            # Body text indented two characters (Chinese); numbered items hang, wrapped lines under their text.
            indented = [p.text[:6] for p in d.paragraphs if p.paragraph_format.first_line_indent is not None and p.paragraph_format.first_line_indent.twips == 480]
            hanging = [p.text[:3] for p in d.paragraphs if p.paragraph_format.left_indent is not None and p.paragraph_format.first_line_indent is not None and p.paragraph_format.first_line_indent.twips < 0]
            print(len(indented) > 0, len(hanging) > 10)
            print(d.sections[0].page_width.mm.__round__(), d.sections[0].page_height.mm.__round__())
            """, [file.path, language == "zh" ? "会议主题|时间|地点|主持人|记录人" : "Theme|Time|Place|Host|Recorder"])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst(2).first == "2 True True True", "page X of Y; the closing lines keep with the signatures: \(out)")
        let running = language == "zh" ? "冷轧厂酸轧作业区党支部2026年11月主题党日会议记录" : "冷轧厂酸轧作业区党支部: theme Party Day, November 2026 — minutes"
        #expect(lines.dropFirst(3).first == "True \(running) True", "\(out)")
        #expect(lines.dropFirst(4).first == (language == "zh" ? "True True" : "False True"), "indents: \(out)")
        let host = language == "zh" ? "李振华（支部书记）" : "李振华 (branch secretary)"
        let time: String = language == "zh" ? "09:00至11:30" : "09:00–11:30"
        let recorder: String = language == "zh" ? "赵明（宣传委员）" : "赵明 (committee member, 宣传委员)"
        #expect(lines.first == "决战四季度，坚决打赢扭亏攻坚战|\(time)|冷轧厂酸轧作业区会议室|\(host)|\(recorder)", "\(out)")
        #expect(lines.dropFirst().first == "2", "two signature lines")
        #expect(lines.last == "210 297", "A4")
    }

    /// What python-docx reads of a sign-in sheet: the title, the two halves' header, every
    /// numbered name, the guests, the smallest row height (cm), the footer's fields, the
    /// number column's alignment and the foot line.
    func readSignIn(_ file: URL) throws -> [String: String] {
        let out = try python("""
            import sys, docx
            d = docx.Document(sys.argv[1])
            t = d.tables[-1]
            rows = [[c.text for c in r.cells] for r in t.rows]
            half = len(rows[0]) // 2
            slots = [r[:half] for r in rows[1:]] + [r[half:] for r in rows[1:]]
            numbered = [s[1] for s in slots if s[0].isdigit()]
            guests = [s[1] for s in slots if '来宾' in s[1] or 'guest' in s[1]]
            heights = [r._tr.trPr.find(docx.oxml.ns.qn('w:trHeight')) for r in t.rows]
            smallest = min(int(h.get(docx.oxml.ns.qn('w:val'))) for h in heights) / 567
            footer = d.sections[0].footer._element.xml
            fields = ('PAGE' in footer) + ('NUMPAGES' in footer)
            centred = t.rows[1].cells[0].paragraphs[0].alignment
            margins = d.sections[0].top_margin.twips + d.sections[0].bottom_margin.twips
            print('title=' + d.paragraphs[0].text)
            print('header=' + '|'.join(rows[0]))
            print('numbered=' + '|'.join(numbered))
            print('guests=' + str(len(guests)))
            print('rows=' + str(len(rows)))
            print('height=%.2f' % smallest)
            print('fields=' + str(fields))
            print('centred=' + str(centred))
            print('repeat=' + str(t.rows[0]._tr.trPr.xml.count('tblHeader')))
            print('foot=' + d.paragraphs[-1].text)
            print('facts=' + d.paragraphs[1].text.replace('\\n', ' / '))
            print('margins=' + str(margins))
            """, [file.path])
        return Dictionary(out.split(separator: "\n").map { line in
            let parts = line.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The pages LibreOffice prints the document on, or nil where LibreOffice is not
    /// installed (CI does without it; `scripts/render-docs.sh` renders every document).
    func printedPages(_ file: URL) throws -> Int? {
        guard try tool("sh", ["-c", "command -v soffice && command -v pdfinfo"]).status == 0 else { return nil }
        let home = file.deletingLastPathComponent().appendingPathComponent("lo-home")
        let out = file.deletingLastPathComponent()
        _ = try run(URL(fileURLWithPath: "/bin/sh"), ["-c", "soffice --headless --convert-to pdf --outdir \"$1\" \"$2\"", "sh", out.path, file.path],
                    environment: ["HOME": home.path])
        let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
        let info = try tool("pdfinfo", [pdf.path])
        return info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
    }

    @Test(arguments: ["en", "zh"])
    func theSeedSignInSheetIsTwoColumnsOfTheExpectedMembersAndGuests(_ language: String) throws {
        let data = try demo()
        let file = data.file("signin-\(language).docx")
        #expect(try partyday("export", "signin", "2026-11-10", "--output", file.path, "--lang", language, "--data-dir", data.url.path).status == 0)
        try checkContainer(file)
        let sheet = try readSignIn(file)
        let zh = language == "zh"
        #expect(sheet["title"] == (zh ? "冷轧厂酸轧作业区党支部2026年11月主题党日签到表" : "冷轧厂酸轧作业区党支部: theme Party Day, November 2026 — sign-in sheet"))
        #expect(sheet["header"] == (zh ? "序号|姓名|签到|序号|姓名|签到" : "No.|Name|Signature|No.|Name|Signature"))
        let numbered = sheet["numbered"]?.split(separator: "|").map(String.init) ?? []
        #expect(numbered.count == 29 && numbered.first == "李振华" && numbered.last == "刘思远", "\(numbered)")
        #expect(!numbered.contains("周海"), "excused in writing: not expected, does not sign")
        #expect(sheet["guests"] == "4")
        #expect(Double(sheet["height"] ?? "") ?? 0 >= 0.9, "rows tall enough to sign: \(sheet["height"] ?? "")")
        #expect(sheet["fields"] == "2", "page X of Y in the footer")
        #expect(sheet["centred"] == "CENTER (1)", "序号 centred: \(sheet["centred"] ?? "")")
        #expect(sheet["repeat"] == "1", "the header row repeats on a second page")
        #expect(sheet["foot"] == (zh ? "应到 29 人，实到 ____ 人。" : "Expected 29; present ____."))
        #expect(sheet["facts"]?.contains(zh ? "主持人：李振华" : "Host: 李振华") == true, "\(sheet["facts"] ?? "")")
        #expect(sheet["facts"]?.contains(zh ? "2026年11月10日 09:00至11:30" : "2026-11-10 09:00–11:30") == true)
        if let pages = try printedPages(file) { #expect(pages == 1) }
        let text = try partyday("export", "signin", "2026-11-10", "--format", "txt", "--lang", "zh", "--data-dir", data.url.path)
        #expect(text.stdout.hasPrefix("签到表\n"))
        #expect(text.stdout.contains("序号") && text.stdout.contains("侯军") && text.stdout.contains("列席"))
        #expect(text.stdout.contains("主持人：李振华") && text.stdout.hasSuffix("应到 29 人，实到 ____ 人。\n"))
    }

    /// A data folder with a branch of `count` members and one meeting on 10 December 2026.
    func branchWithOneMeeting(_ count: Int, named name: (Int) -> String, types: [MeetingType], _ shape: (inout Meeting) -> Void) throws -> Scratch {
        let data = Scratch()
        let store = try Store(folder: data.url)
        let branch = BranchProfile(name: "第一党支部", timeZoneIdentifier: "Asia/Shanghai")
        let since = Day("2020-01-01")!
        let members = (1...count).map { Member(id: String(format: "m-%02d", $0), name: name($0), joinedOn: since, onRosterSince: since) }
        var meeting = Meeting.new(types: types, start: Day("2026-12-10")!.start(in: branch.timeZone).addingTimeInterval(9 * 3600),
                                  branch: branch, members: members)
        shape(&meeting)
        try store.save(branch)
        try store.save(members)
        try store.save(meeting)
        try store.flush()
        return data
    }

    /// Forty members, each with a row tall enough to sign, on one A4 page: the rows and the
    /// lines above and below them fit the page's printable height (and LibreOffice, where
    /// installed, prints one page).
    @Test func fortyMembersSignOnOnePage() throws {
        let data = try branchWithOneMeeting(40, named: { "党员\($0)号" }, types: [.themePartyDay]) { meeting in
            meeting.theme = "学习贯彻全会精神"
            meeting.place = "会议室"
        }
        let file = data.file("signin-40.docx")
        let result = try partyday("export", "signin", "2026-12-10", "--output", file.path, "--lang", "zh", "--with-times", "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        let sheet = try readSignIn(file)
        #expect(sheet["numbered"]?.split(separator: "|").count == 40)
        #expect(sheet["header"] == "序号|姓名|签到|时间|序号|姓名|签到|时间", "--with-times: a time column in each half")
        #expect(sheet["facts"]?.contains("主持人：________") == true, "no host chosen yet: a line to fill in")
        let rows = Int(sheet["rows"] ?? "") ?? 99, height = (Double(sheet["height"] ?? "") ?? 0) * 567
        // A4 is 16,838 twips tall. The heading, the three lines of facts and the totals line
        // take up to 3,000 of what the margins leave: a CJK font's line is ~1.45 em (宋体 and
        // the Noto faces alike), so 12-point lines are ~350 twips single-spaced.
        let printable = 16_838 - (Int(sheet["margins"] ?? "") ?? 99_999)
        #expect(Double(rows) * height + 3_000 <= Double(printable), "\(rows) rows of \(height) twips in \(printable)")
        if let pages = try printedPages(file) { #expect(pages == 1) }
    }

    /// A big meeting's attendees are a grid of names, one name a cell, not 80 names in one
    /// cell that breaks inside names when printed.
    @Test func eightyAttendeesAreAGridOfNames() throws {
        let data = try branchWithOneMeeting(80, named: { "欧阳\($0)号" }, types: [.generalMeeting]) { meeting in
            for index in meeting.attendance.indices { meeting.attendance[index].status = .present }
        }
        let file = data.file("minutes-80.docx")
        let result = try partyday("export", "minutes", "2026-12-10", "--format", "docx", "--output", file.path, "--lang", "zh", "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        let out = try python("""
            import sys, docx
            d = docx.Document(sys.argv[1])
            facts = {r.cells[0].text: r.cells[1].text for t in d.tables if len(t.columns) == 2 for r in t.rows}
            grid = [t for t in d.tables if t.rows[0].cells[0].text == '出席人员'][0]
            names = [c.text for r in grid.rows[1:] for c in r.cells if c.text]
            print(facts['出席人员'], len(grid.columns), len(names), len(set(names)), all(n.startswith('欧阳') and n.endswith('号') for n in names))
            """, [file.path])
        #expect(out == "80人，名单见下表 5 80 80 True\n", "\(out)")
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
            head = [c.value for c in p[2]]
            row = [c.value for c in p[3]]
            print(head[0], head[3], type(row[3]).__name__, isinstance(row[12], datetime.datetime), p.freeze_panes)
            # The register ends with a 合计 row: each count the sum of the rows above it.
            rows = [[c.value for c in r] for r in p.iter_rows(min_row=3)]
            rows = rows[:rows.index([None] * len(rows[0]))]
            members, total = rows[:-1], rows[-1]
            assert total[0] == '合计', total
            for column in (3, 4, 9, 13, 14):
                assert total[column] == sum(r[column] or 0 for r in members), (column, total[column])
            assert abs(total[11] - total[4] / total[3]) < 1e-9, total[11]
            c = openpyxl.load_workbook(sys.argv[2])
            print(len(c.sheetnames), c.worksheets[0]['A2'].value, isinstance(c.worksheets[0]['E3'].value, datetime.datetime))
            a = openpyxl.load_workbook(sys.argv[3]).active
            print(a.max_row - 4, a['A2'].value, a['A3'].value.date(), a['F3'].value)
            """, [data.file("p.xlsx").path, data.file("c.xlsx").path, data.file("a.xlsx").path])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "姓名 应到 int True B3", "the title, the header row and the name column stay in view: \(out)")
        #expect(lines.dropFirst().first == "2 项目 True", "\(out)")
        #expect(lines.last?.hasPrefix("9") == true && lines.last?.hasSuffix("日期 2025-12-05 李振华") == true, "\(out)")
    }

    /// Every sheet of every workbook prints: A4, one page wide, the header row repeated,
    /// a title row naming the branch and the day across the table (and at the top of the
    /// pages after the first), page numbers, 制表人 / 审核人 below the table, a border on
    /// every cell of the table. LibreOffice, where installed, prints the
    /// demo's participation register on one page.
    @Test func everyWorkbookPrints() throws {
        let data = try demo()
        var files: [String] = []
        for (command, file) in [(["report", "participation", "--as-of", "2026-11-25"], "p.xlsx"), (["report", "compliance", "--year", "2026", "--as-of", "2026-11-25"], "c.xlsx"),
                                (["export", "attendance", "--from", "2026-10-01", "--to", "2026-11-30"], "a.xlsx"), (["report", "dues", "--year", "2026", "--as-of", "2026-11-25"], "d.xlsx")] {
            let result = try run(try builtProduct("partyday"), command + ["--format", "xlsx", "--lang", "zh", "--output", data.file(file).path, "--data-dir", data.url.path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            files.append(data.file(file).path)
        }
        let out = try python("""
            import sys, openpyxl
            for name in sys.argv[1:]:
                book = openpyxl.load_workbook(name)
                for ws in book.worksheets:
                    setup = ws.page_setup
                    bordered = all(c.border.left.style == 'thin' for row in ws.iter_rows(min_row=2, max_row=min(ws.max_row - 2, 6)) for c in row)
                    title = ws['A1'].value.startswith('冷轧厂酸轧作业区党支部') and 'A1' in [str(r).split(':')[0] for r in ws.merged_cells.ranges]
                    foot = [c.value for c in ws[ws.max_row] if c.value]
                    print(ws.title, setup.paperSize, setup.fitToWidth, setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage,
                          ws.print_title_rows, '冷轧厂酸轧作业区党支部' in ws.oddHeader.center.text, title,
                          '&P' in ws.oddFooter.center.text and '&N' in ws.oddFooter.center.text, '|'.join(foot), bordered)
            """, files)
        let sheets = out.split(separator: "\n").map(String.init)
        #expect(sheets.count == 7, "participation, compliance (duties, at risk), attendance, dues (register, totals, the year): \(out)")
        for sheet in sheets {
            #expect(sheet.hasSuffix(" 9 1 0 True $2:$2 True True True 制表人：|审核人： True"), "\(sheet)")
        }
        let title = try python("import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).active.oddHeader.center.text)", [files[0]])
        #expect(title.contains("参加组织生活情况（2026-01-01至2026-12-31） 截至2026年11月25日"), "\(title)")
        if let pages = try printedPages(data.file("p.xlsx")) { #expect(pages == 1, "the participation register one page wide (and, at 31 members, long)") }
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
