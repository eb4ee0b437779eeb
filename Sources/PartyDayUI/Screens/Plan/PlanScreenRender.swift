import PartyDayKit

/// The Plan screen drawn: the year's plan, when and where it was adopted, each quarter's
/// planned meetings done, due and missed, then the calendar (or the tasks).
extension PlanScreenState {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings
        guard context.plans.loaded else {
            grid.put(s.loading, x: 1, y: top + 1, style: Style(role: .muted))
            return nil
        }
        let plan = plan(context), progress = progress(context)
        let adopted = plan.adoptedOn.map { day -> String in
            let meeting = plan.adoptedAtMeetingID.flatMap { id in context.meetings.first { $0.id == id } }
            return s.t("adopted \(day)", "\(day) 通过") + (meeting.map { s.t(" at \($0.theme)", "（\($0.theme)）") } ?? "")
        } ?? s.t("not yet adopted (A)", "尚未记录通过（按 A）")
        let themeDay = plan.themePartyDayDay.map { s.t(" · theme Party Day on the \($0)th", " · 主题党日每月\($0)日") } ?? ""
        grid.put(s.t("Plan \(plan.year) · ", "\(plan.year)年度工作计划 · ") + adopted + themeDay, x: 1, y: top, style: .heading, limit: grid.size.columns - 2, ellipsis: true)
        let quarters = (1...4).map { quarter -> String in
            let counts = progress.quarter(quarter)
            return s.t("Q\(quarter) \(counts.done)✓ \(counts.due)… \(counts.missed)✗", "\(["一", "二", "三", "四"][quarter - 1])季度 \(counts.done)✓ \(counts.due)… \(counts.missed)✗")
        }
        grid.put(quarters.joined(separator: "  ") + s.t("  (✓ held, … due, ✗ missed)", "（✓已开 …待开 ✗未开）"), x: 1, y: top + 1, style: Style(role: .muted),
                 limit: grid.size.columns - 2, ellipsis: true)
        let y = top + 2
        if showTasks {
            let rows = plan.tasks.map { task in
                [task.content.replacingOccurrences(of: "\n", with: " "), task.time, task.responsible, task.check, task.doneOn.map { "✓ \($0)" } ?? ""]
            }
            guard !rows.isEmpty else {
                grid.paragraph(s.t("No task in the plan yet: a adds one (content, time, measures, who is responsible, the check); t shows the meetings.",
                                   "计划中还没有任务：按 a 添加（内容、时间、措施、责任人、检查考核）；按 t 查看会议安排。"),
                               x: 1, y: y + 1, width: grid.size.columns - 2, height: 3, style: Style(role: .muted))
                return nil
            }
            let specs = [ColumnSpec(title: s.t("Task", "任务内容"), minimum: 10, maximum: 200, flexible: true), ColumnSpec(title: s.t("Time", "时间"), minimum: 6, maximum: 12),
                         ColumnSpec(title: s.t("Responsible", "责任人"), minimum: 6, maximum: 10), ColumnSpec(title: s.t("Check", "检查"), minimum: 6, maximum: 14),
                         ColumnSpec(title: s.t("Done", "完成"), minimum: 6, maximum: 12)]
            grid.table(top: y, height: top + height - y, columns: fitColumns(specs, rows: rows, total: grid.size.columns), rows: rows, selected: cursor.index)
            return nil
        }
        let items = progress.items
        guard !items.isEmpty else {
            grid.paragraph(s.t("No meeting planned for \(plan.year) yet: a adds one (type, month, theme, a lecture's lecturer); t shows the tasks.",
                               "\(plan.year)年度计划中还没有会议：按 a 添加（类型、月份、主题、党课主讲人）；按 t 查看任务。"),
                           x: 1, y: y + 1, width: grid.size.columns - 2, height: 3, style: Style(role: .muted))
            return nil
        }
        let rows = items.map { item -> [String] in
            let status: String = switch item.status {
            case .done: s.t("✓ held", "✓ 已开")
            case .scheduled: s.t("scheduled", "已安排")
            case .due: s.t("due", "待开")
            case .missed: s.t("✗ missed", "✗ 未开")
            }
            return [s.t("\(item.planned.month)", "\(item.planned.month)月"), context.plannedName(item.planned), item.planned.theme, status]
        }
        let specs = [ColumnSpec(title: s.t("Month", "月份"), minimum: 4, maximum: 6), ColumnSpec(title: s.t("Meeting", "会议"), minimum: 10, maximum: 36),
                     ColumnSpec(title: s.t("Theme", "主题"), minimum: 8, maximum: 200, flexible: true), ColumnSpec(title: s.t("Status", "情况"), minimum: 6, maximum: 10)]
        grid.table(top: y, height: top + height - y, columns: fitColumns(specs, rows: rows, total: grid.size.columns), rows: rows, selected: cursor.index) { index in
            switch items[index].status {
            case .missed: Style(role: .danger)
            case .due: items[index].planned.month <= context.today.month && plan.year == context.today.year ? Style(role: .warning) : .plain
            default: .plain
            }
        }
        return nil
    }
}
