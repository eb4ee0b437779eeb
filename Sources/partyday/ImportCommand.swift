import ArgumentParser
import Foundation
import PartyDayKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data from other programs.",
        subcommands: [ImportMembersCommand.self, ImportDuesBasesCommand.self]
    )
}

/// What an import starts with: the file's bytes, the store (read-only for a preview) and
/// the branch, with a message a secretary can act on when any is missing.
struct ImportSource {
    let url: URL
    let data: Data
    let store: Store
    let branch: BranchProfile

    init(file: String, folder: URL, writing: Bool) throws {
        url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
        guard let data = try? Data(contentsOf: url) else { throw failure("cannot read \(url.path)") }
        self.data = data
        store = try Store(folder: folder, access: writing ? .readWrite : .readOnly)
        guard let branch = try store.loadBranch() else {
            throw failure("no branch in \(store.folder.path) yet; create it first (run partyday)")
        }
        self.branch = branch
    }

    /// The message for a file that is neither a spreadsheet's text nor a workbook.
    func unreadable(_ why: MemberImport.FileFailure) -> ExitCode {
        switch why {
        case .notText: failure("\(url.path) is neither UTF-8 nor GB18030 text, nor an .xlsx workbook; save it from the spreadsheet as CSV or .xlsx")
        case let .notAWorkbook(reason): failure("\(url.path): \(reason)")
        }
    }
}

struct ImportMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "Add members from a CSV file exported from a spreadsheet (UTF-8).",
        discussion: """
            The first row names the columns, in English or Chinese: name (姓名, required), category (类别: \
            full/正式 or probationary/预备), joined (入党日期, YYYY-MM-DD), probation start (预备期开始), \
            planned conversion (预计转正日期), role (职务: secretary/书记, deputy secretary/副书记, \
            committee member/委员, member/党员), portfolio (分工), party group (党小组, by name), \
            mobile location (流动党员所在地). Without --yes nothing is written: the rows that would be \
            added and every row that cannot be used are listed.
            """
    )

    @OptionGroup var options: DataOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Flag(help: "Write the members that can be added.")
    var yes = false

    @Option(name: .customLong("on-roster-since"),
            help: "The day members without a roster date in the file are on the roster from (default: 1 January of this year, or the earliest meeting if earlier).")
    var onRosterSince: Day?

    func run() throws {
        do {
            let source = try ImportSource(file: file, folder: options.folder, writing: yes)
            let (url, store, branch) = (source.url, source.store, source.branch)
            let existing = try store.loadMembers()
            let today = Day(Date(), in: branch.timeZone)
            let earliest = store.listMeetings().summaries.map { Day($0.start, in: branch.timeZone) }.min()
            let since = onRosterSince ?? MemberImport.defaultRosterSince(today: today, earliestMeeting: earliest)
            let result: MemberImport
            switch MemberImport.read(file: source.data, branch: branch, existing: existing, today: today, rosterSince: since) {
            case let .success(read): result = read
            case let .failure(why): throw source.unreadable(why)
            }
            for column in result.unknownColumns {
                FileHandle.standardError.write(Data("\(url.path): column '\(column)' is not one partyday reads; it is left out\n".utf8))
            }
            for problem in result.problems {
                FileHandle.standardError.write(Data("\(url.path): \(problem)\n".utf8))
            }
            if let tooLarge = FileFormat.rosterSizeProblem(existing + result.members) {
                throw failure("cannot add \(result.members.count) member(s): \(tooLarge)")
            }
            print("\(result.members.count) member(s) can be added: \(result.members.map(\.name).joined(separator: ", "))")
            if result.withoutRosterDate > 0 {
                print("\(result.withoutRosterDate) without a roster date in the file are on the roster from \(since) (--on-roster-since changes it).")
            }
            guard yes else {
                print(result.members.isEmpty ? "Nothing to add." : "Nothing was written; run again with --yes to add them.")
                return
            }
            guard !result.members.isEmpty else { return }
            try store.save(existing + result.members)
            print("Added \(result.members.count) member(s) to \(store.folder.path).")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(describe(error))
        }
    }
}
