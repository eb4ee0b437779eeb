import Foundation

/// `report year`: the year's figures as labelled lines (section, figure, value) — a table
/// to read, JSON with stable keys for another program, a workbook to hand up.
public struct YearOutput {
    public var figures: YearFigures
    public var branch: String
    public var language: Language

    public init(figures: YearFigures, branch: String, language: Language) {
        self.figures = figures
        self.branch = branch
        self.language = language
    }

    /// One figure: its section, its label, its JSON key and its value.
    public struct Line {
        public var section: String
        public var label: String
        public var key: String
        public var value: Workbook.Cell
    }

    public var lines: [Line] {
        let l = Labels(language), f = figures
        var lines: [Line] = []
        var section = ""
        func add(_ key: String, _ english: String, _ chinese: String, _ value: Workbook.Cell) {
            lines.append(Line(section: section, label: l.t(english, chinese), key: key, value: value))
        }
        section = l.t("Roster", "党员队伍")
        add("members.start", "members on 1 January", "年初党员数", .integer(f.membersAtStart))
        add("members.end", "members at the end (\(f.asOf))", "年末党员数（\(f.asOf)）", .integer(f.membersAtEnd))
        add("members.full", "of them full", "其中正式党员", .integer(f.fullAtEnd))
        add("members.probationary", "of them probationary", "其中预备党员", .integer(f.probationaryAtEnd))
        add("members.mobile", "of them mobile", "其中流动党员", .integer(f.mobileAtEnd))
        for kind in YearFigures.RosterChange.Kind.allCases {
            let names = f.changes.filter { $0.kind == kind }.map(\.name)
            let (english, chinese) = Self.changeName(kind)
            add("changes.\(kind.rawValue)", english, chinese, .text("\(names.count)" + (names.isEmpty ? "" : l.t(": ", "：") + l.list(names))))
        }
        section = l.t("Organizational life", "组织生活")
        add("duties.owed", "duties owed", "应开（次）", .integer(f.dutiesOwed))
        add("duties.held", "duties held", "已开（次）", .integer(f.dutiesHeld))
        add("duties.missed", "duties missed", "未开（次）", .integer(f.dutiesMissed))
        for duty in f.duties where duty.missed > 0 {
            add("duties.missed.\(duty.type.rawValue)\(duty.group.map { ".\($0)" } ?? "")",
                "missed: \(l.typeName(duty.type))\(duty.group.map { " (\($0))" } ?? "")",
                "未开：\(l.typeName(duty.type))\(duty.group.map { "（\($0)）" } ?? "")", .integer(duty.missed))
        }
        add("meetings.held", "meetings held", "召开会议（次）", .integer(f.meetingCount))
        for (type, count) in f.meetingsByType {
            add("meetings.\(type.rawValue)", "of them \(l.typeName(type))", "其中\(l.typeName(type))", .integer(count))
        }
        add("attendance.expected", "attendance expected", "应到（人次）", .integer(f.expected))
        add("attendance.attended", "attended", "实到（人次）", .integer(f.attended))
        add("attendance.rate", "attendance rate", "出席率", f.attendanceRate.map { .percent($0) } ?? .empty)
        add("attendance.at-risk", "members at risk (six-month rule)", "预警党员（连续无故不参加）", .integer(f.atRisk))
        section = l.t("Party dues", "党费")
        add("dues.due", "dues owed", "应交", .money(f.duesDue))
        add("dues.collected", "collected", "实交", .money(f.duesCollected))
        add("dues.handed-over", "handed over", "上缴", .money(f.duesHandedOver))
        add("dues.in-arrears", "members owing at the end", "年末欠交人数", .integer(f.membersInArrears))
        section = l.t("Developing members", "发展党员")
        add("development.applications", "applications received", "收到入党申请书", .integer(f.applications))
        add("development.activists", "activists decided", "确定入党积极分子", .integer(f.activists))
        add("development.candidates", "candidates decided", "确定发展对象", .integer(f.candidates))
        add("development.admitted", "admitted (general meeting)", "接收预备党员", .integer(f.admitted))
        add("development.converted", "conversions approved", "预备党员转正", .integer(f.developmentConverted))
        section = l.t("Democratic evaluation", "民主评议")
        for (grade, count) in f.grades {
            add("grades.\(grade.rawValue)", l.gradeName(grade), l.gradeName(grade), .integer(count))
        }
        section = l.t("Pledges and talks", "承诺与谈心谈话")
        add("pledges.made", "pledges made", "作出承诺", .integer(f.pledgesMade))
        add("pledges.kept", "kept", "已兑现", .integer(f.pledgesKept))
        add("pledges.open", "open", "待兑现", .integer(f.pledgesOpen))
        add("talks.held", "talks recorded", "谈心谈话（次）", .integer(f.talks))
        add("talks.not-by-secretary", "members the secretary has not talked with", "书记未谈的党员", .integer(f.talksCoverage.notByTheSecretary.count))
        add("talks.committee-pairs-missing", "committee pairs who have not talked", "未相互谈话的支委", .integer(f.talksCoverage.committeePairsMissing.count))
        return lines
    }

    static func changeName(_ kind: YearFigures.RosterChange.Kind) -> (String, String) {
        switch kind {
        case .joined: ("joined (probation began)", "新接收预备党员")
        case .converted: ("converted to full", "预备党员转正")
        case .transferredIn: ("transferred in", "转入")
        case .transferredOut: ("transferred out", "转出")
        case .deceased: ("deceased", "去世")
        case .stopped: ("membership stopped", "停止党籍")
        case .restored: ("membership restored", "恢复党籍")
        case .removed: ("removed", "除名")
        }
    }

    public var title: String {
        Labels(language).t("\(branch): the year \(figures.year) in figures", "\(branch) \(figures.year) 年度党建工作数据")
    }

    public func render(_ format: ReportFormat) -> String {
        let l = Labels(language)
        switch format {
        case .table:
            var table = TextTable(header: [l.t("Section", "类别"), l.t("Figure", "项目"), l.t("Value", "数值")], numeric: [2])
            var last = ""
            for line in lines {
                table.add([line.section == last ? "" : line.section, line.label, Self.text(line.value)])
                last = line.section
            }
            return title + "\n\n" + table.render()
        case .csv:
            var writer = CSVWriter(header: [l.t("Section", "类别"), l.t("Figure", "项目"), l.t("Value", "数值"), "key"])
            for line in lines { writer.add([line.section, line.label, Self.text(line.value), line.key]) }
            return writer.text
        case .json:
            var object: [String: Any] = ["year": figures.year, "asOf": "\(figures.asOf)", "branch": branch]
            var values: [String: Any] = [:]
            for line in lines {
                switch line.value {
                case let .integer(value): values[line.key] = value
                case let .percent(value), let .rate(value), let .number(value): values[line.key] = (value * 10000).rounded() / 10000
                case let .money(money): values[line.key] = money.description
                case let .text(text): values[line.key] = text
                case let .day(day): values[line.key] = "\(day)"
                case .empty: values[line.key] = NSNull()
                }
            }
            object["figures"] = values
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// The year as a workbook of one sheet: section, figure, value.
    public func workbook() -> Workbook {
        let l = Labels(language)
        var last = ""
        let rows: [[Workbook.Cell]] = lines.map { line in
            defer { last = line.section }
            return [.text(line.section == last ? "" : line.section), .text(line.label), line.value]
        }
        return Workbook(sheets: [Workbook.Sheet(name: l.t("Year \(figures.year)", "\(figures.year)年度"),
                                                header: [l.t("Section", "类别"), l.t("Figure", "项目"), l.t("Value", "数值")], rows: rows)])
    }

    static func text(_ cell: Workbook.Cell) -> String {
        switch cell {
        case let .text(text): text
        case let .integer(value): "\(value)"
        case let .number(value): String(format: "%.2f", value)
        case let .percent(value): String(format: "%.1f%%", value * 100)
        case let .rate(value): String(format: "%.1f%%", value * 100)
        case let .money(money): money.description
        case let .day(day): "\(day)"
        case .empty: "—"
        }
    }
}
