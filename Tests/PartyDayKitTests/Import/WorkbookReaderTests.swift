import Foundation
import Testing
@testable import PartyDayKit

/// Rosters straight from a workbook: written here by Python's openpyxl (shared strings,
/// a date as a serial number, an empty row) and by hand (inline strings).
@Suite struct WorkbookReaderTests {
    func python(_ script: String, _ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 with openpyxl is needed (.ci/run installs it)")
    }

    func scratch(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("partyday-xlsx-\(UUID().uuidString)-\(name)")
    }

    @Test func aWorkbookWrittenByOpenpyxl() throws {
        let file = scratch("roster.xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try python("""
            import sys, datetime, openpyxl
            wb = openpyxl.Workbook(); ws = wb.active; ws.title = '名册'
            ws.append(['姓名', '类别', '入党日期', '党小组', '备用'])
            ws.append(['李振华', '正式', datetime.date(2001, 7, 1), '酸洗党小组', None])
            ws.append([])
            ws.append(['欧阳娜娜', '预备', datetime.date(2026, 3, 5), None, 12])
            wb.save(sys.argv[1])
            """, file.path)
        let rows = try WorkbookReader.firstSheet(try Data(contentsOf: file))
        #expect(rows.map(\.line) == [1, 2, 4], "the empty row is left out")
        #expect(rows[0].fields == ["姓名", "类别", "入党日期", "党小组", "备用"])
        #expect(rows[1].fields.prefix(2) == ["李振华", "正式"])
        let result = MemberImport.read(rows: (rows, nil), branch: DemoData.make().branch, existing: [], today: Day("2026-11-27")!)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.members.map(\.name) == ["李振华", "欧阳娜娜"])
        #expect(result.members[0].joinedOn == Day("2001-07-01"), "a date cell is a serial number, read as a date")
        #expect(result.members[1].joinedOn == Day("2026-03-05"))
        #expect(result.unknownColumns == ["备用"])
    }

    @Test func inlineStringsAndAnyColumnOrder() throws {
        let file = scratch("inline.xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try python("""
            import sys, zipfile
            sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                     '<row r="1"><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="A1" t="inlineStr"><is><t>category</t></is></c></row>'
                     '<row r="3"><c r="A3" t="inlineStr"><is><t>full</t></is></c><c r="B3" t="inlineStr"><is><t>Lin &amp; Qing</t></is></c></row>'
                     '</sheetData></worksheet>')
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
                z.writestr('xl/worksheets/sheet1.xml', sheet)
            """, file.path)
        let rows = try WorkbookReader.firstSheet(try Data(contentsOf: file))
        #expect(rows.map(\.fields) == [["category", "name"], ["full", "Lin & Qing"]])
    }

    @Test func aFileThatIsNotAWorkbookIsRefused() {
        #expect(throws: WorkbookReader.Failure.self) { try WorkbookReader.firstSheet(Data("PK\u{3}\u{4}garbage".utf8)) }
        let branch = DemoData.make().branch
        guard case .failure(.notAWorkbook) = MemberImport.read(file: Data("PK\u{3}\u{4}garbage".utf8), branch: branch, existing: [],
                                                              today: Day("2026-11-27")!) else { Issue.record("refused"); return }
    }
}
