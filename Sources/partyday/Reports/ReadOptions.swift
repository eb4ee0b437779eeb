import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI

/// What every report and export takes: where to read, which language, where to write.
struct ReadOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @Flag(help: "Read the demo branch (the one `partyday --demo` opens) instead of the data folder.")
    var demo = false

    @OptionGroup var lang: LanguageOption

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        if demo && data.dataDir != nil { throw ValidationError("--demo uses its own folder; leave out --data-dir") }
    }

    @Flag(help: ArgumentHelp("CSV for Excel: a byte-order mark, headers and values in the interface language, formulas made inert (also with --lang zh)."))
    var excel = false

    /// `--excel`, or `--lang zh` given for a CSV: the Excel variant (see ExcelCSV).
    var wantsExcelCSV: Bool { excel || lang.chosen == .chinese }

    var resolvedLanguage: Language { lang.language }

    /// Opens the folder read-only (a report never waits for, or disturbs, a running partyday).
    /// Damaged files are named on standard error and left out; everything else is used.
    /// `listing: false` leaves the meetings unlisted (`summaries` empty), for a command
    /// that chooses its meetings by date (`BranchData.meetings(in:)`) and reads no other.
    func open(listing: Bool = true) throws -> BranchData {
        let folder = demo ? try DemoFolder.prepare() : data.folder
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw failure("no data folder at \(folder.path); run `partyday` to set one up, or `partyday demo --data-dir DIR` for sample data",
                          "\(folder.path) 处没有数据文件夹；运行 partyday 建立，或用 partyday demo --data-dir 文件夹 写入演示数据")
        }
        do {
            let store = try Store(folder: folder, access: .readOnly)
            if listing { store.prefetchListing() }
            guard let branch = try store.loadBranch() else {
                throw failure("\(folder.path) has no branch yet; run `partyday --data-dir \(folder.path)` to set it up",
                              "\(folder.path) 中还没有支部；运行 partyday --data-dir \(folder.path) 建立")
            }
            let members = try store.loadMembers()
            let (summaries, problems) = listing ? store.listMeetings() : ([], [])
            BranchData.name(problems, in: folder)
            return BranchData(store: store, branch: branch, members: members, summaries: summaries, listed: listing)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error)
        }
    }

    func emit(binary data: Data, suggestedName: String) throws { try destination.emit(binary: data, suggestedName: suggestedName) }
    func emit(streaming produce: ((String) throws -> Void) throws -> Void) throws { try destination.emit(streaming: produce) }
    func emit(_ text: String) throws { try destination.emit(text) }
}

/// The branch as read for a report.
struct BranchData {
    var store: Store
    var branch: BranchProfile
    var members: [Member]
    var summaries: [MeetingSummary]
    /// Whether `summaries` holds every meeting (see `ReadOptions.open(listing:)`).
    var listed = true

    /// Damaged files named on standard error; they are left out and never touched.
    static func name(_ problems: [FileProblem], in folder: URL) {
        for problem in problems {
            say(FileProblem(path: folder.appendingPathComponent(problem.path).path, problem.reason).wording
                    .then(Wording("(left out, file untouched)", "（未计入，文件未改动）"), english: " ", chinese: ""), toErrors: true)
        }
    }

    func today(_ asOf: Day?) -> Day {
        asOf ?? Day(Date(), in: branch.timeZone)
    }

    /// The meeting named on the command line (an id, its start, or a date and a type).
    func meeting(_ text: String, type: MeetingType?) throws -> Meeting {
        let summary: MeetingSummary
        switch MeetingLookup.find(text, type: type, in: summaries, timeZone: branch.timeZone) {
        case let .success(found): summary = found
        case let .failure(problem): throw failure(problem)
        }
        do {
            return try store.loadMeeting(id: summary.id)
        } catch {
            throw failure(error)
        }
    }

    /// The meetings held on a day of `period`, in full; no other file is read.
    func meetings(in period: Period) -> [Meeting] {
        let zone = branch.timeZone
        guard listed else {
            // Chosen by file name: damaged files among those looked at are named here.
            let (meetings, problems) = store.loadMeetings(onDaysIn: period)
            BranchData.name(problems, in: store.folder)
            return meetings
        }
        return store.loadMeetings { period.contains($0.day(in: zone)) }.meetings
    }

    /// Every meeting in full; damaged ones were already named when listing.
    func meetings() -> [Meeting] {
        store.loadAllMeetings().meetings
    }
}

extension Day: ExpressibleByArgument {
    /// Any form `DateInput` reads (`2026-11-10`, `11/10`, `today` …), relative to this
    /// computer's today.
    public init?(argument: String) {
        guard let day = DateInput.day(argument, today: Day(Date(), in: .current)) else { return nil }
        self = day
    }
}

extension MeetingType: ExpressibleByArgument {}
/// The formats of the reports on the command line: the text ones, and Excel.
enum ReportFileFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, xlsx

    var text: ReportFormat? { ReportFormat(rawValue: rawValue) }
}
extension MinutesDocument.Format: ExpressibleByArgument {}
