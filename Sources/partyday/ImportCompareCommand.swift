import ArgumentParser
import Foundation
import PartyDayKit

/// `partyday import compare FILE`: partyday's roster beside a roster sheet (the national
/// system's export), every difference listed, nothing written.
struct ImportCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare partyday's roster with a roster sheet (the national system's export); changes nothing.",
        discussion: """
            Reads the sheet as `import members` does (.xlsx or CSV in UTF-8 or GB18030; a title row and a \
            footer are passed over; dates as 1998.07, 2006年12月, 2015/6/30 or Excel dates) and lists every \
            difference with the roster on today's date: people in the sheet and not on the roster, people \
            on the roster and not in the sheet, people partyday has transferred out or deceased who are \
            still in the sheet, and for people in both, the category (正式/预备), the joined and conversion \
            dates (a date the sheet gives to the month agrees with any day of it) and the party group. \
            Columns the sheet does not have are not compared. Nothing is written, to partyday or the sheet.

            \(Manual.note)
            """
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var lang: LanguageOption

    @Argument(help: "The roster sheet (.xlsx, or CSV in UTF-8 or GB18030).")
    var file: String

    @Option(help: "table (default) or json.")
    var format: CompareFormat = .table

    enum CompareFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        do {
            let source = try ImportSource(file: file, folder: options.folder, writing: false)
            let members = try source.store.loadMembers()
            let today = Day(Date(), in: source.branch.timeZone)
            let sheet = try read(source, today: today)
            let comparison = RosterComparison.compare(sheet: sheet, members: members, groups: source.branch.partyGroups, today: today)
            switch format {
            case .json: print(try json(comparison, today: today))
            case .table: table(comparison, url: source.url, today: today)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error)
        }
    }

    /// The sheet read with the branch's groups and every group it names, so that a group
    /// partyday lacks is a difference, not an unreadable row.
    private func read(_ source: ImportSource, today: Day) throws -> MemberImport {
        var branch = source.branch
        for attempt in 0..<2 {
            switch MemberImport.read(file: source.data, branch: branch, existing: [], today: today, rosterSince: Day(year: 1900, month: 1, day: 1)) {
            case let .success(read):
                guard attempt == 0, !read.unknownGroups.isEmpty else { return read }
                branch.partyGroups += read.unknownGroups.map { PartyGroup(id: "sheet-\($0)", name: $0) }
            case let .failure(why): throw source.unreadable(why)
            }
        }
        preconditionFailure("the second reading knows every group")
    }

    private func table(_ comparison: RosterComparison, url: URL, today: Day) {
        say(Wording("\(url.path): \(comparison.sheetCount) people in the sheet; partyday's roster on \(today): \(comparison.partydayCount).",
                    "\(url.path)：表中 \(comparison.sheetCount) 人；partyday 名册（\(today)）：\(comparison.partydayCount) 人。"))
        for difference in comparison.differences { say(difference.wording) }
        for row in comparison.unreadRows {
            say(Wording("line \(row.line): not compared (\(row.text(.english)))", "第 \(row.line) 行：未比对（\(row.text(.chinese))）"), toErrors: true)
        }
        let count = comparison.differences.count
        say(count == 0 ? Wording("No differences.", "没有差异。")
            : Wording("\(count) difference(s); nothing was changed.", "共 \(count) 处差异；未作任何更改。"))
    }

    private func json(_ comparison: RosterComparison, today: Day) throws -> String {
        let rows: [[String: Any]] = comparison.differences.map { difference in
            var row: [String: Any] = ["kind": difference.kind.rawValue, "name": difference.name, "sheet": difference.sheet, "partyday": difference.partyday,
                                      "text": difference.wording.text(CommandLanguage.current)]
            if let line = difference.line { row["line"] = line }
            return row
        }
        let object: [String: Any] = ["today": "\(today)", "sheetCount": comparison.sheetCount, "partydayCount": comparison.partydayCount,
                                     "differences": rows, "unreadLines": comparison.unreadRows.map(\.line)]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
