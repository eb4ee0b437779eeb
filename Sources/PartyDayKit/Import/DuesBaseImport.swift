import Foundation

/// `partyday import dues-bases FILE`: what the payroll office sends once a year — for each
/// member the monthly base (wage after tax, or pension), the kind and the month it applies
/// from. CSV (UTF-8 or GB18030) or the first sheet of an .xlsx workbook, like a roster.
public struct DuesBaseImport: Sendable {
    public typealias RowProblem = MemberImport.RowProblem

    /// A basis read from a row, for the member it names.
    public struct Entry: Equatable, Sendable {
        public var memberID: String
        public var name: String
        public var basis: DuesBasis
    }

    public var entries: [Entry] = []
    public var problems: [RowProblem] = []
    public var unknownColumns: [String] = []

    enum Column: CaseIterable {
        case member, base, kind, from, cycle, amount, decided, reason

        var headers: [String] {
            switch self {
            case .member: ["member", "name", "member id", "姓名", "党员"]
            case .base: ["base", "wage", "pension", "党费基数", "基数", "税后工资", "工资", "养老金"]
            case .kind: ["kind", "类别", "人员类别", "交纳类别"]
            case .from: ["from", "from month", "起始月份", "执行月份", "起始月"]
            case .cycle: ["cycle", "交纳方式", "交纳周期"]
            case .amount: ["amount", "monthly amount", "定额", "每月金额", "金额"]
            case .decided: ["decided on", "decision", "支部决定日期", "决定日期"]
            case .reason: ["reason", "原因", "备注"]
            }
        }
    }

    /// The kind as a payroll file may write it; in service when the column is empty.
    static func kind(_ text: String) -> DuesBasis.Kind? {
        switch text.lowercased() {
        case "", "in service", "in-service", "在职", "在岗": .inService
        case "retired", "离退休", "退休", "离休": .retired
        case "fixed", "定额", "学生", "农民", "下岗", "失业": .fixed
        case "reduced", "减交": .reduced
        case "exempt", "免交": .exempt
        default: nil
        }
    }

    /// Reads a file's bytes; nil-with-reason when it is neither text nor a workbook.
    public static func read(file data: Data, members: [Member], today: Day) -> Result<DuesBaseImport, MemberImport.FileFailure> {
        SpreadsheetRows.read(data).map { read(rows: $0, members: members, today: today) }
    }

    /// Rows matched to members by id or by name (as stored); `today` is the month used
    /// when a row names none.
    public static func read(rows parsed: (rows: [(line: Int, fields: [String])], error: String?), members: [Member], today: Day) -> DuesBaseImport {
        var result = DuesBaseImport()
        if let error = parsed.error { result.problems.append(RowProblem(line: 0, message: error, chinese: error)) }
        guard let header = parsed.rows.first else {
            result.problems.append(RowProblem(line: 1, message: "the file is empty", chinese: "文件是空的"))
            return result
        }
        let (columns, unknown) = SpreadsheetRows.columns(header.fields, titles: \Column.headers)
        result.unknownColumns = unknown
        guard columns[.member] != nil else {
            result.problems.append(RowProblem(line: header.line, message: "no 'member' (姓名) column in the first row", chinese: "第一行没有“姓名”列"))
            return result
        }
        let byID = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(grouping: members, by: { TextSanitizer.name($0.name) })
        var seen = Set<String>()
        for row in parsed.rows.dropFirst() {
            func value(_ column: Column) -> String {
                guard let index = columns[column], index < row.fields.count else { return "" }
                return TextSanitizer.singleLine(row.fields[index]).trimmingCharacters(in: .whitespaces)
            }
            func problem(_ english: String, _ chinese: String) {
                result.problems.append(RowProblem(line: row.line, message: english, chinese: chinese))
            }
            let who = value(.member)
            if who.isEmpty && row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let candidates = byID[who].map { [$0] } ?? byName[TextSanitizer.name(who)] ?? []
            guard candidates.count == 1, let member = candidates.first else {
                candidates.isEmpty ? problem("no member '\(who)' on the roster", "名册中没有“\(who)”")
                    : problem("\(candidates.count) members are named '\(who)'; use the member id", "名册中有\(candidates.count)人名为“\(who)”，请用党员编号")
                continue
            }
            guard let kind = kind(value(.kind)) else {
                problem("kind '\(value(.kind))' is not in service, retired, fixed, reduced or exempt", "类别“\(value(.kind))”应为在职、离退休、定额、减交或免交")
                continue
            }
            let fromText = value(.from)
            // A month as typed, a day in it, or a date cell of the payroll sheet (46327).
            guard let from = fromText.isEmpty ? YearMonth(today) : (YearMonth(fromText) ?? RosterDate.read(fromText, today: today).map { YearMonth($0.day) }) else {
                problem("'\(fromText)' is not a month (YYYY-MM)", "“\(fromText)”不是月份（YYYY-MM）")
                continue
            }
            let cycleText = value(.cycle).lowercased()
            let cycle: DuesBasis.Cycle = ["quarterly", "按季", "季度", "按季度"].contains(cycleText) ? .quarterly : .monthly
            var basis = DuesBasis(from: from, kind: kind, cycle: cycle, decidedOn: DateInput.day(value(.decided), today: today),
                                  reason: value(.reason))
            for (column, keyPath) in [(Column.base, \DuesBasis.base), (.amount, \DuesBasis.amount)] where !value(column).isEmpty {
                guard let money = Money(yuan: value(column)) else {
                    problem("'\(value(column))' is not an amount in yuan (at most two decimals)", "“\(value(column))”不是金额（元，最多两位小数）")
                    basis.kind = .exempt
                    basis.decidedOn = nil
                    break
                }
                basis[keyPath: keyPath] = money
            }
            // A fixed amount may be given in the base column too.
            if (kind == .fixed || kind == .reduced), basis.amount == nil { basis.amount = basis.base; basis.base = nil }
            if let why = basis.problem {
                if result.problems.last?.line != row.line { problem(why.english, why.chinese) }
                continue
            }
            if seen.contains("\(member.id) \(from)") {
                problem("\(member.name) has a second row for \(from)", "\(member.name)在\(from)有重复的行")
                continue
            }
            seen.insert("\(member.id) \(from)")
            result.entries.append(Entry(memberID: member.id, name: member.name, basis: basis))
        }
        return result
    }

    /// `existing` with the imported bases added (a basis for the same month replaced).
    public func merged(into existing: [MemberDuesBasis]) -> [MemberDuesBasis] {
        var byMember = Dictionary(existing.map { ($0.memberID, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            var bases = byMember[entry.memberID] ?? MemberDuesBasis(memberID: entry.memberID, history: [])
            bases.set(entry.basis)
            byMember[entry.memberID] = bases
        }
        return byMember.values.sorted { $0.memberID < $1.memberID }
    }
}
