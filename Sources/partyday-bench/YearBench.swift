import Foundation
import PartyDayKit

/// The decade's last year as a secretary's report and as the work book: `year_report_ms`
/// (the year's figures from the records in memory, with the dues of the dues benchmark's
/// folder) and `workbook_export_ms` (the work book as `export workbook` makes it: the
/// year's meetings read from their files, every chapter built, the .docx written).
enum YearBench {
    struct Result {
        var yearReportMs: Double
        var workBookMs: Double
        var workBookMeetings: Int
        var workBookKB: Double
    }

    static func run(folder: URL, duesFolder: URL) throws -> Result {
        let store = try Store(folder: folder, access: .readOnly)
        guard let branch = try store.loadBranch() else { throw ReportsBench.BenchError.noBranch }
        let members = try store.loadMembers()
        let summaries = store.listMeetings().summaries
        let zone = branch.timeZone
        let year = summaries.map { $0.day(in: zone).year }.max()!
        let today = Day(year: year + 1, month: 1, day: 5)!
        let dues = try Store(folder: duesFolder, access: .readOnly)
        let ledger = DuesLedger(members: members, bases: try dues.loadDuesBases(), years: dues.loadAllDues().years, today: today)
        func evaluation() -> EvaluationReport {
            let meetings = summaries.filter { $0.types.contains(.democraticEvaluation) && [year, year + 1].contains($0.day(in: zone).year) }
                .compactMap { try? store.loadMeeting(id: $0.id) }
            return EvaluationReport(branch: branch, meetings: meetings, year: year, asOf: today)
        }
        let evaluated = evaluation()
        let yearReportMs = Bench.median(runs: 9) {
            _ = YearFigures(year: year, today: today, branch: branch, members: members, summaries: summaries, evaluation: evaluated,
                            dues: ledger, development: [], talks: [])
        }
        var meetingCount = 0, bytes = 0
        let workBookMs = Bench.median(runs: 3) {
            let meetings = summaries.filter { $0.day(in: zone).year == year }.compactMap { try? store.loadMeeting(id: $0.id) }
            let figures = YearFigures(year: year, today: today, branch: branch, members: members, summaries: summaries, evaluation: evaluation(),
                                      dues: ledger, development: [], talks: [])
            let book = WorkBookDocument(branch: branch, members: members, year: year, figures: figures, meetings: meetings, summaries: summaries,
                                        dues: ledger, development: [], talks: [], evaluation: evaluated, language: .chinese)
            let data = try book.data()
            meetingCount = meetings.count
            bytes = data.count
        }
        return Result(yearReportMs: yearReportMs, workBookMs: workBookMs, workBookMeetings: meetingCount, workBookKB: Double(bytes) / 1024)
    }
}
