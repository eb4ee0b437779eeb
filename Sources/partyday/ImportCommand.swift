import ArgumentParser
import Foundation
import PartyDayKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data from other programs.",
        discussion: Manual.note,
        subcommands: [ImportMembersCommand.self, ImportCompareCommand.self, ImportDuesBasesCommand.self, ImportDevelopmentCommand.self]
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
        url = URL(fileURLWithPath: PastedPath.clean(file))
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
        abstract: "Add members from a roster file: an Excel workbook (.xlsx) or CSV (UTF-8 or GB18030/GBK).",
        discussion: """
            The roster as the organization department sends it: a title row and blank rows above the \
            header are passed over, and so are a footer (制表人, 审核人, 合计) and blank rows below. The \
            header names the columns, in English or Chinese: name (姓名, required), category (人员类别, 类别: \
            full/正式 or probationary/预备; 流动党员 marks a mobile member, here or in 备注), joined \
            (入党时间), converted (转正时间), party group (所在党小组, 党小组, by name), 职务 (Party posts — \
            书记, 副书记, 组织委员, 宣传委员, 纪检委员 … — set the role; any other post, 班长 or 工程师, is \
            kept as the member's post in the unit), portfolio (分工), gender (性别), phone (联系电话), notes \
            (备注), mobile location (流动党员所在地); 序号, 民族, 学历 and 出生年月 are known and not kept. \
            Dates may be 2015/6/30, 2001年7月1日, an Excel date cell, or a year and month (1998.07, \
            2006年12月, 2008.1), read as the first of the month (the listing says so). Without --yes \
            nothing is written: every row is listed with what was read. With --yes the members are added, \
            and the party groups the file names that the branch does not have are created first (said \
            so). A path pasted in quotes is fine.

            \(Manual.note)
            """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var lang: LanguageOption

    @Argument(help: "The roster file (.xlsx, or CSV in UTF-8 or GB18030).")
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
            var branchToUse = branch
            var result = try read(source, branch: branchToUse, existing: existing, today: today, since: since)
            // The groups the file names come with it: created on --yes (the preview reads
            // the file as if they were), and the file read again with them.
            let newGroups = result.unknownGroups
            if !newGroups.isEmpty {
                for name in newGroups { branchToUse.partyGroups.append(PartyGroup(id: ShortID.long(), name: name)) }
                result = try read(source, branch: branchToUse, existing: existing, today: today, since: since)
                if yes {
                    try store.save(branchToUse)
                    say(Wording("Created the party groups \(newGroups.joined(separator: ", ")) (their leaders: Settings, r, in partyday).",
                                "已新建党小组：\(newGroups.joined(separator: "、"))（组长可在 partyday 的设置中按 r 指定）。"))
                } else {
                    say(Wording("The party groups \(newGroups.joined(separator: ", ")) are not in the branch yet: --yes creates them.",
                                "支部尚无党小组：\(newGroups.joined(separator: "、"))；加上 --yes 时会新建。"))
                }
            }
            for title in result.titleRows { say(Wording("title: \(title)", "标题：\(title)")) }
            for row in result.rows {
                switch row.outcome {
                case let .member(name, notes):
                    say(Wording("line \(row.line): \(name)", "第 \(row.line) 行：\(name)")
                        .then(Wording(notes.map(\.english).joined(separator: "; "), notes.map(\.chinese).joined(separator: "；")),
                              english: notes.isEmpty ? "" : " — ", chinese: notes.isEmpty ? "" : "——"))
                case let .problem(why):
                    say(Wording("line \(row.line): NOT imported", "第 \(row.line) 行：不能导入").then(why), toErrors: true)
                case let .skipped(why):
                    say(Wording("line \(row.line): skipped (\(why.english))", "第 \(row.line) 行：跳过（\(why.chinese)）"))
                }
            }
            if !result.columnsNotKept.isEmpty {
                say(Wording("known, not kept: \(result.columnsNotKept.joined(separator: ", "))", "可识别但不保存的列：\(result.columnsNotKept.joined(separator: "、"))"))
            }
            for column in result.unknownColumns {
                say(ImportSource.columnLeftOut(url, column), toErrors: true)
            }
            // What is wrong with the file itself (rows were listed above).
            for problem in result.problems where !result.rows.contains(where: { $0.line == problem.line }) {
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

    private func read(_ source: ImportSource, branch: BranchProfile, existing: [Member], today: Day, since: Day) throws -> MemberImport {
        switch MemberImport.read(file: source.data, branch: branch, existing: existing, today: today, rosterSince: since) {
        case let .success(read): return read
        case let .failure(why): throw source.unreadable(why)
        }
    }
}
