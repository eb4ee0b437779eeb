import ArgumentParser
import Foundation
import PartyDayKit

struct ImportDuesBasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dues-bases",
        abstract: "Set members' dues bases from the payroll office's file (CSV or .xlsx).",
        discussion: """
            The first row names the columns, in English or Chinese: member (姓名, or the member id; required), \
            base (党费基数 / 税后工资 / 养老金, yuan), kind (类别: in service/在职, retired/离退休, fixed/定额, \
            reduced/减交, exempt/免交; default in service), from (起始月份, YYYY-MM; default this month), \
            cycle (交纳方式: monthly/按月 or quarterly/按季), amount (定额, for fixed and reduced), \
            decided on (支部决定日期, for reduced and exempt), reason (原因). A base applies from its month on; \
            a row for a month that already has a base replaces it. Without --yes nothing is written.

            \(Manual.note)
            """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var lang: LanguageOption

    @Argument(help: "The CSV or .xlsx file.")
    var file: String

    @Flag(help: "Write the bases that can be used.")
    var yes = false

    func run() throws {
        do {
            let source = try ImportSource(file: file, folder: options.folder, writing: yes)
            let (url, store, branch) = (source.url, source.store, source.branch)
            let members = try store.loadMembers()
            let today = Day(Date(), in: branch.timeZone)
            let result: DuesBaseImport
            switch DuesBaseImport.read(file: source.data, members: members, today: today) {
            case let .success(read): result = read
            case let .failure(why): throw source.unreadable(why)
            }
            for column in result.unknownColumns {
                say(ImportSource.columnLeftOut(url, column), toErrors: true)
            }
            for problem in result.problems {
                say(Wording(verbatim: url.path).then(Wording(problem.text(.english), problem.text(.chinese))), toErrors: true)
            }
            let (en, zh) = (Labels(.english), Labels(.chinese))
            for entry in result.entries {
                let basis = entry.basis
                say(Wording("\(entry.name): \(en.duesKindName(basis.kind)) from \(basis.from), \(basis.base.map { "base \($0), " } ?? "")\(DuesRate.monthly(basis).map { "\($0) a month" } ?? "")",
                            "\(entry.name)：自 \(basis.from) 起\(zh.duesKindName(basis.kind))，\(basis.base.map { "基数 \($0)，" } ?? "")\(DuesRate.monthly(basis).map { "每月 \($0) 元" } ?? "")"))
            }
            say(Wording("\(result.entries.count) base(s) can be set.", "可以录入 \(result.entries.count) 个党费基数。"))
            guard yes else {
                say(result.entries.isEmpty ? Wording("Nothing to set.", "没有可录入的基数。")
                    : Wording("Nothing was written; run again with --yes to set them.", "未写入任何内容；加上 --yes 再运行一次即可录入。"))
                return
            }
            guard !result.entries.isEmpty else { return }
            try store.save(result.merged(into: try store.loadDuesBases()))
            say(Wording("Set \(result.entries.count) base(s) in \(store.folder.appendingPathComponent("dues/bases.plist").path).",
                        "已在 \(store.folder.appendingPathComponent("dues/bases.plist").path) 中录入 \(result.entries.count) 个党费基数。"))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error)
        }
    }
}
