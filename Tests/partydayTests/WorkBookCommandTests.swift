import Foundation
import PartyDayKit
import Testing

/// The year's work book and the year's figures, from the demo, read by independent
/// readers: python-docx finds every chapter and every meeting's minutes in order, with a
/// contents page whose lines refer to their pages; openpyxl and json read `report year`.
@Suite struct WorkBookCommandTests {
    let documents = OfficeDocumentTests()

    @Test func theDemosWorkBookHasEveryChapterAndEveryMeetingInOrder() throws {
        let data = try documents.demo()
        let file = data.file("工作手册 2026.docx")
        let result = try partyday("export", "workbook", "--year", "2026", "--as-of", "2026-12-07", "--lang", "zh", "--output", file.path, "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        try documents.checkContainer(file)
        let out = try documents.python("""
            import sys, docx
            d = docx.Document(sys.argv[1])
            style = lambda p: p.style.name.lower()
            print('|'.join(p.text for p in d.paragraphs if style(p) == 'heading 1'))
            meetings = [p.text for p in d.paragraphs if style(p) == 'heading 2' and p.text[:1].isdigit() and '. 2026-' in p.text]
            print(len(meetings))
            days = [m.split(' ')[1] for m in meetings]
            print(days == sorted(days), [int(m.split('.')[0]) for m in meetings] == list(range(1, len(meetings) + 1)))
            xml = d.element.xml
            print(xml.count('PAGEREF chapter'), xml.count('PAGEREF meeting'), xml.count('w:bookmarkStart'))
            # The minutes of each meeting follow its heading: its facts table names it.
            names = [r.cells[1].text for t in d.tables for r in t.rows if r.cells[0].text == '会议名称']
            print(len(names))
            print('PAGE' in d.sections[0].footer._element.xml)
            """, [file.path])
        let lines = out.split(separator: "\n").map(String.init)
        try #require(lines.count == 6, "\(out)")
        #expect(lines[0] == "目录|一、支部基本情况|二、党员名册及年度变动|三、年度计划及“三会一课”等组织生活落实情况|四、会议记录|五、党课|六、发展党员|七、党费收缴|八、民主评议党员|九、谈心谈话|十、组织关系转接|十一、流动党员和失联党员|十二、年度数据汇总")
        // The demo's 2026: 49 meetings held up to 7 December (report year agrees below).
        #expect(lines[1] == "49", "\(lines[1])")
        #expect(lines[2] == "True True", "meetings in the order they were held, numbered 1…")
        #expect(lines[3] == "12 49 61", "a contents line per chapter and per meeting, each referring to its bookmark")
        #expect(lines[4] == "49", "every meeting's own record, with its facts")
        #expect(lines[5] == "True", "page numbers in the footer")
        let year = try partyday("report", "year", "--year", "2026", "--as-of", "2026-12-07", "--format", "json", "--data-dir", data.url.path)
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(year.stdout.utf8)) as? [String: Any])["figures"] as? [String: Any]
        #expect(figures?["meetings.held"] as? Int == 49)
    }

    @Test func theYearsFiguresReadTheSameInEveryFormat() throws {
        let data = try documents.demo()
        func report(_ format: String, _ more: String...) throws -> RunResult {
            try run(try builtProduct("partyday"), ["report", "year", "--year", "2026", "--as-of", "2026-12-07", "--format", format, "--data-dir", data.url.path] + more)
        }
        let json = try report("json")
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let figures = try #require(object["figures"] as? [String: Any])
        #expect(figures["members.end"] as? Int == 30 && figures["members.start"] as? Int == 26)
        #expect(figures["changes.transferred-out"] as? String == "1: 宋佳")
        #expect(figures["talks.held"] as? Int == 36 && figures["talks.not-by-secretary"] as? Int == 2)
        #expect(figures["dues.collected"] as? String == "31227.54")
        let rate = try #require(figures["attendance.rate"] as? Double)
        #expect(abs(rate - 738.0 / 820.0) < 0.0001)
        let table = try report("table", "--lang", "zh")
        #expect(table.stdout.contains("年末党员数（2026-12-07）") && table.stdout.contains("90.0%"), "\(table.stdout)")
        let xlsx = data.file("year.xlsx")
        #expect(try report("xlsx", "--lang", "zh", "--output", xlsx.path).status == 0)
        let read = try documents.python("""
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            rows = {r[1]: r[2] for r in ws.iter_rows(min_row=3, values_only=True) if r[1]}
            print(rows.get('出席率'), rows.get('实交'), rows.get('年末党员数（2026-12-07）'))
            """, [xlsx.path])
        #expect(read.trimmingCharacters(in: .whitespacesAndNewlines) == "0.9 31227.54 30", "\(read)")
    }
}

/// The dossier before the organizational-life meeting: a page per member, read by python-docx.
@Suite struct DossierCommandTests {
    @Test func aPagePerMemberWithARunOfLeaveAsOneLine() throws {
        let documents = OfficeDocumentTests()
        let data = try documents.demo()
        let file = data.file("党员情况.docx")
        let result = try partyday("export", "dossier", "--year", "2026", "--as-of", "2026-12-07", "--lang", "zh", "--output", file.path, "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        try documents.checkContainer(file)
        let out = try documents.python("""
            import sys, docx
            d = docx.Document(sys.argv[1])
            heads = [p for p in d.paragraphs if p.style.name.lower() == 'heading 1']
            print(len(heads), heads[0].text, heads[-1].text)
            print(all(p.paragraph_format.page_break_before for p in heads[1:]), bool(heads[0].paragraph_format.page_break_before))
            rows = ['|'.join(c.text for c in r.cells) for t in d.tables for r in t.rows]
            print([r for r in rows if '次会议' in r])
            print([r for r in rows if r.startswith('党费欠交')])
            """, [file.path])
        let lines = out.split(separator: "\n").map(String.init)
        try #require(lines.count == 4, "\(out)")
        #expect(lines[0] == "30 李振华 刘思远", "a page per member on the roster, in roster order")
        #expect(lines[1] == "True False")
        // Only meetings missed one after another for one reason are one line: 吴芳's sick leave, and
        // two meetings in a row on leave for one family matter; absences months apart stay apart.
        #expect(lines[2] == "['2026-05-10 – 2026-10-28|15 次会议|请假|病假（术后休养）', '2026-08-19 – 2026-09-10|2 次会议|请假|家中有事']", "\(lines[2])")
        #expect(lines[3].contains("党费欠交|5 个月：2026-07、2026-08、2026-09、2026-10、2026-11"), "钱斌 owes since July: \(lines[3])")
    }
}
