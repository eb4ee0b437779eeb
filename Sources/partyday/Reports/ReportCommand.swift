import ArgumentParser
import Foundation
import PartyDayKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Members' participation, the duties of organizational life due and held, evaluations and Party dues.",
        discussion: Manual.after("The rules behind every figure are in Docs/RULES.md."),
        subcommands: [ParticipationCommand.self, ComplianceCommand.self, EvaluationCommand.self, DuesReportCommand.self, DevelopmentReportCommand.self, YearReportCommand.self]
    )
}

struct ParticipationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participation",
        abstract: "Each member's attendance, speeches and pledges over a period, with the six-month rule's warnings.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("First day of the period (default: 1 January of this year).", valueName: "YYYY-MM-DD"))
    var from: Day?

    @Option(help: ArgumentHelp("Last day of the period (default: 31 December of this year).", valueName: "YYYY-MM-DD"))
    var to: Day?

    @Option(name: .customLong("type"), help: ArgumentHelp("Count only meetings of this type; repeat for several (default: every type).", valueName: "slug"))
    var types: [MeetingType] = []

    @Option(help: ArgumentHelp("table, csv, json or xlsx (an Excel workbook; with --output).", valueName: "format"))
    var format: ReportFileFormat = .table

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge overdue pledges and the six-month rule on this day (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    func run() throws {
        let data = try read.open()
        let today = data.today(asOf)
        let period = Period(from: from ?? Day(year: today.year, month: 1, day: 1)!, to: to ?? Day(year: today.year, month: 12, day: 31)!)
        guard period.from <= period.to else { throw failure("--from \(period.from) is after --to \(period.to)", "--from \(period.from) 晚于 --to \(period.to)") }
        let report = ParticipationReport(branch: data.branch, members: data.members, summaries: data.summaries,
                                         query: ParticipationQuery(period: period, types: Set(types)), today: today)
        let language = read.resolvedLanguage, l = Labels(read.resolvedLanguage)
        let book = ReportWorkbooks.participation(report, language: language)
            .printed("\(data.branch.name) " + l.t("participation \(period.from)–\(period.to)", "参加组织生活情况（\(period.from)至\(period.to)）")
                     + " " + Workbook.asOf(today, language), language: language)
        if format == .xlsx { return try read.emit(binary: try book.data(), suggestedName: "participation.xlsx") }
        if format == .csv, read.wantsExcelCSV { return try read.emit(ExcelCSV.text(book.sheets[0])) }
        var text = ParticipationOutput(report: report, language: read.resolvedLanguage).render(format.text ?? .table)
        if format == .table {
            let l = Labels(read.resolvedLanguage)
            text += "\n" + l.t("Six-month rule, as of \(report.asOf):", "六个月规则（截至\(report.asOf)）：") + "\n"
            text += RiskText.lines(report, l).joined(separator: "\n") + "\n"
        }
        try read.emit(text)
    }
}

struct ComplianceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "For each duty of organizational life: required and held in each period of a year, what is missing or due, and the members at risk.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("The year (default: this year).", valueName: "YYYY"))
    var year: Int?

    @Option(help: ArgumentHelp("table, csv, json or xlsx (an Excel workbook; with --output).", valueName: "format"))
    var format: ReportFileFormat = .table

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to judge on (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    func run() throws {
        let data = try read.open()
        let today = data.today(asOf)
        let year = year ?? today.year
        // A past year is judged from the day judged: its periods are over, so a period
        // without its meeting is missed, its last quarter and its yearly duties included.
        let compliance = ComplianceReport(branch: data.branch, members: data.members, summaries: data.summaries, year: year, today: today)
        let participation = ParticipationReport(branch: data.branch, members: data.members, summaries: data.summaries,
                                                query: ParticipationQuery(period: .year(year)), today: today)
        let language = read.resolvedLanguage, l = Labels(read.resolvedLanguage)
        let book = ReportWorkbooks.compliance(compliance, participation: participation, language: language)
            .printed("\(data.branch.name) " + l.t("organizational life \(year)", "\(year)年组织生活落实情况") + " " + Workbook.asOf(today, language), language: language)
        if format == .xlsx { return try read.emit(binary: try book.data(), suggestedName: "compliance-\(year).xlsx") }
        if format == .csv, read.wantsExcelCSV { return try read.emit(ExcelCSV.text(book.sheets[0])) }
        let duesRisk = (try? data.duesLedger(today: today))?.atRisk(data.branch.ladder) ?? []
        try read.emit(ComplianceOutput(compliance: compliance, participation: participation, language: read.resolvedLanguage,
                                       duesRisk: duesRisk).render(format.text ?? .table))
    }
}

struct EvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluation",
        abstract: "The democratic evaluation of members for a year: self-evaluation, ballot and grade of each member.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("The evaluation year (default: last year before March, else this year).", valueName: "YYYY"))
    var year: Int?

    @Option(help: ArgumentHelp("table, csv, json or xlsx (an Excel workbook; with --output).", valueName: "format"))
    var format: ReportFileFormat = .table

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Count only meetings held up to this day (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    func run() throws {
        let data = try read.open()
        let today = data.today(asOf)
        let year = year ?? Meeting.defaultEvaluationYear(held: today)
        let meetings = data.meetings()
        let report = EvaluationReport(branch: data.branch, meetings: meetings, year: year, asOf: today)
        guard let text = format.text else { throw failure("report evaluation prints table, csv or json", "report evaluation 只输出 table、csv 或 json") }
        try read.emit(EvaluationOutput(report: report, language: read.resolvedLanguage).render(text))
    }
}
