import ArgumentParser
import Foundation
import PartyDayKit

/// `report development`: each person's stage, next step and deadline, and what an
/// inspector would find, as of a day.
struct DevelopmentReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "development",
        abstract: "Developing members: each person's stage, next step and deadline, and every time rule broken, as of a day.",
        discussion: Manual.after("The rules are in Docs/RULES.md, \"Developing members\".")
    )

    @OptionGroup var read: ReadOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge as of this day (default: today); nothing dated after it counts.", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    @Option(help: ArgumentHelp("table, csv, json or xlsx (the branch's development register; with --output).", valueName: "format"))
    var format: ReportFileFormat = .table

    func run() throws {
        let data = try read.open(listing: false)
        let today = data.today(asOf)
        let output = DevelopmentOutput(people: data.development(), rules: DevelopmentRules(limits: data.branch.development, members: data.members),
                                       asOf: today, language: read.resolvedLanguage)
        let l = Labels(read.resolvedLanguage)
        if format == .xlsx {
            let book = output.register().printed("\(data.branch.name) " + l.t("Developing members", "发展党员工作台账") + " " + Workbook.asOf(today, read.resolvedLanguage),
                                                 language: read.resolvedLanguage)
            return try read.emit(binary: try book.data(), suggestedName: "development.xlsx")
        }
        if format == .csv, read.wantsExcelCSV { return try read.emit(ExcelCSV.text(output.register().sheets[0])) }
        try read.emit(output.render(format.text ?? .table))
    }
}

/// `export development PERSON`: one person's 发展党员纪实, or a step's public notice.
struct DevelopmentExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "development",
        abstract: "One person's record of development (发展党员纪实): every step, dated, with who and which meeting, the reports, assessments and notices.",
        discussion: Manual.note
    )

    enum Format: String, ExpressibleByArgument { case docx, md }

    @OptionGroup var read: ReadOptions

    @Argument(help: ArgumentHelp("The person's name (or file id).", valueName: "person"))
    var person: String

    @Option(help: ArgumentHelp("docx (Word, A4; with --output) or md.", valueName: "format"))
    var format: Format = .docx

    @Option(help: ArgumentHelp("Instead: the public notice (公示) of this step (3, 7, 12 or 22).", valueName: "step"))
    var notice: Int?

    @Flag(help: "Instead: the 培养教育考察登记表 (the assessments, with room for the next ones, and the reports received).")
    var assessments = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The findings as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    func run() throws {
        let data = try read.open()
        let people = data.development()
        let matches = people.filter { $0.id == person || $0.name == person }
        guard let found = matches.first else {
            throw failure("nobody named '\(person)' is in development (partyday report development lists them)", "发展党员记录中没有“\(person)”（partyday report development 可列出）")
        }
        guard matches.count == 1 else {
            throw failure("\(matches.count) people are named '\(person)': give the file id (\(matches.map(\.id).joined(separator: ", ")))",
                          "有 \(matches.count) 人名为“\(person)”：请给出文件编号（\(matches.map(\.id).joined(separator: "、"))）")
        }
        let zone = data.branch.timeZone
        var names: [String: String] = [:]
        let labels = Labels(read.resolvedLanguage)
        for summary in data.summaries where found.steps.contains(where: { $0.meetingID == summary.id }) {
            names[summary.id] = "\(Day(summary.start, in: zone)) " + (summary.types.first.map(labels.typeName) ?? "") + " " + summary.theme
        }
        let document = DevelopmentRecordDocument(person: found, branch: data.branch, meetingNames: names,
                                                 rules: DevelopmentRules(limits: data.branch.development, members: data.members),
                                                 asOf: data.today(asOf), language: read.resolvedLanguage)
        if let notice {
            guard let step = DevelopmentStep(rawValue: notice) else { throw failure("--notice is a step number, 1 to 25", "--notice 是步骤编号，1 至 25") }
            return try read.emit(document.notice(step) + "\n")
        }
        if assessments {
            let form = document.assessmentForm()
            switch format {
            case .docx: return try read.emit(binary: try form.data(), suggestedName: "\(found.name)-培养教育考察登记表.docx")
            case .md: return try read.emit(([form.title] + form.blocks.map { block -> String in
                switch block {
                case let .paragraph(paragraph): paragraph.text
                case let .table(table): table.rows.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
                }
            }).joined(separator: "\n\n") + "\n")
            }
        }
        switch format {
        case .docx: try read.emit(binary: try document.word(), suggestedName: "\(found.name)-发展党员纪实.docx")
        case .md: try read.emit(document.markdown())
        }
    }
}

/// `import development FILE`: people and their step dates from an office's sheet, with
/// every finding shown before anything is written.
struct ImportDevelopmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "development",
        abstract: "People in development and their step dates from a sheet (.xlsx, or CSV in UTF-8 or GB18030), with every rule they break.",
        discussion: """
            The sheet an organization office keeps: a title row, then one row per person, one column \
            per step, headed as such sheets are — 姓名, 性别, 出生日期, 工作单位, 职务, 递交入党申请书时间, \
            谈话时间, 确定入党积极分子时间, 培养联系人, 确定发展对象时间, 入党介绍人, 政审时间, 集中培训时间, \
            培训学时, 支委会审查时间, 预审时间, 填写志愿书时间, 接收预备党员时间, 上级党委审批时间, \
            入党宣誓时间, 转正申请时间, 转正时间, 归档时间 and the like. Dates as the roster import reads \
            them (2015/6/30, 2006年12月, 1998.07, Excel dates). Without --yes nothing is written: each \
            row is listed with what was read and every finding as of --as-of. Names already in \
            development are left alone. A path pasted in quotes is fine.

            \(Manual.note)
            """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var lang: LanguageOption

    @Argument(help: "The sheet (.xlsx, or CSV in UTF-8 or GB18030).")
    var file: String

    @Flag(help: "Write the people that can be added.")
    var yes = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Show the findings as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    func run() throws {
        do {
            let source = try ImportSource(file: file, folder: options.folder, writing: yes)
            let (store, branch) = (source.store, source.branch)
            let members = try store.loadMembers()
            let loaded = store.loadAllDevelopment()
            for problem in loaded.problems {
                say(FileProblem(path: store.folder.appendingPathComponent(problem.path).path, problem.reason).wording, toErrors: true)
            }
            let today = asOf ?? Day(Date(), in: branch.timeZone)
            let result: DevelopmentImport
            switch DevelopmentImport.read(file: source.data, existing: loaded.people, members: members, today: today) {
            case let .success(read): result = read
            case let .failure(why): throw source.unreadable(why)
            }
            let rules = DevelopmentRules(limits: branch.development, members: members)
            // A sheet has no 思想汇报, assessments or notices: what it cannot hold is not judged (said so).
            let notInSheet: Set<DevelopmentFinding.Kind> = [.reportMissing, .assessmentMissing, .noticeMissing, .noticeShort]
            for title in result.titleRows { say(Wording("title: \(title)", "标题：\(title)")) }
            var findingsCount = 0
            for row in result.rows {
                if let skipped = row.skipped {
                    say(Wording("line \(row.line): skipped (\(skipped.english))", "第 \(row.line) 行：跳过（\(skipped.chinese)）"))
                } else if let problem = row.problem {
                    say(Wording("line \(row.line): NOT imported", "第 \(row.line) 行：不能导入").then(problem), toErrors: true)
                } else if let person = row.person {
                    let status = DevelopmentStatus(person, asOf: today, rules: rules)
                    let next = status.next.map { Wording(", next \($0.number). \($0.name.english)", "，下一步 \($0.number). \($0.name.chinese)") } ?? Wording("", "")
                    say(Wording("line \(row.line): \(person.name) — \(status.stage.name.english), \(person.steps.count) step(s)", "第 \(row.line) 行：\(person.name)——\(status.stage.name.chinese)，\(person.steps.count) 个步骤")
                        .then(next, english: "", chinese: ""))
                    for note in row.notes { say(Wording("    \(note.english)", "    \(note.chinese)")) }
                    for finding in status.findings where !notInSheet.contains(finding.kind) {
                        findingsCount += 1
                        say(Wording("    ! \(finding.text.english) [\(finding.rule.english)]", "    ！\(finding.text.chinese)〔\(finding.rule.chinese)〕"))
                    }
                }
            }
            for column in result.unknownColumns { say(ImportSource.columnLeftOut(source.url, column), toErrors: true) }
            for problem in result.problems { say(Wording(verbatim: source.url.path).then(problem), toErrors: true) }
            let people = result.people
            say(Wording("\(people.count) person(s) can be added; \(findingsCount) finding(s) as of \(today).",
                        "可以添加 \(people.count) 人；截至 \(today) 共发现 \(findingsCount) 个问题。"))
            say(Wording("Written reports, assessments and public notices are not in such a sheet and are not judged here; record them on the Development screen.",
                        "台账中没有思想汇报、考察和公示记录，此处不作检查；请在“发展党员”界面中录入。"))
            guard yes else {
                say(people.isEmpty ? Wording("Nothing to add.", "没有可添加的人员。") : Wording("Nothing was written; run again with --yes to add them.", "未写入任何内容；加上 --yes 再运行一次即可添加。"))
                return
            }
            for var person in people {
                person.id = ShortID.long()
                try store.save(person)
            }
            try store.flush()
            say(Wording("Added \(people.count) person(s) to \(store.folder.path)/development.", "已向 \(store.folder.path)/development 添加 \(people.count) 人。"))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error)
        }
    }
}

extension BranchData {
    /// The people in development; damaged files named on standard error and left out.
    func development() -> [DevelopmentPerson] {
        let loaded = store.loadAllDevelopment()
        BranchData.name(loaded.problems, in: store.folder)
        return loaded.people
    }

    /// The committee's elections, by day; damaged files named on standard error and left out.
    func elections() -> [Election] {
        let loaded = store.loadAll(Election.self)
        BranchData.name(loaded.problems, in: store.folder)
        return Election.byDay(loaded.records)
    }

    /// The talks, by day; damaged files named on standard error and left out.
    func talks() -> [Talk] {
        let loaded = store.loadAll(Talk.self)
        BranchData.name(loaded.problems, in: store.folder)
        return Talk.byDay(loaded.records)
    }
}
