import ArgumentParser
import Foundation
import PartyDayKit

/// `export workbook`: the year's 党支部工作手册 as one Word document.
struct WorkBookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "The year's work book (党支部工作手册) as one Word document: the branch, the roster and its changes, the duties held, every meeting's minutes in order, lectures, development, dues, evaluation, talks, transfers, mobile members and the year's figures, with contents and page numbers.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @OptionGroup var period: YearOptions

    enum Format: String, ExpressibleByArgument { case docx }

    @Option(help: ArgumentHelp("docx (Word, A4; with --output).", valueName: "format"))
    var format: Format = .docx


    func run() throws {
        let data = try read.open()
        let (today, year) = period.resolved(data)
        let book = try data.workBook(year, today: today, language: read.resolvedLanguage)
        try read.emit(binary: try book.data(), suggestedName: "workbook-\(year).docx")
    }
}

extension BranchData {
    /// The records of the year, as this command read them (damaged files named on standard error).
    func yearRecords(today: Day) -> YearRecords {
        var records = YearRecords(branch: branch, members: members, summaries: summaries, dues: try? duesLedger(today: today), development: development(), talks: talks())
        records.elections = elections()
        records.plans = store.loadAll(YearPlan.self).records
        records.away = store.loadAll(AwayRecord.self).records
        return records
    }

    /// The work book of `year`: the year's meetings read in full, one at a time.
    func workBook(_ year: Int, today: Day, language: Language) throws -> WorkBookDocument {
        let asOf = min(today, Day(year: year, month: 12, day: 31)!)
        return yearRecords(today: asOf).workBook(year, today: today, language: language, load: { try store.loadMeeting(id: $0) }) { error in
            say(Wording(error: error).then(Wording("(left out of the work book)", "（未编入工作手册）"), english: " ", chinese: ""), toErrors: true)
        }
    }
}

/// `export dossier`: a page per member to read before the organizational-life meeting.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A page per member to read before the organizational-life meeting (Word): the year's attendance and every meeting missed, dues in arrears, open pledges, this year's talks, the last grade.",
        discussion: Manual.note
    )

    @OptionGroup var read: ReadOptions

    @OptionGroup var period: YearOptions

    func run() throws {
        let data = try read.open()
        let (today, year) = period.resolved(data)
        let asOf = min(today, Day(year: year, month: 12, day: 31)!)
        let dossier = DossierDocument(branch: data.branch, members: data.members, summaries: data.summaries, dues: try? data.duesLedger(today: asOf),
                                      talks: data.talks(), year: year, asOf: asOf, language: read.resolvedLanguage)
        try read.emit(binary: try dossier.data(), suggestedName: "dossier-\(year).docx")
    }
}
