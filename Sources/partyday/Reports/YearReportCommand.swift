import ArgumentParser
import Foundation
import PartyDayKit

/// `report year`: the figures of the secretary's annual report (书记抓党建述职).
struct YearReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "The year in figures, as a secretary's annual report states them: the roster and its changes, duties held and missed, participation, dues, development, grades, pledges, talks.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @OptionGroup var period: YearOptions

    @Option(help: ArgumentHelp("table, csv, json or xlsx (an Excel workbook; with --output).", valueName: "format"))
    var format: ReportFileFormat = .table


    func run() throws {
        let data = try read.open()
        let (today, year) = period.resolved(data)
        let figures = try data.yearFigures(year, today: today)
        let output = YearOutput(figures: figures, branch: data.branch.name, language: read.resolvedLanguage)
        if format == .xlsx {
            let book = output.workbook().printed(output.title + " " + Workbook.asOf(figures.asOf, read.resolvedLanguage), language: read.resolvedLanguage)
            return try read.emit(binary: try book.data(), suggestedName: "year-\(year).xlsx")
        }
        if format == .csv, read.wantsExcelCSV { return try read.emit(ExcelCSV.text(output.workbook().sheets[0])) }
        try read.emit(output.render(format.text ?? .table))
    }
}

extension BranchData {
    /// The year's figures from every record: only the evaluation meetings are read in full.
    func yearFigures(_ year: Int, today: Day) throws -> YearFigures {
        yearRecords(today: min(today, Day(year: year, month: 12, day: 31)!)).figures(year, today: today, load: { try store.loadMeeting(id: $0) })
    }
}
