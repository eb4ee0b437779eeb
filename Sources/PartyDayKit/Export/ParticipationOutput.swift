import Foundation

/// `partyday report participation` as a table, CSV or JSON. CSV and JSON use fixed
/// English names (documented in Docs/EXPORTS.md) whatever the language: snake_case CSV
/// columns, camelCase JSON keys (`ParticipationJSON`).
public struct ParticipationOutput {
    public var report: ParticipationReport
    public var language: Language

    public init(report: ParticipationReport, language: Language) {
        self.report = report
        self.language = language
    }

    public static let columns = [
        "member_id", "name", "category", "mobile", "expected", "attended", "late", "left_early", "on_leave",
        "absent_excused", "absent_unexcused", "not_counted", "rate", "last_attended", "speeches",
        "pledges_made", "pledges_kept", "pledges_open", "pledges_overdue", "pledges_dropped",
        "run_unexcused_months", "run_excused_months", "last_attended_month", "warning", "made_up", "last_grade", "last_grade_year",
    ]

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .table: table()
        case .csv: csv()
        case .json: json()
        }
    }

    private func values(_ row: MemberParticipation) -> [String] {
        [row.memberID, row.name, row.category.rawValue, row.isMobile ? "yes" : "no", "\(row.expected)", "\(row.attended)",
         "\(row.late)", "\(row.leftEarly)", "\(row.onLeave)", "\(row.absentExcused)", "\(row.absentUnexcused)",
         "\(row.excluded)", row.rate.map { String(format: "%.3f", $0) } ?? "", row.lastAttended?.description ?? "",
         "\(row.speeches)", "\(row.pledgesMade)", "\(row.pledgesKept)", "\(row.pledgesOpen)", "\(row.pledgesOverdue)",
         "\(row.pledgesDropped)", "\(row.standing.unexcusedMonths)", "\(row.standing.excusedMonths)",
         row.standing.lastAttendedMonth?.description ?? "", row.standing.level.slug, "\(row.madeUp)",
         row.lastGradeValue?.rawValue ?? "", row.lastGradeYear.map(String.init) ?? ""]
    }

    private func csv() -> String {
        var writer = CSVWriter(header: Self.columns)
        for row in report.rows { writer.add(values(row)) }
        return writer.text
    }

    private func json() -> String {
        ReportJSON.encode(ParticipationJSON(
            from: report.query.period.from.description, to: report.query.period.to.description, asOf: report.asOf.description,
            types: report.query.types.sorted().map(\.slug), members: report.rows.map(ParticipationJSON.Row.init)))
    }

    private func table() -> String {
        let l = Labels(language)
        var table = TextTable(header: [
            l.t("Name", "姓名"), l.t("Exp", "应到"), l.t("Att", "实到"), l.t("Late", "迟到"), l.t("Left", "早退"),
            l.t("Leave", "请假"), l.t("Exc", "因故"), l.t("Unexc", "无故"), l.t("Rate", "出席率"),
            l.t("Last attended", "最近参加"), l.t("Spoke", "发言"), l.t("Pledges", "承诺"),
            l.t("Run", "连续未参加"), l.t("Warning", "预警"), l.t("Grade", "评议"),
        ], numeric: [1, 2, 3, 4, 5, 6, 7, 8, 10])
        for row in report.rows {
            table.add([
                row.name + (row.isMobile ? l.t(" (mobile)", "（流动）") : ""), "\(row.expected)", "\(row.attended)",
                "\(row.late)", "\(row.leftEarly)", "\(row.onLeave)", "\(row.absentExcused)", "\(row.absentUnexcused)",
                row.rate.map { String(format: "%.0f%%", $0 * 100) } ?? "—", row.lastAttended?.description ?? "—",
                "\(row.speeches)", Self.pledgeCell(row, l), Self.runCell(row.standing, l), l.shortLevelName(row.standing.level),
                row.lastGrade.map { "\(l.gradeName($0.grade)) \($0.year)" } ?? "—",
            ])
        }
        let period = l.t("Participation \(report.query.period.from) – \(report.query.period.to)",
                         "党员参加组织生活情况 \(report.query.period.from) 至 \(report.query.period.to)")
        let types = report.query.types.isEmpty ? l.t("all types", "全部类型") : l.list(report.query.types.sorted().map(l.typeName))
        return "\(period) (\(types))\n\n" + table.render()
    }

    /// made/kept/open, with overdue flagged: 3/1/2 (1 overdue).
    static func pledgeCell(_ row: MemberParticipation, _ l: Labels) -> String {
        guard row.pledgesMade > 0 else { return "—" }
        let base = "\(row.pledgesMade)/\(row.pledgesKept)/\(row.pledgesOpen)"
        return row.pledgesOverdue > 0 ? base + l.t(" (\(row.pledgesOverdue) overdue)", "（逾期\(row.pledgesOverdue)）") : base
    }

    /// The six-month run: unexcused months, with excused ones after a plus.
    public static func runCell(_ standing: SixMonthStanding, _ l: Labels) -> String {
        if standing.unexcusedMonths == 0 && standing.excusedMonths == 0 { return "—" }
        var parts: [String] = []
        if standing.unexcusedMonths > 0 { parts.append(l.t("\(standing.unexcusedMonths) unexc.", "无故\(standing.unexcusedMonths)月")) }
        if standing.excusedMonths > 0 { parts.append(l.t("\(standing.excusedMonths) exc.", "因故\(standing.excusedMonths)月")) }
        return parts.joined(separator: " ")
    }
}
