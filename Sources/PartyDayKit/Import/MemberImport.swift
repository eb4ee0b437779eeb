import Foundation

/// A roster read from a spreadsheet's CSV export: the members it would add, and every
/// row that cannot be used, with why. Nothing is written until the user confirms.
public struct MemberImport: Equatable, Sendable {
    public struct RowProblem: Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        /// What is wrong, in English and in Chinese.
        public var message: String
        public var chineseMessage: String

        public init(line: Int, message: String, chinese: String) {
            self.line = line
            self.message = message
            chineseMessage = chinese
        }

        public var description: String { "line \(line): \(message)" }

        /// The problem in the interface language.
        public func text(_ language: Language) -> String {
            language == .chinese ? "第 \(line) 行：\(chineseMessage)" : description
        }
    }

    public var members: [Member]
    public var problems: [RowProblem]
    /// The day members without a roster date in the file are on the roster from.
    public var rosterSince: Day
    /// How many of them there are.
    public var withoutRosterDate = 0
    /// Header cells that name no column partyday knows: shown, never silently dropped.
    public var unknownColumns: [String] = []
    /// Party groups the file names that the branch does not have (its rows wait for them).
    public var unknownGroups: [String] = []
    /// The party groups the file names that the branch does not have, as they will be
    /// created with the import (the rows were read as if they existed).
    public var groupsToCreate: [PartyGroup] = []
    /// Columns partyday knows but does not keep (民族, 学历, 出生年月, 序号).
    public var columnsNotKept: [String] = []
    /// Rows above the header: the sheet's title ("…党员花名册（截至2026年11月）").
    public var titleRows: [String] = []
    /// What was read of every row, in the file's order: shown in the preview.
    public var rows: [RowReading] = []
    /// What each member's row said, by member id, as `import compare` needs it: the dates
    /// as written (a month only, or a day) and the group's name.
    public var fileDates: [String: FileDates] = [:]

    public struct FileDates: Equatable, Sendable {
        public var joined: RosterDate?
        public var converted: RosterDate?
        public var groupName: String
        public var line: Int
    }

    /// One row of the file as the preview lists it.
    public struct RowReading: Equatable, Sendable {
        public enum Outcome: Equatable, Sendable {
            /// A member to add; `notes` say what was read beyond the plain values.
            case member(name: String, notes: [Wording])
            case problem(Wording)
            /// A blank row, or a footer (制表人, 审核人, 合计, 注).
            case skipped(Wording)
        }
        public var line: Int
        public var outcome: Outcome
    }

    /// Where a roster brought in today starts when the file does not say: 1 January of
    /// this year, or the day of the earliest meeting on record if that is earlier — so a
    /// meeting already held expects the members it had, never nobody.
    public static func defaultRosterSince(today: Day, earliestMeeting: Day?) -> Day {
        let newYear = Day(year: today.year, month: 1, day: 1)!
        return min(newYear, earliestMeeting ?? newYear)
    }

    /// Column headers understood, in English or Chinese; `name` is required.
    enum Column: CaseIterable {
        case name, gender, category, joined, converted, probationStart, plannedConversion, onRosterSince, role, portfolio, group, mobileLocation
        case phone, notes
        /// Known, not kept: the roster files carry them, partyday has no use for them yet.
        case number, ethnicity, education, birth

        var headers: [String] {
            switch self {
            case .name: ["name", "姓名"]
            case .gender: ["gender", "sex", "性别"]
            case .phone: ["phone", "mobile", "telephone", "联系电话", "电话", "手机", "手机号"]
            case .notes: ["notes", "note", "remarks", "备注"]
            case .category: ["category", "类别", "党员类别", "人员类别"]
            case .joined: ["joined", "入党日期", "入党时间", "加入党组织日期", "入党年月"]
            case .converted: ["converted", "转正时间", "转正日期", "转为正式党员日期", "转正年月"]
            case .probationStart: ["probation start", "预备期开始"]
            case .plannedConversion: ["planned conversion", "probation end", "预计转正日期", "预计转正时间", "预备期结束"]
            case .onRosterSince: ["on roster since", "roster date", "转入本支部时间", "转入本支部日期", "转入时间", "转入日期"]
            case .role: ["role", "职务", "党内职务", "职务（职称）", "现任职务"]
            case .portfolio: ["portfolio", "分工"]
            case .group: ["party group", "group", "党小组", "所在党小组", "党小组名称"]
            case .mobileLocation: ["mobile location", "流动党员所在地", "流动地点"]
            case .number: ["no.", "number", "序号", "编号"]
            case .ethnicity: ["ethnicity", "民族"]
            case .education: ["education", "学历", "文化程度"]
            case .birth: ["birth", "born", "出生年月", "出生日期"]
            }
        }

        var isKept: Bool { ![.number, .ethnicity, .education, .birth].contains(self) }
    }

    /// Reads `text`. A member is on the roster from the file's roster date, else from
    /// `rosterSince` (by default `defaultRosterSince`); `today` completes short dates.
    /// Party groups are matched by name.
    public static func read(_ text: String, branch: BranchProfile, existing: [Member], today: Day, rosterSince: Day? = nil) -> MemberImport {
        read(rows: CSVParser.parse(text), branch: branch, existing: existing, today: today, rosterSince: rosterSince)
    }

    /// A roster file's bytes: an .xlsx workbook (its first sheet) or CSV text (UTF-8 or
    /// GB18030). Nil with a reason when it is neither.
    public static func read(file data: Data, branch: BranchProfile, existing: [Member], today: Day,
                            rosterSince: Day? = nil) -> Result<MemberImport, FileFailure> {
        SpreadsheetRows.read(data).map { read(rows: $0, branch: branch, existing: existing, today: today, rosterSince: rosterSince) }
    }

    /// Why a roster file could not be read.
    public enum FileFailure: Error, Equatable, Sendable {
        case notText
        case notAWorkbook(String)
    }

    /// The same for rows read from anywhere (a CSV file, the first sheet of a workbook).
    public static func read(rows parsed: (rows: [(line: Int, fields: [String])], error: String?), branch: BranchProfile,
                            existing: [Member], today: Day, rosterSince: Day? = nil) -> MemberImport {
        let since = rosterSince ?? defaultRosterSince(today: today, earliestMeeting: nil)
        var result = MemberImport(members: [], problems: [], rosterSince: since)
        if let error = parsed.error {
            result.problems.append(RowProblem(line: 0, message: error, chinese: error.replacingOccurrences(of: "a quoted field is not closed", with: "引号内的字段没有结束")))
        }
        guard !parsed.rows.isEmpty else {
            result.problems.append(RowProblem(line: 1, message: "the file is empty", chinese: "文件是空的"))
            return result
        }
        // The header is the first row that names a name column: above it, the sheet's title.
        guard let headerIndex = SpreadsheetRows.headerRow(parsed.rows, titles: \Column.headers, required: .name) else {
            result.problems.append(RowProblem(line: parsed.rows[0].line, message: "no 'name' (姓名) column in the first rows",
                                              chinese: "前几行中没有“姓名”列"))
            return result
        }
        let header = parsed.rows[headerIndex]
        result.titleRows = parsed.rows[..<headerIndex].map { $0.fields.filter { !$0.isEmpty }.joined(separator: " ") }.filter { !$0.isEmpty }
        let (columns, unknown) = SpreadsheetRows.columns(header.fields, titles: \Column.headers)
        result.unknownColumns = unknown
        result.columnsNotKept = columns.filter { !$0.key.isKept }.sorted { $0.value < $1.value }.map { header.fields[$0.value].trimmingCharacters(in: .whitespaces) }
        // Names compared as stored: normalised, so 张\u{200B}建军 is 张建军 already on the roster.
        var seen = Set(existing.map { TextSanitizer.name($0.name) })
        for row in parsed.rows[(headerIndex + 1)...] {
            func value(_ column: Column) -> String {
                guard let index = columns[column], index < row.fields.count else { return "" }
                return TextSanitizer.singleLine(row.fields[index]).trimmingCharacters(in: .whitespaces)
            }
            var notes: [Wording] = []
            func problem(_ english: String, _ chinese: String) {
                result.problems.append(RowProblem(line: row.line, message: english, chinese: chinese))
                result.rows.append(RowReading(line: row.line, outcome: .problem(Wording(english, chinese))))
            }
            var readDates: [Column: RosterDate] = [:]
            func day(_ column: Column) -> (Day?, (english: String, chinese: String)?) {
                let text = value(column)
                if text.isEmpty { return (nil, nil) }
                guard let read = RosterDate.read(text, today: today) else {
                    return (nil, ("'\(text)' is not a date (\(DateInput.examples), 1998.07, 2006年12月)", "“\(text)”不是有效日期（例如 2026-11-10、2026/11/10、2026年11月10日、1998.07、2006年12月）"))
                }
                if read.monthOnly {
                    let title = header.fields[columns[column]!].trimmingCharacters(in: .whitespaces)
                    notes.append(read.typedAsNumber
                        ? Wording("\(title) \(text) read as \(read.day) (a month typed as a number: 2008.10 would show as 2008.1 too)",
                                  "\(title) \(text) 读作 \(read.day)（以数字输入的月份：2008.10 也会显示为 2008.1，请核对）")
                        : Wording("\(title) \(text) read as \(read.day), the first of the month", "\(title) \(text) 按当月1日读作 \(read.day)"))
                }
                readDates[column] = read
                return (read.day, nil)
            }
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                result.rows.append(RowReading(line: row.line, outcome: .skipped(Wording("blank", "空行"))))
                continue
            }
            let name = TextSanitizer.name(value(.name))
            let first = row.fields.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces) ?? ""
            if Self.isFooter(first) || (name.isEmpty && first.contains(where: { "：:".contains($0) })) {
                result.rows.append(RowReading(line: row.line, outcome: .skipped(Wording("not a member: \(first)", "不是党员行：\(first)"))))
                continue
            }
            guard !name.isEmpty else {
                problem("the name is empty", "姓名为空")
                continue
            }
            guard seen.insert(name).inserted else {
                problem("\(name) is already on the roster or listed twice", "\(name)已在名册中，或在文件中出现两次")
                continue
            }
            let categoryText = value(.category)
            guard let category = category(categoryText) else {
                problem("category '\(categoryText)' is neither full (正式) nor probationary (预备)", "类别“\(categoryText)”既不是正式党员也不是预备党员")
                continue
            }
            let post = PostReading(value(.role))
            let groupName = value(.group)
            let group = branch.partyGroups.first { $0.name == groupName }
            if !groupName.isEmpty && group == nil {
                if !result.unknownGroups.contains(groupName) { result.unknownGroups.append(groupName) }
                problem("party group '\(groupName)' does not exist in this branch", "支部没有名为“\(groupName)”的党小组")
                continue
            }
            let (joined, joinedError) = day(.joined)
            let (converted, convertedError) = day(.converted)
            let (start, startError) = day(.probationStart)
            let (conversion, conversionError) = day(.plannedConversion)
            let (rosterDate, rosterError) = day(.onRosterSince)
            if let error = joinedError ?? convertedError ?? startError ?? conversionError ?? rosterError {
                problem(error.english, error.chinese)
                continue
            }
            let (joinedRead, convertedRead) = (readDates[.joined], readDates[.converted])
            let remarks = value(.notes)
            // 流动党员 is written where the office has room: the category or the remarks.
            let mobile = !value(.mobileLocation).isEmpty || categoryText.contains("流动") || remarks.contains("流动党员")
            if mobile && value(.mobileLocation).isEmpty { notes.append(Wording("mobile member (流动党员), from the file", "文件中注明为流动党员")) }
            if rosterDate == nil { result.withoutRosterDate += 1 }
            // Nobody is on a branch's roster before joining the Party.
            let onRoster = rosterDate ?? max(since, joined ?? since)
            let probationary = category == .probationary
            var member = Member(
                name: name, joinedOn: joined, onRosterSince: onRoster, category: category,
                probationStart: start ?? (probationary ? joined : nil),
                plannedConversion: conversion ?? (probationary ? converted ?? (start ?? joined)?.adding(days: 365) : nil),
                role: Role(post.kind, portfolio: value(.portfolio).isEmpty ? post.portfolio : value(.portfolio)), partyGroupID: group?.id,
                isMobile: mobile, mobileLocation: value(.mobileLocation))
            // A full member converted (转正时间) after the roster day was probationary until then.
            if !probationary, let converted, converted > onRoster, converted <= today {
                member.category = History(.probationary, since: onRoster)
                member.category.set(.full, from: converted)
                member.probationStart = start ?? joined
                member.plannedConversion = converted
            }
            for (column, keyPath) in [(Column.gender, \Member.gender), (.phone, \Member.phone), (.notes, \Member.notes)] {
                let text = value(column)
                if !text.isEmpty { member[keyPath: keyPath] = text }
            }
            if !probationary, let converted { member.convertedOn = converted }
            result.fileDates[member.id] = FileDates(joined: joinedRead, converted: convertedRead, groupName: groupName, line: row.line)
            if let title = post.jobTitle {
                member.jobTitle = title
                notes.append(Wording("职务 \(title) kept as the post in the unit", "职务“\(title)”作为单位职务保存"))
            }
            result.members.append(member)
            result.rows.append(RowReading(line: row.line, outcome: .member(name: name, notes: notes)))
        }
        return result
    }

    /// The foot of a sheet: who made it, who checked it, totals, notes.
    public static func isFooter(_ first: String) -> Bool {
        ["制表", "填表", "审核", "审批", "合计", "总计", "注：", "注:", "说明", "备注：", "负责人", "单位盖章", "（盖章）"].contains { first.hasPrefix($0) }
    }

    private static func category(_ text: String) -> MemberCategory? {
        switch text.lowercased() {
        case "", "full", "正式", "正式党员": .full
        case "probationary", "预备", "预备党员": .probationary
        default: nil
        }
    }

    /// 职务 as a roster holds it: the Party post (书记, 组织委员 …) and, beside or instead
    /// of it, the post in the unit (班长, 工程师), kept as the member's job title.
    struct PostReading {
        var kind: Role.Kind = .member
        var portfolio = ""
        var jobTitle: String?

        init(_ text: String) {
            var unitPosts: [String] = []
            for part in text.split(whereSeparator: { "、,，;；/ ".contains($0) }).map(String.init) {
                let post = part.trimmingCharacters(in: .whitespaces)
                switch post.lowercased() {
                case "", "member", "党员", "正式党员": continue
                case "secretary", "书记", "支部书记", "党支部书记": kind = .secretary
                case "deputy secretary", "deputy-secretary", "副书记", "支部副书记", "党支部副书记": kind = .deputySecretary
                case "committee member", "committee-member", "委员", "支委", "支部委员", "党支部委员": kind = .committeeMember
                default:
                    // 组织委员, 宣传委员, 纪检委员 …: a committee member and what they see to.
                    if post.hasSuffix("委员"), post.count <= 8, !post.hasPrefix("人大"), !post.hasPrefix("政协") {
                        if kind == .member { kind = .committeeMember }
                        portfolio = String(post.dropLast(2)).replacingOccurrences(of: "党支部", with: "").replacingOccurrences(of: "支部", with: "")
                    } else {
                        unitPosts.append(post)
                    }
                }
            }
            jobTitle = unitPosts.isEmpty ? nil : unitPosts.joined(separator: "、")
        }
    }
}
