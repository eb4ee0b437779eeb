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
        guard let data = try? Data(contentsOf: url) else { throw failure("cannot read \(url.path)", "无法读取 \(url.path)") }
        self.data = data
        store = try Store(folder: folder, access: writing ? .readWrite : .readOnly)
        guard let branch = try store.loadBranch() else {
            throw failure("no branch in \(store.folder.path) yet; create it first (run partyday)", "\(store.folder.path) 中还没有支部；请先建立（运行 partyday）")
        }
        self.branch = branch
    }

    /// A column the import does not read (its name cleaned of control bytes when printed).
    static func columnLeftOut(_ url: URL, _ column: String) -> Wording {
        Wording("\(url.path): column '\(column)' is not one partyday reads; it is left out", "\(url.path)：partyday 不读取“\(column)”列，已略过")
    }

    /// The message for a file that is neither a spreadsheet's text nor a workbook.
    func unreadable(_ why: MemberImport.FileFailure) -> ExitCode {
        switch why {
        case .notText: failure("\(url.path) is neither UTF-8 nor GB18030 text, nor an .xlsx workbook; save it from the spreadsheet as CSV or .xlsx",
                               "\(url.path) 既不是 UTF-8 或 GB18030 文本，也不是 .xlsx 工作簿；请在电子表格中另存为 CSV 或 .xlsx")
        case let .notAWorkbook(reason): failure(Wording(verbatim: url.path).then(Wording(reason, reason)))
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

    @OptionGroup var lang: LanguageOption

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
                say(ImportSource.columnLeftOut(url, column), toErrors: true)
            }
            for problem in result.problems {
                say(Wording(verbatim: url.path).then(Wording(problem.text(.english), problem.text(.chinese))), toErrors: true)
            }
            if let tooLarge = FileFormat.rosterSizeProblem(existing + result.members) {
                throw failure(Wording("cannot add \(result.members.count) member(s)", "无法添加 \(result.members.count) 名党员").then(tooLarge.wording))
            }
            let names = result.members.map(\.name)
            say(Wording("\(names.count) member(s) can be added: \(names.joined(separator: ", "))", "可以添加 \(names.count) 名党员：\(names.joined(separator: "、"))"))
            if result.withoutRosterDate > 0 {
                say(Wording("\(result.withoutRosterDate) without a roster date in the file are on the roster from \(since) (--on-roster-since changes it).",
                            "文件中 \(result.withoutRosterDate) 名没有列入名册日期的党员自 \(since) 起列入名册（可用 --on-roster-since 更改）。"))
            }
            guard yes else {
                say(result.members.isEmpty ? Wording("Nothing to add.", "没有可添加的党员。")
                    : Wording("Nothing was written; run again with --yes to add them.", "未写入任何内容；加上 --yes 再运行一次即可添加。"))
                return
            }
            guard !result.members.isEmpty else { return }
            try store.save(existing + result.members)
            say(Wording("Added \(result.members.count) member(s) to \(store.folder.path).", "已向 \(store.folder.path) 添加 \(result.members.count) 名党员。"))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error)
        }
    }
}
