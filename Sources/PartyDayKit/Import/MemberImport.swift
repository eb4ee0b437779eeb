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

    /// Where a roster brought in today starts when the file does not say: 1 January of
    /// this year, or the day of the earliest meeting on record if that is earlier — so a
    /// meeting already held expects the members it had, never nobody.
    public static func defaultRosterSince(today: Day, earliestMeeting: Day?) -> Day {
        let newYear = Day(year: today.year, month: 1, day: 1)!
        return min(newYear, earliestMeeting ?? newYear)
    }

    /// Column headers understood, in English or Chinese; `name` is required.
    enum Column: CaseIterable {
        case name, gender, category, joined, probationStart, plannedConversion, onRosterSince, role, portfolio, group, mobileLocation
        case phone, notes

        var headers: [String] {
            switch self {
            case .name: ["name", "姓名"]
            case .gender: ["gender", "sex", "性别"]
            case .phone: ["phone", "mobile", "telephone", "联系电话", "电话", "手机", "手机号"]
            case .notes: ["notes", "note", "remarks", "备注"]
            case .category: ["category", "类别", "党员类别", "人员类别"]
            case .joined: ["joined", "入党日期", "入党时间"]
            case .probationStart: ["probation start", "预备期开始"]
            case .plannedConversion: ["planned conversion", "probation end", "预计转正日期", "转正日期", "预备期结束"]
            case .onRosterSince: ["on roster since", "roster date", "转入本支部时间", "转入本支部日期", "转入时间", "转入日期"]
            case .role: ["role", "职务", "党内职务"]
            case .portfolio: ["portfolio", "分工"]
            case .group: ["party group", "group", "党小组"]
            case .mobileLocation: ["mobile location", "流动党员所在地", "流动地点"]
            }
        }
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
        guard let header = parsed.rows.first else {
            result.problems.append(RowProblem(line: 1, message: "the file is empty", chinese: "文件是空的"))
            return result
        }
        let (columns, unknown) = SpreadsheetRows.columns(header.fields, titles: \Column.headers)
        result.unknownColumns = unknown
        guard columns[.name] != nil else {
            result.problems.append(RowProblem(line: header.line, message: "no 'name' (姓名) column in the first row", chinese: "第一行没有“姓名”列"))
            return result
        }
        // Names compared as stored: normalised, so 张\u{200B}建军 is 张建军 already on the roster.
        var seen = Set(existing.map { TextSanitizer.name($0.name) })
        for row in parsed.rows.dropFirst() {
            func value(_ column: Column) -> String {
                guard let index = columns[column], index < row.fields.count else { return "" }
                return TextSanitizer.singleLine(row.fields[index]).trimmingCharacters(in: .whitespaces)
            }
            func day(_ column: Column) -> (Day?, (english: String, chinese: String)?) {
                let text = value(column)
                if text.isEmpty { return (nil, nil) }
                guard let day = DateInput.day(text, today: today) ?? excelSerialDay(text) else {
                    return (nil, ("'\(text)' is not a date (\(DateInput.examples))", "“\(text)”不是有效日期（例如 2026-11-10、2026/11/10、2026年11月10日）"))
                }
                return (day, nil)
            }
            let name = TextSanitizer.name(value(.name))
            guard !name.isEmpty else {
                result.problems.append(RowProblem(line: row.line, message: "the name is empty", chinese: "姓名为空"))
                continue
            }
            guard seen.insert(name).inserted else {
                result.problems.append(RowProblem(line: row.line, message: "\(name) is already on the roster or listed twice",
                                                          chinese: "\(name)已在名册中，或在文件中出现两次"))
                continue
            }
            guard let category = category(value(.category)) else {
                result.problems.append(RowProblem(line: row.line, message: "category '\(value(.category))' is neither full (正式) nor probationary (预备)",
                                                          chinese: "类别“\(value(.category))”既不是正式党员也不是预备党员"))
                continue
            }
            guard let role = role(value(.role)) else {
                result.problems.append(RowProblem(line: row.line, message: "role '\(value(.role))' is not secretary, deputy secretary, committee member or member",
                                                          chinese: "职务“\(value(.role))”不是书记、副书记、委员或党员"))
                continue
            }
            let groupName = value(.group)
            let group = branch.partyGroups.first { $0.name == groupName }
            if !groupName.isEmpty && group == nil {
                if !result.unknownGroups.contains(groupName) { result.unknownGroups.append(groupName) }
                result.problems.append(RowProblem(line: row.line, message: "party group '\(groupName)' does not exist in this branch",
                                                          chinese: "支部没有名为“\(groupName)”的党小组"))
                continue
            }
            let (joined, joinedError) = day(.joined)
            let (start, startError) = day(.probationStart)
            let (conversion, conversionError) = day(.plannedConversion)
            let (rosterDate, rosterError) = day(.onRosterSince)
            if let error = joinedError ?? startError ?? conversionError ?? rosterError {
                result.problems.append(RowProblem(line: row.line, message: error.english, chinese: error.chinese))
                continue
            }
            let location = value(.mobileLocation)
            if rosterDate == nil { result.withoutRosterDate += 1 }
            var member = Member(
                // Nobody is on a branch's roster before joining the Party.
                name: name, joinedOn: joined, onRosterSince: rosterDate ?? max(since, joined ?? since), category: category,
                probationStart: start ?? (category == .probationary ? joined : nil),
                plannedConversion: conversion ?? (category == .probationary ? (start ?? joined)?.adding(days: 365) : nil),
                role: Role(role, portfolio: value(.portfolio)), partyGroupID: group?.id,
                isMobile: !location.isEmpty, mobileLocation: location)
            for (column, keyPath) in [(Column.gender, \Member.gender), (.phone, \Member.phone), (.notes, \Member.notes)] {
                let text = value(column)
                if !text.isEmpty { member[keyPath: keyPath] = text }
            }
            result.members.append(member)
        }
        return result
    }

    /// A workbook's date cell read as its number: days since 30 December 1899.
    static func excelSerialDay(_ text: String) -> Day? {
        guard (5...6).contains(text.count), let serial = Int(text), (1...2_958_465).contains(serial) else { return nil }
        return Day(year: 1899, month: 12, day: 30)!.adding(days: serial)
    }

    private static func category(_ text: String) -> MemberCategory? {
        switch text.lowercased() {
        case "", "full", "正式", "正式党员": .full
        case "probationary", "预备", "预备党员": .probationary
        default: nil
        }
    }

    private static func role(_ text: String) -> Role.Kind? {
        switch text.lowercased() {
        case "", "member", "党员": .member
        case "secretary", "书记", "支部书记": .secretary
        case "deputy secretary", "deputy-secretary", "副书记": .deputySecretary
        case "committee member", "committee-member", "委员", "支委", "支部委员": .committeeMember
        default: nil
        }
    }
}
