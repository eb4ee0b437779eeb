import ArgumentParser
import Foundation
import PartyDayKit

struct DuesReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dues",
        abstract: "The Party dues register: base, rate, due, paid, date and arrears for each member, with each month's totals and hand-overs.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("The year (default: this year).", valueName: "YYYY"))
    var year: Int?

    @Option(help: ArgumentHelp("One month of the year (1–12): the register of that month.", valueName: "M"))
    var month: Int?

    @Option(help: ArgumentHelp("table, csv, json or xlsx (an Excel workbook; with --output).", valueName: "format"))
    var format: ReportFileFormat = .table

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge arrears on this day (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    func validate() throws {
        if let month, !(1...12).contains(month) { throw ValidationError("--month is 1 to 12") }
        if let year, !Day.supportedYears.contains(year) { throw ValidationError("--year is \(Day.supportedYears.lowerBound) to \(Day.supportedYears.upperBound)") }
    }

    func run() throws {
        let data = try read.open()
        let today = data.today(asOf)
        let ledger = try data.duesLedger(today: today)
        let register = DuesRegister(ledger: ledger, year: year ?? today.year, month: month)
        let language = read.resolvedLanguage, l = Labels(read.resolvedLanguage)
        let book = ReportWorkbooks.dues(register, language: language)
            .printed("\(data.branch.name) " + l.t("Party dues \(register.year)", "\(register.year)年党费收缴登记表") + " " + Workbook.asOf(today, language), language: language)
        let name = "dues-\(register.year)\(month.map { $0 < 10 ? "-0\($0)" : "-\($0)" } ?? "").xlsx"
        if format == .xlsx { return try read.emit(binary: try book.data(), suggestedName: name) }
        if format == .csv, read.wantsExcelCSV { return try read.emit(ExcelCSV.text(book.sheets[0])) }
        try read.emit(DuesOutput(register: register, language: read.resolvedLanguage).render(format.text ?? .table))
    }
}

extension BranchData {
    /// The dues ledger from the dues files; a damaged one is named on standard error and
    /// left out (its payments then show as unpaid, which the message says).
    func duesLedger(today: Day) throws -> DuesLedger {
        let bases: [MemberDuesBasis]
        do {
            bases = try store.loadDuesBases()
        } catch {
            throw failure(error)
        }
        let (years, problems) = store.loadAllDues()
        for problem in problems {
            say(FileProblem(path: store.folder.appendingPathComponent(problem.path).path, problem.reason).wording
                    .then(Wording("(left out, file untouched; its payments are not counted)", "（未计入，文件未改动；其中的交纳记录不计算）"), english: " ", chinese: ""), toErrors: true)
        }
        return DuesLedger(members: members, bases: bases, years: years, today: today)
    }
}
