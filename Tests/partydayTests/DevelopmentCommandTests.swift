import Foundation
import PartyDayKit
import Testing

/// Developing members from the command line: the register an office keeps (made by an
/// independent writer, openpyxl, as .xlsx and GBK CSV, ten people with dates in mixed forms)
/// imported with every violation shown; the report as JSON and a workbook, and one
/// person's record as Word, read by independent readers.
@Suite(.serialized) struct DevelopmentCommandTests {
    static func sheets(in scratch: Scratch) throws -> (xlsx: URL, csv: URL) {
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/development/make_sheet.py")
        let xlsx = scratch.file("发展党员台账.xlsx"), csv = scratch.file("发展党员台账 GBK.csv")
        let made = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, xlsx.path, csv.path])
        try #require(made.status == 0, "\(made.stderr)")
        return (xlsx, csv)
    }

    /// A branch whose roster has the sheet's contacts and sponsors as full members.
    static func branch(in scratch: Scratch) throws -> URL {
        let folder = scratch.file("branch")
        let store = try Store(folder: folder)
        try store.save(BranchProfile(name: "酸轧作业区党支部", timeZoneIdentifier: "Asia/Shanghai"))
        try store.save(["刘晓燕", "张建军", "王海燕"].enumerated().map { Member(id: "m\($0.offset)", name: $0.element, joinedOn: Day("2008-07-01"), onRosterSince: Day("2008-07-01")!) })
        return folder
    }

    /// One finding per person but the first, each named with its rule.
    static let planted = ["谈话（2026-11-15）距收到申请书（2026-09-01）超过一个月", "递交申请书时（2025-06-30）未满十八周岁",
                          "不满一年即列为发展对象（2024-10-10）", "支部大会（2026-03-10）后超过三个月未审批", "支部大会（2026-01-05）后六个月内未审批，应重新履行程序",
                          "集中培训 0 天、16 学时，应不少于3天或24学时", "“开展集中培训”（2023-06-01）早于“确定发展对象”（2023-10-01）",
                          "入党介绍人 1 名，应为两名正式党员", "预备期已于 2026-10-01 期满，未召开支部大会讨论转正"]

    @Test(arguments: ["xlsx", "csv"])
    func theOfficesSheetImportsTenPeopleAndShowsEveryViolation(kind: String) throws {
        let scratch = Scratch()
        let files = try Self.sheets(in: scratch)
        let folder = try Self.branch(in: scratch)
        let path = "'\((kind == "xlsx" ? files.xlsx : files.csv).path)'"
        let preview = try partyday("import", "development", path, "--data-dir", folder.path, "--lang", "zh", "--as-of", "2026-12-07")
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("标题：酸轧作业区党支部发展党员工作台账（截至2026年12月）"))
        #expect(preview.stdout.contains("可以添加 10 人；截至 2026-12-07 共发现 9 个问题。"), "\(preview.stdout)")
        for finding in Self.planted {
            #expect(preview.stdout.components(separatedBy: finding).count == 2, "once: \(finding)\n\(preview.stdout)")
        }
        #expect(preview.stdout.contains("跳过（不是人员行：制表人：刘晓燕）"))
        #expect(preview.stdout.contains("确定入党积极分子时间 2024.06 读作 2024-06-01"))
        #expect(!preview.stderr.contains("备注"), "known columns are not called unknown: \(preview.stderr)")
        #expect(try Store(folder: folder, access: .readOnly).loadAllDevelopment().people.isEmpty, "a preview writes nothing")
        let done = try partyday("import", "development", path, "--data-dir", folder.path, "--yes", "--as-of", "2026-12-07")
        #expect(done.status == 0, "\(done.stderr)")
        let store = try Store(folder: folder, access: .readOnly)
        let people = store.loadAllDevelopment().people
        #expect(people.count == 10)
        #expect(store.check().isEmpty)
        let zhao = try #require(people.first { $0.name == "赵一" })
        #expect(zhao.birthDate == Day("1995-03-01") && zhao.day(.candidateDecided) == Day("2025-07-01"))
        #expect(zhao.sponsors.map(\.name) == ["张建军", "王海燕"] && zhao.sponsors.allSatisfy { $0.memberID != nil })
        // Importing again adds nobody: the names are in development already.
        let again = try partyday("import", "development", path, "--data-dir", folder.path, "--lang", "zh")
        #expect(again.stdout.contains("可以添加 0 人"), "\(again.stdout)")
    }

    @Test func theReportAsJSONTheRegisterAsAWorkbookAndARecordAsWord() throws {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        let json = try partyday("report", "development", "--format", "json", "--as-of", "2026-12-07", "--data-dir", scratch.url.path)
        #expect(json.status == 0, "\(json.stderr)")
        let jsonFile = scratch.file("development.json")
        try json.stdout.write(to: jsonFile, atomically: true, encoding: .utf8)
        let read = try tool("python3", ["-c", """
            import json, sys
            d = json.load(open(sys.argv[1], encoding='utf-8'))
            people = {p['name']: p for p in d['people']}
            assert d['asOf'] == '2026-12-07', d['asOf']
            assert people['周航']['findings'][0]['kind'] == 'talk-late', people['周航']
            deng = [f['kind'] for f in people['邓丽君']['findings']]
            assert deng == ['roster-mismatch', 'probation-overdue'], deng
            assert people['刘思远']['memberID'] == 'm-31' and people['刘思远']['stage'] == 'probation'
            assert any(s['number'] == 15 and s['body'] == 'general-meeting' and s['meetingID'] for s in people['刘思远']['steps'])
            print(len(people))
            """, jsonFile.path])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "9")
        let book = scratch.file("register.xlsx")
        #expect(try partyday("report", "development", "--format", "xlsx", "--output", book.path, "--lang", "zh", "--data-dir", scratch.url.path).status == 0)
        let sheet = try tool("python3", ["-c", """
            import sys, datetime, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            register, findings = book.worksheets
            assert register['A1'].value.startswith('冷轧厂酸轧作业区党支部'), register['A1'].value
            header = [c.value for c in register[2]]
            assert header[:5] == ['姓名', '性别', '出生日期', '单位职务', '阶段'], header
            rows = {r[0].value: r for r in register.iter_rows(min_row=3)}
            liu = rows['刘思远']
            column = header.index('接收预备党员')
            assert liu[column].value == datetime.datetime(2026, 9, 25), liu[column].value
            # Below the table: a blank row and the signature line.
            assert register.cell(row=register.max_row, column=1).value == '制表人：'
            print(register.max_row - 4, findings.max_row - 4)
            """, book.path])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        #expect(sheet.stdout.hasPrefix("9 "), "\(sheet.stdout)")
        let word = scratch.file("record.docx")
        let export = try partyday("export", "development", "刘思远", "--output", word.path, "--lang", "zh", "--data-dir", scratch.url.path)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try tool("unzip", ["-tq", word.path]).status == 0)
        let text = try tool("python3", ["-c", """
            import sys, docx
            d = docx.Document(sys.argv[1])
            print(d.paragraphs[0].text)
            cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
            assert '刘思远' in cells and '2026-09-25' in cells, cells[:20]
            assert any('支部党员大会' in c for c in cells)
            print(len(d.tables))
            """, word.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("发展党员纪实"), "\(text.stdout)")
        let form = scratch.file("assessments.docx")
        #expect(try partyday("export", "development", "赵晨", "--assessments", "--output", form.path, "--lang", "zh", "--data-dir", scratch.url.path).status == 0)
        let assessed = try tool("python3", ["-c", """
            import sys, docx
            d = docx.Document(sys.argv[1])
            rows = [[c.text for c in r.cells] for r in d.tables[1].rows]
            assert rows[0] == ['考察时间', '考察人', '考察意见'], rows[0]
            assert rows[1][0] == '2025-12-28' and rows[3] == ['', '', ''], rows
            print(d.paragraphs[0].text)
            """, form.path])
        #expect(assessed.stdout == "入党积极分子培养教育考察登记表\n", "\(assessed.stdout) \(assessed.stderr)")
        let notice = try partyday("export", "development", "王璐", "--notice", "7", "--data-dir", scratch.url.path)
        #expect(notice.stdout.contains("关于拟列为发展对象人选的公示") && notice.stdout.contains("2026-03-06 至 2026-03-12"), "\(notice.stdout)")
        // The minutes of the admission vote name the sponsors and the steps behind it, from the file.
        let minutes = try partyday("export", "minutes", "2026-09-25", "--lang", "zh", "--data-dir", scratch.url.path)
        #expect(minutes.stdout.contains("入党介绍人：刘晓燕、张建军；递交入党申请书2024年3月1日；确定为入党积极分子2024年6月5日；列为发展对象2025年7月5日"), "\(minutes.stdout)")
        let nobody = try partyday("export", "development", "无名", "--lang", "zh", "--data-dir", scratch.url.path)
        #expect(nobody.status != 0 && nobody.stderr.contains("发展党员记录中没有“无名”"))
    }
}
