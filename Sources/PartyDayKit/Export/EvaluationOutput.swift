import Foundation

/// `partyday report evaluation`: the grades of one evaluation year, member by member, from
/// the democratic-evaluation meetings held for that year (the latest record wins).
public struct EvaluationReport: Sendable {
    public struct Row: Equatable, Sendable {
        public var memberID: String
        public var name: String
        public var category: MemberCategory
        public var selfEvaluationDone: Bool
        public var ballot: BallotTally?
        public var grade: EvaluationGrade?
        public var meetingDay: Day
    }

    public var year: Int
    public var rows: [Row]

    public init(branch: BranchProfile, meetings: [Meeting], year: Int, asOf: Day) {
        self.year = year
        let zone = branch.timeZone
        var rows: [String: Row] = [:]
        let held = meetings.filter { $0.state == .concluded && $0.types.contains(.democraticEvaluation) }
            .map { (meeting: $0, day: Day($0.start, in: zone)) }
            .filter { $0.day <= asOf && $0.meeting.forYear(in: zone) == year }
            .sorted { $0.day < $1.day }
        for (meeting, day) in held {
            for record in meeting.evaluations {
                let row = meeting.attendance.first { $0.memberID == record.memberID }
                // A grade the rules refuse (优秀 for a probationary member, arrived in a file) is
                // not counted: `check` names it.
                let refused = row.map { meeting.gradeRefusal(record.grade, for: $0) != nil } ?? false
                rows[record.memberID] = Row(memberID: record.memberID, name: record.name, category: row?.category ?? .full,
                                            selfEvaluationDone: record.selfEvaluationDone, ballot: record.ballot,
                                            grade: refused ? nil : record.grade, meetingDay: day)
            }
        }
        // Within a grade, by pinyin (张 after 李, as a Chinese list reads), not by code point.
        let values = Array(rows.values)
        let keys = Dictionary(zip(values.map(\.memberID), PinyinKey.keys(for: values.map(\.name)).map(\.full)), uniquingKeysWith: { first, _ in first })
        self.rows = values.sorted { ($0.grade ?? .unqualified, keys[$0.memberID] ?? $0.name, $0.name) < ($1.grade ?? .unqualified, keys[$1.memberID] ?? $1.name, $1.name) }
    }

    /// How many were given each grade.
    public func count(_ grade: EvaluationGrade) -> Int { rows.filter { $0.grade == grade }.count }
}

public struct EvaluationOutput {
    public var report: EvaluationReport
    public var language: Language

    public init(report: EvaluationReport, language: Language) {
        self.report = report
        self.language = language
    }

    public static let columns = ["member_id", "name", "category", "self_evaluation", "ballot_excellent", "ballot_qualified",
                                 "ballot_basically_qualified", "ballot_unqualified", "grade", "meeting_day"]

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .csv:
            var writer = CSVWriter(header: Self.columns)
            for row in report.rows {
                let ballot = row.ballot
                writer.add([row.memberID, row.name, row.category.rawValue, row.selfEvaluationDone ? "yes" : "no",
                            ballot.map { "\($0.excellent)" } ?? "", ballot.map { "\($0.qualified)" } ?? "",
                            ballot.map { "\($0.basicallyQualified)" } ?? "", ballot.map { "\($0.unqualified)" } ?? "",
                            row.grade?.rawValue ?? "", row.meetingDay.description])
            }
            return writer.text
        case .json:
            return ReportJSON.encode(EvaluationJSON(report))
        case .table:
            let l = Labels(language)
            var table = TextTable(header: [l.t("Name", "姓名"), l.t("Category", "类别"), l.t("Self", "自评"),
                                           l.t("Ballot E/Q/B/U", "测评 优/合/基/不"), l.t("Grade", "等次"), l.t("Meeting", "评议会议")])
            for row in report.rows {
                let ballot = row.ballot.map { "\($0.excellent)/\($0.qualified)/\($0.basicallyQualified)/\($0.unqualified)" } ?? "—"
                table.add([row.name, row.category == .full ? l.t("full", "正式") : l.t("probationary", "预备"),
                           row.selfEvaluationDone ? l.t("yes", "是") : l.t("no", "否"), ballot,
                           row.grade.map(l.gradeName) ?? l.t("not graded", "不评定"), row.meetingDay.description])
            }
            let counts = EvaluationGrade.allCases.map { "\(l.gradeName($0)) \(report.count($0))" }.joined(separator: l.t(", ", "，"))
            let title = l.t("Democratic evaluation of members, \(report.year)", "\(report.year)年度民主评议党员结果")
            if report.rows.isEmpty { return title + "\n\n" + l.t("No evaluation recorded for this year.", "本年度没有评议记录。") + "\n" }
            return "\(title)\n\n" + table.render() + "\n" + counts + "\n"
        }
    }
}

struct EvaluationJSON: Encodable {
    struct Row: Encodable {
        var memberID, name, category: String
        var selfEvaluation: Bool
        var ballot: Nullable<[String: Int]>
        var grade: Nullable<String>
        var meetingDay: String
    }

    var report = "evaluation"
    var year: Int
    var members: [Row]
    var counts: [String: Int]

    init(_ report: EvaluationReport) {
        year = report.year
        members = report.rows.map { row in
            Row(memberID: row.memberID, name: row.name, category: row.category.rawValue, selfEvaluation: row.selfEvaluationDone,
                ballot: Nullable(row.ballot.map { ["excellent": $0.excellent, "qualified": $0.qualified,
                                                   "basicallyQualified": $0.basicallyQualified, "unqualified": $0.unqualified] }),
                grade: Nullable(row.grade?.rawValue), meetingDay: row.meetingDay.description)
        }
        counts = Dictionary(uniqueKeysWithValues: EvaluationGrade.allCases.map { ($0.rawValue, report.count($0)) })
    }
}
