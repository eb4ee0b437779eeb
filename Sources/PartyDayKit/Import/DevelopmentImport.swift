import Foundation

/// `import development`: the sheet an organization office keeps of its people in
/// development — a title row, then one row per person, one column per step, headed as
/// such sheets are (姓名, 性别, 出生日期, 递交入党申请书时间, 谈话时间, 确定入党积极分子时间,
/// 培养联系人, 确定发展对象时间, 入党介绍人, 政审时间, 集中培训时间, 接收预备党员时间,
/// 上级党委审批时间, 转正时间 …). Dates are read as leniently as the roster's.
public struct DevelopmentImport: Sendable {
    /// One row as read: a person, or why not.
    public struct Row: Sendable {
        public var line: Int
        public var person: DevelopmentPerson?
        public var notes: [Wording]
        public var problem: Wording?
        public var skipped: Wording?
    }

    public var rows: [Row] = []
    public var titleRows: [String] = []
    public var unknownColumns: [String] = []
    public var problems: [Wording] = []

    public var people: [DevelopmentPerson] { rows.compactMap(\.person) }

    enum Column: Hashable, CaseIterable {
        case name, gender, birth, unit, post, contacts, sponsors, days, hours, formNumber, notKept
        case step(DevelopmentStep)

        static var allCases: [Column] {
            [.name, .gender, .birth, .unit, .post, .contacts, .sponsors, .days, .hours, .formNumber, .notKept]
                + DevelopmentStep.allCases.filter { !$0.isContinuous && $0 != .contactsAssigned && $0 != .sponsorsAssigned }.map(Column.step)
        }

        var headers: [String] {
            switch self {
            case .name: ["姓名", "name"]
            case .gender: ["性别", "gender"]
            case .birth: ["出生日期", "出生年月", "出生时间", "born", "birth date"]
            case .unit: ["工作单位", "单位", "工作单位及职务", "单位及职务", "unit"]
            case .post: ["职务", "岗位", "post"]
            case .contacts: ["培养联系人", "联系人", "contacts"]
            case .sponsors: ["入党介绍人", "介绍人", "sponsors"]
            case .days: ["培训天数"]
            case .hours: ["培训学时", "学时"]
            case .formNumber: ["志愿书编号", "入党志愿书编号"]
            case .notKept: ["序号", "备注", "民族", "学历", "籍贯", "身份证号", "联系电话"]
            case let .step(step):
                switch step {
                case .application: ["递交入党申请书时间", "递交入党申请书日期", "申请入党时间", "入党申请时间", "递交申请书时间", "申请时间", "applied"]
                case .applicantTalk: ["谈话时间", "党组织派人谈话时间", "谈话日期", "派人谈话时间"]
                case .activistDecided: ["确定入党积极分子时间", "确定为入党积极分子时间", "列为入党积极分子时间", "确定积极分子时间", "积极分子时间"]
                case .activistFiled: ["积极分子备案时间", "入党积极分子备案时间"]
                case .candidateDecided: ["确定发展对象时间", "列为发展对象时间", "确定为发展对象时间", "发展对象时间"]
                case .candidateFiled: ["发展对象备案时间"]
                case .politicalReview: ["政审时间", "政治审查时间", "政审日期"]
                case .training: ["集中培训时间", "培训时间", "短期集中培训时间"]
                case .committeeReview: ["支委会审查时间", "支部委员会审查时间"]
                case .preReview: ["预审时间", "上级党委预审时间"]
                case .applicationForm: ["填写志愿书时间", "志愿书填写时间", "填写入党志愿书时间"]
                case .admissionVote: ["接收预备党员时间", "支部大会讨论时间", "支部大会通过时间", "入党时间", "接收时间"]
                case .committeeTalk: ["上级党委谈话时间", "党委谈话时间"]
                case .admissionApproval: ["上级党委审批时间", "党委审批时间", "审批时间"]
                case .filedAbove: ["备案时间"]
                case .placedInGroup: ["编入党小组时间"]
                case .oath: ["入党宣誓时间", "宣誓时间"]
                case .conversionRequest: ["转正申请时间", "提出转正申请时间"]
                case .conversionVote: ["转正时间", "转正支部大会时间", "支部大会讨论转正时间"]
                case .conversionApproval: ["转正审批时间", "上级党委审批转正时间"]
                case .archived: ["归档时间", "材料归档时间"]
                default: []
                }
            }
        }
    }

    /// Reads a sheet's bytes (.xlsx, or CSV in UTF-8 or GB18030).
    public static func read(file data: Data, existing: [DevelopmentPerson], members: [Member], today: Day) -> Result<DevelopmentImport, MemberImport.FileFailure> {
        SpreadsheetRows.read(data).map { read(rows: $0, existing: existing, members: members, today: today) }
    }

    static func read(rows parsed: SpreadsheetRows.Rows, existing: [DevelopmentPerson], members: [Member], today: Day) -> DevelopmentImport {
        var result = DevelopmentImport()
        if let error = parsed.error { result.problems.append(Wording(error, error)) }
        guard let headerIndex = SpreadsheetRows.headerRow(parsed.rows, titles: \Column.headers, required: .name) else {
            result.problems.append(Wording("no 'name' (姓名) column in the first rows", "前几行中没有“姓名”列"))
            return result
        }
        let header = parsed.rows[headerIndex]
        result.titleRows = parsed.rows[..<headerIndex].map { $0.fields.filter { !$0.isEmpty }.joined(separator: " ") }.filter { !$0.isEmpty }
        let (columns, unknown) = SpreadsheetRows.columns(header.fields, titles: \Column.headers)
        // 序号, 备注 and the like are known and not kept (each names one column only, so the second is "unknown").
        result.unknownColumns = unknown.filter { !Column.notKept.headers.contains($0.lowercased()) }
        if !columns.keys.contains(.step(.application)) {
            result.problems.append(Wording("no column of the application's day (递交入党申请书时间): every step is checked from it",
                                           "没有“递交入党申请书时间”列：各步骤的时限都从它算起"))
        }
        var seen = Set(existing.map { TextSanitizer.name($0.name) })
        for (index, row) in parsed.rows[(headerIndex + 1)...].enumerated() {
            func value(_ column: Column) -> String {
                guard let position = columns[column], position < row.fields.count else { return "" }
                return TextSanitizer.singleLine(row.fields[position]).trimmingCharacters(in: .whitespaces)
            }
            var reading = Row(line: row.line, notes: [])
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                reading.skipped = Wording("blank", "空行")
                result.rows.append(reading)
                continue
            }
            let name = TextSanitizer.name(value(.name))
            let first = row.fields.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces) ?? ""
            if MemberImport.isFooter(first) || (name.isEmpty && first.contains(where: { "：:".contains($0) })) {
                reading.skipped = Wording("not a person: \(first)", "不是人员行：\(first)")
                result.rows.append(reading)
                continue
            }
            guard !name.isEmpty else {
                reading.problem = Wording("the name is empty", "姓名为空")
                result.rows.append(reading)
                continue
            }
            guard seen.insert(name).inserted else {
                reading.problem = Wording("\(name) is already in development or listed twice", "\(name)已有发展党员记录，或在文件中出现两次")
                result.rows.append(reading)
                continue
            }
            var bad: Wording?
            func day(_ column: Column) -> Day? {
                let text = value(column)
                guard !text.isEmpty else { return nil }
                guard let read = RosterDate.read(text, today: today) else {
                    let title = header.fields[columns[column]!].trimmingCharacters(in: .whitespaces)
                    bad = bad ?? Wording("\(title) '\(text)' is not a date (2026-11-10, 2015/6/30, 2006年12月, 1998.07)", "\(title)“\(text)”不是有效日期（如 2026-11-10、2015/6/30、2006年12月、1998.07）")
                    return nil
                }
                if read.monthOnly {
                    let title = header.fields[columns[column]!].trimmingCharacters(in: .whitespaces)
                    reading.notes.append(Wording("\(title) \(text) read as \(read.day)", "\(title) \(text) 读作 \(read.day)"))
                }
                return read.day
            }
            var person = DevelopmentPerson(id: "imported-\(index)", name: name, gender: value(.gender), birthDate: day(.birth), unit: value(.unit), post: value(.post))
            for column in columns.keys {
                guard case let .step(step) = column, let stepDay = day(column) else { continue }
                var entry = DevelopmentStepEntry(step, on: stepDay)
                if step == .applicationForm { entry.document = value(.formNumber) }
                if step == .training {
                    entry.days = Int(value(.days))
                    entry.hours = Int(value(.hours))
                }
                if !step.decidingBodies.isEmpty && !step.isMeetingStep { entry.body = step.decidingBodies.first }
                person.record(entry)
            }
            if let bad {
                reading.problem = bad
                result.rows.append(reading)
                continue
            }
            func names(_ text: String) -> [String] {
                text.split(whereSeparator: { "、,，;；/ ".contains($0) }).map { TextSanitizer.name(String($0)) }.filter { !$0.isEmpty }
            }
            let contactsFrom = person.day(.activistDecided) ?? person.day(.application) ?? today
            person.contacts = names(value(.contacts)).map { name in
                Sponsorship(memberID: members.first { $0.name == name }?.id, name: name, from: contactsFrom)
            }
            if !person.contacts.isEmpty && person.entry(.contactsAssigned) == nil, let activist = person.day(.activistDecided) {
                person.record(DevelopmentStepEntry(.contactsAssigned, on: activist))
            }
            let sponsorsFrom = person.day(.candidateDecided) ?? contactsFrom
            person.sponsors = names(value(.sponsors)).map { name in
                Sponsorship(memberID: members.first { $0.name == name }?.id, name: name, from: sponsorsFrom)
            }
            if !person.sponsors.isEmpty && person.entry(.sponsorsAssigned) == nil, let candidate = person.day(.candidateDecided) {
                person.record(DevelopmentStepEntry(.sponsorsAssigned, on: candidate))
            }
            // Admitted people are on the roster already: linked by name.
            if person.day(.admissionVote) != nil { person.memberID = members.first { $0.name == name }?.id }
            if let issue = DevelopmentValidation.issue(person) {
                reading.problem = issue
            } else {
                reading.person = person
            }
            result.rows.append(reading)
        }
        return result
    }
}
