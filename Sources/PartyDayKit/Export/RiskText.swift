/// The members-at-risk lines shared by the reports and the screens.
public enum RiskText {
    public static func lines(_ report: ParticipationReport, _ l: Labels) -> [String] {
        let risk = report.atRisk
        var out: [String] = []
        if risk.members.isEmpty && risk.mobile.isEmpty { out.append(l.t("No member has reached a warning.", "暂无达到预警的党员。")) }
        for row in risk.members { out.append(line(row, l)) }
        if !risk.mobile.isEmpty {
            out.append(l.t("Mobile members:", "流动党员："))
            for row in risk.mobile { out.append(line(row, l)) }
        }
        // Long excused absence is shown so nobody is surprised by it, and never escalated.
        let leave = report.excusedRuns(atLeast: report.ladder.talk)
        if !leave.isEmpty {
            let names = leave.map { l.t("\($0.name) \($0.standing.excusedMonths) months", "\($0.name)\($0.standing.excusedMonths)个月") }
            out.append(l.t("On long excused leave (not escalated): ", "长期因故未参加（不预警）：") + l.list(names))
        }
        return out
    }

    public static func line(_ row: MemberParticipation, _ l: Labels) -> String {
        let s = row.standing
        let since = s.lastAttendedMonth.map { l.t("last attended \($0)", "最近参加\($0)") } ?? l.t("never attended", "从未参加")
        return l.t("\(row.name): \(s.unexcusedMonths) unexcused month(s), \(since) — \(l.levelName(s.level))",
                   "\(row.name)：无故未参加\(s.unexcusedMonths)个月，\(since)——\(l.levelName(s.level))")
    }
}
