import ArgumentParser
import Foundation
import PartyDayKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The formal record of a meeting, attendance as CSV, or everything as JSON.",
        discussion: Manual.after("Formats are described in Docs/EXPORTS.md."),
        subcommands: [MinutesCommand.self, SignInCommand.self, AttendanceCommand.self, JSONCommand.self, DevelopmentExportCommand.self, WorkBookCommand.self, DossierCommand.self]
    )
}

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "The complete record (会议记录) of one meeting, with signature lines for recorder and host.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @Argument(help: ArgumentHelp("A meeting id (or the start of one), or a date YYYY-MM-DD.", valueName: "meeting"))
    var meeting: String

    @Option(name: .customLong("type"), help: ArgumentHelp("With a date: the meeting of this type, where the day has several.", valueName: "slug"))
    var type: MeetingType?

    enum Format: String, ExpressibleByArgument { case md, txt, docx }

    @Option(help: ArgumentHelp("md (Markdown), txt, or docx (Word; with --output).", valueName: "format"))
    var format: Format = .md

    func run() throws {
        let data = try read.open()
        let record = try data.meeting(meeting, type: type)
        var minutes = MinutesDocument(meeting: record, branch: data.branch, language: read.resolvedLanguage,
                                      format: format == .txt ? .text : .markdown, members: data.members)
        minutes.numberInYear = record.numberInYear(among: data.summaries, zone: data.branch.timeZone)
        minutes.development = data.development()
        if format == .docx {
            return try read.emit(binary: try minutes.word(), suggestedName: "minutes.docx")
        }
        try read.emit(minutes.render())
    }
}

struct SignInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signin",
        abstract: "The sign-in sheet (签到表) of one meeting: its expected members in roster order, guests, non-voting attendees and blank rows; in Word, two columns of rows tall enough to sign, 40 members to an A4 page.",
        discussion: Manual.note
    )

    enum Format: String, ExpressibleByArgument { case md, txt, docx }

    @OptionGroup var read: ReadOptions

    @Argument(help: ArgumentHelp("A meeting id (or the start of one), or a date YYYY-MM-DD.", valueName: "meeting"))
    var meeting: String

    @Option(name: .customLong("type"), help: ArgumentHelp("With a date: the meeting of this type, where the day has several.", valueName: "slug"))
    var type: MeetingType?

    @Option(help: ArgumentHelp("docx (Word, A4; with --output), md or txt.", valueName: "format"))
    var format: Format = .docx

    @Flag(name: .customLong("with-times"), help: "Word: a 签到时间 (time) column beside each signature.")
    var withTimes = false

    func run() throws {
        let data = try read.open()
        let record = try data.meeting(meeting, type: type)
        var sheet = SignInSheet(meeting: record, branch: data.branch, members: data.members, language: read.resolvedLanguage)
        sheet.signInTimes = withTimes
        switch format {
        case .docx: try read.emit(binary: try sheet.word(), suggestedName: "signin.docx")
        case .md: try read.emit(sheet.render(.markdown))
        case .txt: try read.emit(sheet.render(.text))
        }
    }
}

struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "One row per member per meeting: CSV (RFC 4180, UTF-8; --excel for Excel) or an Excel workbook.",
        discussion: Manual.note
    )

    enum Format: String, ExpressibleByArgument { case csv, xlsx }

    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("csv (plain UTF-8 with English names, for scripts; --excel or --lang zh for Excel) or xlsx (with --output).", valueName: "format"))
    var format: Format = .csv

    @Option(help: ArgumentHelp("First meeting day to include.", valueName: "YYYY-MM-DD"))
    var from: Day?

    @Option(help: ArgumentHelp("Last meeting day to include.", valueName: "YYYY-MM-DD"))
    var to: Day?

    func run() throws {
        let period = Period(from: from ?? Day(year: 1, month: 1, day: 1)!, to: to ?? Day(year: 9999, month: 12, day: 31)!)
        guard period.from <= period.to else { throw failure("--from \(period.from) is after --to \(period.to)", "--from \(period.from) 晚于 --to \(period.to)") }
        // Both ends given: the meetings are chosen by file name, and no other file is read.
        let data = try read.open(listing: from == nil || to == nil)
        let meetings = data.meetings(in: period)
        if format == .csv && !read.wantsExcelCSV {
            return try read.emit(AttendanceExport.csv(meetings, branch: data.branch, period: period))
        }
        let language = read.resolvedLanguage, l = Labels(read.resolvedLanguage)
        let span = from == nil && to == nil ? "" : " " + l.t("\(from.map { "\($0)" } ?? "")–\(to.map { "\($0)" } ?? "")", "\(from.map { "\($0)" } ?? "")至\(to.map { "\($0)" } ?? "")")
        let book = ReportWorkbooks.attendance(meetings, branch: data.branch, period: period, language: language)
            .printed("\(data.branch.name) " + l.t("attendance", "出席记录") + span, language: language)
        if format == .xlsx { return try read.emit(binary: try book.data(), suggestedName: "attendance.xlsx") }
        try read.emit(ExcelCSV.text(book.sheets[0]))
    }
}

struct JSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "The branch, its roster and every meeting as one JSON document (schema in Docs/EXPORTS.md).",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    func run() throws {
        let data = try read.open()
        do {
            // One meeting in memory at a time: a branch's whole history at any size.
            try read.emit { write in
                try DataExport.stream(branch: data.branch, members: data.members, meetings: data.summaries, development: data.development(),
                                      talks: data.talks(), elections: data.elections(),
                                      plans: data.store.loadAll(YearPlan.self).records, away: data.store.loadAll(AwayRecord.self).records,
                                      load: { try data.store.loadMeeting(id: $0) }, write: write)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error)
        }
    }
}
