import Foundation
import PartyDayKit
import Testing

/// `report dues` and `import dues-bases` through the real binary, with the dues files
/// and the report read back by independent readers (Python's plistlib, json, csv, openpyxl).
@Suite struct DuesCommandTests {
    func demo() throws -> Scratch {
        let scratch = Scratch()
        #expect(try partyday("demo", "--data-dir", scratch.url.path).status == 0)
        return scratch
    }

    func python(_ script: String, _ arguments: [String]) throws -> RunResult {
        try tool("python3", ["-c", script] + arguments)
    }

    /// Python recomputes every month's due and collected totals from the dues files and
    /// the rate table alone, and compares them with partyday's report.
    @Test func pythonRecomputesTheRegisterFromTheDuesFilesAndTheRateTable() throws {
        let data = try demo()
        let report = data.file("dues.json")
        let result = try partyday("report", "dues", "--year", "2026", "--format", "json", "--as-of", "2026-11-25",
                                  "--output", report.path, "--data-dir", data.url.path)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try python("""
            import json, os, plistlib, stat, sys
            folder, report = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
            def load(name):
                path = os.path.join(folder, 'dues', name)
                assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, name
                with open(path, 'rb') as f:
                    envelope = plistlib.load(f)
                return envelope['record']
            bases, year = load('bases.plist'), load('2026.plist')
            def rate(kind, base):  # thousandths, from the 2008 table
                if kind == 'retired': return 5 if base <= 500000 else 10
                return 5 if base <= 300000 else 10 if base <= 500000 else 15 if base <= 1000000 else 20
            def due(member, month):
                history = [b for b in bases_by[member] if b['from'] <= month]
                if not history: return None
                b = history[-1]
                if b['kind'] == 'exempt': return 0
                if b['kind'] in ('fixed', 'reduced'): return b['amount']
                return (b['base'] * rate(b['kind'], b['base']) + 500) // 1000
            bases_by = {entry['memberID']: sorted(entry['history'], key=lambda b: b['from']) for entry in bases}
            # The demo's multi-month payments are quarters of one base: equal shares.
            collected = {}
            for p in year['payments']:
                share = p['amount'] // len(p['months'])
                for m in p['months']:
                    collected[m] = collected.get(m, 0) + share
                collected[p['months'][-1]] += p['amount'] - share * len(p['months'])
            owed = {r['month'] + ' ' + r['memberID'] for r in report['rows'] if r['status'] not in ('not-owed', 'unrecorded')}
            for t in report['totals']:
                month = t['month']
                expected_due = sum(due(key.split(' ')[1], month) or 0 for key in owed if key.startswith(month))
                assert t['dueFen'] == expected_due, (month, t['dueFen'], expected_due)
                assert t['collectedFen'] == collected.get(month, 0), (month, t['collectedFen'], collected.get(month, 0))
            handed = sum(h['total'] for h in year['handovers'])
            assert handed == sum(t['handedOverFen'] for t in report['totals']), 'hand-overs'
            q = sum(collected.get('2026-%02d' % m, 0) for m in range(1, 10))
            assert handed == q, ('the first three quarters were handed over in full', handed, q)
            print(len(year['payments']), len(bases), sum(1 for r in report['rows'] if r['status'] == 'arrears'))
            """, [data.url.path, report.path])
        #expect(check.status == 0, "\(check.stderr)")
        // 钱斌 is four months in arrears (July–October); nobody else is.
        #expect(check.stdout.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines) == "4")
    }

    @Test func theRegisterOfAMonthAsCSVAndAsAWorkbook() throws {
        let data = try demo()
        let csv = try partyday("report", "dues", "--year", "2026", "--month", "11", "--format", "csv", "--as-of", "2026-11-25", "--data-dir", data.url.path)
        #expect(csv.status == 0, "\(csv.stderr)")
        let saved = data.file("november.csv")
        try Data(csv.stdout.utf8).write(to: saved)
        let read = try python("""
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
            qian = [r for r in rows if r['member_id'] == 'm-13'][0]
            zhou = [r for r in rows if r['member_id'] == 'm-10'][0]
            guo = [r for r in rows if r['member_id'] == 'm-16'][0]
            print(len(rows), qian['status'], qian['arrears_months'], zhou['cycle'], zhou['status'], guo['status'])
            """, [saved.path])
        #expect(read.stdout == "30 due 4 quarterly due exempt\n", "\(read.stderr)")
        let book = data.file("dues.xlsx")
        #expect(try partyday("report", "dues", "--year", "2026", "--format", "xlsx", "--lang", "zh", "--output", book.path,
                             "--as-of", "2026-11-25", "--data-dir", data.url.path).status == 0)
        let sheets = try python("""
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            totals = wb.worksheets[1]
            # A title row above the table (merged across it), the header below it.
            print(wb.sheetnames, [c.value for c in totals[2]][:4], totals.cell(row=3, column=4).value, totals.cell(row=3, column=4).number_format,
                  'A1' in [str(r).split(':')[0] for r in totals.merged_cells.ranges])
            # The rate is a number shown as a percentage, and numbers stand a character off the
            # next cell's text ("2800.000.5%" ran together).
            rate, base = wb.worksheets[0].cell(row=3, column=6), wb.worksheets[0].cell(row=3, column=5)
            print(rate.number_format, isinstance(rate.value, float) and 0 < rate.value <= 0.03, base.number_format)
            """, [book.path])
        #expect(sheets.stdout == "['登记表', '合计', '2026年全年'] ['月份', '应交人数', '已交清', '应交'] 2628.3 0.00_  True\n0.0%_  True 0.00_ \n", "\(sheets.stderr)")
        // Excel's CSV writes money as a register does: two decimals.
        let excel = try partyday("report", "dues", "--year", "2026", "--month", "11", "--format", "csv", "--excel", "--as-of", "2026-11-25", "--data-dir", data.url.path)
        #expect(excel.stdout.contains("李振华,2026-11,in service,monthly,2800.00,0.5 %,14.00,14.00,0.00,paid"), "\(excel.stdout.prefix(400))")
    }

    @Test func duesBasesImportFromTheCSVThePayrollOfficeSends() throws {
        let data = try demo()
        let file = data.file("bases.csv")
        try Data("""
            姓名,税后工资,类别,起始月份,交纳方式
            李振华,5200.00,在职,2026-12,按月
            没有这个人,3000,在职,2026-12,
            陈志刚,abc,在职,2026-12,
            孙丽,4100,离退休,2026-12,按季

            """.utf8).write(to: file)
        let preview = try partyday("import", "dues-bases", file.path, "--data-dir", data.url.path)
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("2 base(s) can be set."))
        #expect(preview.stdout.contains("李振华: in service from 2026-12, base 5200.00, 78.00 a month"))
        #expect(preview.stderr.contains("line 3: no member '没有这个人' on the roster"))
        #expect(preview.stderr.contains("line 4: 'abc' is not an amount"))
        #expect(preview.stdout.contains("Nothing was written"))
        let written = try partyday("import", "dues-bases", file.path, "--yes", "--data-dir", data.url.path)
        #expect(written.status == 0, "\(written.stderr)")
        let register = try partyday("report", "dues", "--year", "2026", "--month", "12", "--format", "csv", "--as-of", "2026-12-20", "--data-dir", data.url.path)
        #expect(register.stdout.contains("m-01,李振华,2026-12,in-service,monthly,5200.00,1.5 %,78.00,0.00,0.00,due"))
        #expect(register.stdout.contains("m-05,孙丽,2026-12,retired,quarterly,4100.00,0.5 %,20.50,"))
        // November keeps the old base: a change applies from its month.
        let november = try partyday("report", "dues", "--year", "2026", "--month", "11", "--format", "csv", "--as-of", "2026-12-20", "--data-dir", data.url.path)
        #expect(november.stdout.contains("m-01,李振华,2026-11,in-service,monthly,2800.00,0.5 %,14.00,14.00"))
    }

    @Test func aDamagedDuesFileIsNamedAndLeftUntouched() throws {
        let data = try demo()
        let year = data.file("dues/2026.plist")
        try Data("<?xml version=\"1.0\"?><plist><dict><key>record".utf8).write(to: year)
        let before = try Data(contentsOf: year)
        let result = try partyday("report", "dues", "--year", "2026", "--as-of", "2026-11-25", "--data-dir", data.url.path)
        #expect(result.status == 0)
        #expect(result.stderr.contains("dues/2026.plist"))
        #expect(result.stderr.contains("left out, file untouched"))
        let check = try partyday("check", "--data-dir", data.url.path)
        #expect(check.status != 0)
        #expect(check.stdout.contains("dues/2026.plist") || check.stderr.contains("dues/2026.plist"))
        #expect(try Data(contentsOf: year) == before)
    }

    /// The year's workbook holds the register as branches keep it: a member a row, the
    /// months across with what each paid, and totals that openpyxl finds equal to the sum
    /// of the rows above them, month by month and for the year.
    @Test func theYearsWorkbookHasTheMembersByMonthsSheetWithTotalsThatAddUp() throws {
        let data = try demo()
        let book = data.file("dues-year.xlsx")
        #expect(try partyday("report", "dues", "--year", "2026", "--format", "xlsx", "--lang", "zh", "--output", book.path,
                             "--as-of", "2026-11-25", "--data-dir", data.url.path).status == 0)
        let read = try python("""
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).worksheets[-1]
            rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
            # The table ends at the blank row above the signature line (制表人, 审核人).
            rows, foot = rows[:rows.index([None] * len(rows[0]))], rows[-1]
            assert foot[0] == '制表人：' and '审核人：' in foot, foot
            header, members, collected, handed = rows[0], rows[1:-2], rows[-2], rows[-1]
            sums_ok = all(abs(sum((m[c] or 0) for m in members) - collected[c]) < 0.005 for c in range(1, 14))
            rows_ok = all(abs(sum((v or 0) for v in m[1:13]) - m[13]) < 0.005 for m in members)
            qian = [m for m in members if m[0] == '钱斌'][0]
            print(ws.title, header[1], header[12], header[13], len(members), collected[0], handed[0], sums_ok, rows_ok,
                  qian[6] is not None, qian[7] is None, ws.page_setup.fitToWidth)
            """, [book.path])
        #expect(read.stdout == "2026年全年 1月 12月 全年合计 31 合计 已上缴 True True True True 1\n", "\(read.stdout)\(read.stderr)")
    }
}

/// Reports as of a day see nothing dated after it: 钱斌, four months unpaid on 25
/// November, pays the day after; the report as of the 25th still names him, as of the
/// 26th not, and the committee's roll-up agrees with the branch's own report on each day.
@Suite(.serialized) struct AsOfDayTests {
    @Test func aPaymentMadeTheDayAfterIsNotCountedAsOfTheDayBefore() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        do {
            let store = try Store(folder: data.url)
            var year = try store.loadDues(year: 2026)
            let months = ["2026-07", "2026-08", "2026-09", "2026-10"].map { YearMonth($0)! }
            year.payments.append(DuesPayment(id: "late", memberID: "m-13", months: months, amount: Money(yuan: "508.64")!, paidOn: Day("2026-11-26")!))
            try store.save(year)
        }
        func atRisk(_ day: String) throws -> [String] {
            let result = try partyday("report", "compliance", "--as-of", day, "--format", "json", "--data-dir", data.url.path)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return (json?["atRiskDues"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        #expect(try atRisk("2026-11-25").contains("钱斌"), "the payment of the 26th does not count on the 25th")
        #expect(try !atRisk("2026-11-26").contains("钱斌"))
        let register = try partyday("report", "dues", "--month", "10", "--year", "2026", "--as-of", "2026-11-25", "--format", "csv", "--data-dir", data.url.path)
        #expect(register.stdout.split(separator: "\n").first { $0.contains("钱斌") }?.contains("arrears") == true, "\(register.stdout)")
        // The committee's roll-up over the same folder, read in place, on the same days.
        let committee = data.file("committee").path
        #expect(try partyday("committee", "init", "--data-dir", committee).status == 0)
        #expect(try partyday("committee", "add", "轧钢", data.url.path, "--data-dir", committee).status == 0)
        for (day, expected) in [("2026-11-25", true), ("2026-11-26", false)] {
            let risk = try partyday("committee", "report", "risk", "--as-of", day, "--format", "json", "--data-dir", committee)
            let json = try JSONSerialization.jsonObject(with: Data(risk.stdout.utf8)) as? [String: Any]
            let dues = ((json?["branches"] as? [[String: Any]])?.first?["dues"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(dues.contains("钱斌") == expected, "\(day): \(risk.stdout.prefix(400))")
        }
    }
}
