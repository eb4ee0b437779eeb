import Foundation
import PartyDayKit

/// The dues register on the decade: 60 members paying every month for ten years (7,200
/// payments in ten year files). Times reading the dues files, the register a report
/// prints from them (every member's 120 months, each month's totals and every member's
/// unpaid run), and saving one payment into the tenth year's file.
enum DuesBench {
    struct Result {
        var reportMs: Double
        var loadMs: Double
        var saveOneMs: Double
        var payments: Int
    }

    static func run(folder: URL, data: DemoData) throws -> Result {
        let store = try Store(folder: folder)
        let first = 2016
        let bases = data.members.enumerated().map { position, member in
            MemberDuesBasis(memberID: member.id, history: [
                DuesBasis(from: YearMonth(year: first, month: 1), kind: .inService, base: Money(fen: 280_000 + position * 15_000)),
                DuesBasis(from: YearMonth(year: first + 5, month: 7), kind: .inService, base: Money(fen: 320_000 + position * 16_000)),
            ])
        }
        try store.save(bases)
        let ledger = DuesLedger(members: data.members, bases: bases, years: [], today: Day(year: first + 10, month: 1, day: 1)!)
        var count = 0
        for year in first..<(first + 10) {
            var file = DuesYear(year: year)
            for month in 1...12 {
                let yearMonth = YearMonth(year: year, month: month)
                for member in data.members {
                    guard let due = ledger.month(yearMonth, of: member).due else { continue }
                    file.payments.append(DuesPayment(id: "\(yearMonth)-\(member.id)", memberID: member.id, months: [yearMonth], amount: due,
                                                     paidOn: Day(year: year, month: month, day: 10)!, receivedBy: "刘晓燕"))
                }
            }
            count += file.payments.count
            try store.save(file)
        }
        let today = Day(year: first + 10, month: 1, day: 15)!
        var years: [DuesYear] = []
        var loadedBases: [MemberDuesBasis] = []
        let loadMs = Bench.median(runs: 9) {
            let reader = try Store(folder: folder, access: .readOnly)
            years = reader.loadAllDues().years
            loadedBases = try reader.loadDuesBases()
        }
        // Like report_ms: from the records already in memory (the screens keep them).
        let reportMs = Bench.median(runs: 9) {
            let ledger = DuesLedger(members: data.members, bases: loadedBases, years: years, today: today)
            var settled = 0
            for year in first..<(first + 10) {
                let register = DuesRegister(ledger: ledger, year: year)
                settled += register.totals.reduce(0) { $0 + $1.settled }
            }
            precondition(settled == count, "the register lost payments")
        }
        var last = try store.loadDues(year: first + 9)
        var times: [Double] = []
        for round in 0..<21 {
            last.payments.append(DuesPayment(id: "bench-\(round)", memberID: data.members[0].id, months: [YearMonth(year: first + 9, month: 12)],
                                              amount: Money(fen: 100), paidOn: Day(year: first + 9, month: 12, day: 20)!))
            times.append(try Bench.time { try store.save(last) })
        }
        return Result(reportMs: reportMs, loadMs: loadMs, saveOneMs: Bench.middle(times), payments: count)
    }
}
