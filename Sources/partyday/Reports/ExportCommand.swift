import ArgumentParser
import Foundation
import PartyDayKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The formal record of a meeting, attendance as CSV, or everything as JSON.",
        discussion: "Formats are described in Docs/EXPORTS.md.",
        subcommands: [MinutesCommand.self, AttendanceCommand.self, JSONCommand.self]
    )
}

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "The complete record (会议记录) of one meeting, with signature lines for recorder and host."
    )

    @OptionGroup var read: ReadOptions

    @Argument(help: ArgumentHelp("A meeting id (or the start of one), or a date YYYY-MM-DD.", valueName: "meeting"))
    var meeting: String

    @Option(name: .customLong("type"), help: ArgumentHelp("With a date: the meeting of this type, where the day has several.", valueName: "slug"))
    var type: MeetingType?

    @Option(help: ArgumentHelp("md (Markdown) or txt.", valueName: "format"))
    var format: MinutesDocument.Format = .markdown

    func run() throws {
        let data = try read.open()
        let summary: MeetingSummary
        switch MeetingLookup.find(meeting, type: type, in: data.summaries, timeZone: data.branch.timeZone) {
        case let .success(found): summary = found
        case let .failure(problem): throw failure(problem.description)
        }
        let record: Meeting
        do {
            record = try data.store.loadMeeting(id: summary.id)
        } catch {
            throw failure(describe(error))
        }
        try read.emit(MinutesDocument(meeting: record, branch: data.branch, language: read.resolvedLanguage, format: format, members: data.members).render())
    }
}

struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "One CSV row per member per meeting (RFC 4180, UTF-8)."
    )

    enum Format: String, ExpressibleByArgument { case csv }

    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("csv (the only format).", valueName: "format"))
    var format: Format = .csv

    @Option(help: ArgumentHelp("First meeting day to include.", valueName: "YYYY-MM-DD"))
    var from: Day?

    @Option(help: ArgumentHelp("Last meeting day to include.", valueName: "YYYY-MM-DD"))
    var to: Day?

    func run() throws {
        let data = try read.open()
        let period = Period(from: from ?? Day(year: 1, month: 1, day: 1)!, to: to ?? Day(year: 9999, month: 12, day: 31)!)
        guard period.from <= period.to else { throw failure("--from \(period.from) is after --to \(period.to)") }
        try read.emit(AttendanceExport.csv(data.meetings(), branch: data.branch, period: period))
    }
}

struct JSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "The branch, its roster and every meeting as one JSON document (schema in Docs/EXPORTS.md)."
    )

    @OptionGroup var read: ReadOptions

    func run() throws {
        let data = try read.open()
        do {
            try read.emit(try DataExport(branch: data.branch, members: data.members, meetings: data.meetings()).json())
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(describe(error))
        }
    }
}
