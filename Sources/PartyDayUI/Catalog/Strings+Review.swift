import PartyDayKit

/// Texts of the review screens: participation, pledges, settings and the home panels.
extension Strings {
    // MARK: Home panels

    var duesHeading: String { t("Due", "应开会议") }
    var dueThisMonth: String { t("this month", "本月") }
    var dueThisQuarter: String { t("this quarter", "本季度") }
    var dueThisYear: String { t("this year", "本年度") }
    func groupSuffix(_ name: String) -> String { t(" (\(name))", "（\(name)）") }
    func plannedSuffix(_ day: Day) -> String { t(" planned \(day.description.suffix(5))", "（已计划\(day.description.suffix(5))）") }
    func missedLine(_ count: Int, _ names: String) -> String {
        t("missed this year (\(count)): \(names)", "本年未开\(count)次：\(names)")
    }
    var riskHeading: String { t("At risk", "预警党员") }
    var noOneAtRisk: String { t("no member has missed meetings without reason for months", "没有党员连续无故不参加组织生活") }
    func moreAtRisk(_ count: Int) -> String { t("and \(count) more — press 4", "另有\(count)人，按 4 查看") }
    func mobileAtRisk(_ names: String) -> String { t("mobile members (unexcused months): \(names)", "流动党员（无故月数）：\(names)") }
    func excusedRunsLine(_ names: String) -> String { t("on long leave (excused months, not escalated): \(names)", "长期请假（因故月数，不预警）：\(names)") }

    func dutiesTitle(_ year: Int, _ day: String) -> String { t("Duties \(year), as of \(day)", "\(year)年组织生活落实情况（截至\(day)）") }
    var dutyLegend: String {
        t("✓ held  ✗ missing  • due now  · not yet  – not owed  - before the records",
          "✓ 已开  ✗ 未开  • 本期待开  · 未到期  – 不需开  - 无记录")
    }
    var closeDuties: String { t("Esc or d closes · partyday report compliance prints it", "Esc 或 d 关闭 · 命令 partyday report compliance 可输出") }

    // MARK: Participation

    func participationTitle(_ from: String, _ to: String, _ type: String, _ sort: String) -> String {
        t("Participation \(from) – \(to) · \(type) · \(sort)", "参加组织生活情况 \(from) 至 \(to) · \(type) · \(sort)")
    }
    var allTypes: String { t("all types", "全部类型") }
    var rosterOrder: String { t("roster order", "名册顺序") }
    func sortedBy(_ column: String, descending: Bool) -> String {
        t("sorted by \(column) \(descending ? "↓" : "↑")", "按\(column)\(descending ? "降序" : "升序")")
    }
    var colName: String { t("Name", "姓名") }
    var colExpected: String { t("Exp", "应到") }
    var colAttended: String { t("Att", "实到") }
    var colLate: String { t("Late", "迟到") }
    var colLeftEarly: String { t("Left", "早退") }
    var colLeave: String { t("Lv", "请假") }
    var colExcused: String { t("Exc", "因故") }
    var colUnexcused: String { t("Unx", "无故") }
    var colRate: String { t("Rate", "出席率") }
    var colLastAttended: String { t("Last came", "最近参加") }
    var colSpoke: String { t("Spk", "发言") }
    var colPledges: String { t("Pl m/k/o", "承诺") }
    var colOverdue: String { t("Ovd", "逾期") }
    var colRun: String { t("Run", "连续未参加") }
    var colWarning: String { t("Warning", "预警") }
    var colMadeUp: String { t("Made", "补学") }
    var colGrade: String { t("Last grade", "最近评议") }
    var mobileMark: String { t(" (m)", "（流）") }
    var noMembersInPeriod: String { t("No member was on the roster in this period.", "该期间名册中没有党员。") }
    var periodTitle: String { t("Period", "统计期间") }
    var fieldFrom: String { t("From", "起始日期") }
    var fieldTo: String { t("To", "截止日期") }
    var periodBackwards: String { t("The first day is after the last.", "起始日期晚于截止日期。") }
    func timelineTitle(_ name: String) -> String { t("\(name): every meeting", "\(name)：参加会议记录") }
    func standingLine(_ run: String, _ lastMonth: String?) -> String {
        let last = lastMonth.map { t("last attended \($0)", "最近参加\($0)") } ?? t("never attended", "从未参加")
        return t("Six-month rule: \(run == "—" ? "no open run" : run), \(last)", "六个月规则：\(run == "—" ? "无连续未参加" : run)，\(last)")
    }
    var monthStripLabel: String { t("Months ", "各月 ") }
    var monthStripLegend: String { t("A came U no reason E excused", "A参加 U无故 E因故") }
    var columnDay: String { t("Date", "日期") }

    // MARK: Pledges

    func pledgesTitle(_ filter: String, _ count: Int) -> String { t("Pledges: \(filter) (\(count))", "承诺事项：\(filter)（\(count)）") }
    func reviewInPlaceTitle(_ day: String, _ count: Int) -> String {
        t("Review earlier pledges at the meeting of \(day) (\(count) open)", "在\(day)会议上回顾以往承诺（\(count)项未完成）")
    }
    func pledgeFilterName(_ filter: PledgeFilter) -> String {
        switch filter {
        case .all: t("all", "全部")
        case .open: t("open", "待兑现")
        case .overdue: t("overdue", "已逾期")
        case .kept: t("kept", "已兑现")
        case .dropped: t("dropped", "未兑现")
        }
    }
    var noPledges: String { t("No pledges match. Press f for another filter.", "没有符合条件的承诺。按 f 切换筛选。") }
    var noOpenPledgesEarlier: String { t("No open pledges from earlier meetings.", "以往会议没有未完成的承诺。") }
    var columnMadeAt: String { t("Made", "提出日期") }
    var columnLastReview: String { t("Last review", "最近回顾") }
    func lastReviewLine(_ day: String, _ note: String, _ count: Int) -> String {
        t("Last review \(day)\(note.isEmpty ? "" : ": \(note)")\(count > 1 ? " (\(count) reviews)" : "")",
          "最近回顾 \(day)\(note.isEmpty ? "" : "：\(note)")\(count > 1 ? "（共\(count)次）" : "")")
    }
    var notReviewedYet: String { t("Not reviewed yet.", "尚未回顾。") }
    func reviewPledgeTitle(_ name: String, _ text: String) -> String { t("Review: \(name) — \(text)", "回顾：\(name)——\(text)") }
    var fieldPledgeStatus: String { t("Now", "现状") }
    var fieldReviewDay: String { t("Reviewed on", "回顾日期") }
    var fieldReviewNote: String { t("Note", "说明") }
    var pledgeReviewSaved: String { t("Pledge review saved.", "承诺回顾已保存。") }
    var reviewPledgesStep: String { t("Review earlier pledges", "回顾以往承诺落实情况") }
    func reviewLine(_ who: String, _ text: String, _ status: String, _ note: String) -> String {
        t("\(who): \(text) — \(status)\(note.isEmpty ? "" : " (\(note))")", "\(who)：\(text)——\(status)\(note.isEmpty ? "" : "（\(note)）")")
    }
    /// `paths` are relative to the data folder: the Markdown file, then the same name as text.
    func minutesWritten(_ paths: [String]) -> String {
        t("Minutes written: \(fileList(paths))", "会议记录已导出：\(fileList(paths))")
    }
    func signInWritten(_ paths: [String]) -> String {
        t("Sign-in sheet written: \(fileList(paths))", "签到表已导出：\(fileList(paths))")
    }
    /// `exports/x.md, .txt and .docx`: the first path whole, the others by their extension.
    private func fileList(_ paths: [String]) -> String {
        let others = paths.dropFirst().map { "." + ($0.split(separator: ".").last.map(String.init) ?? $0) }
        let all = [paths.first ?? ""] + others
        guard all.count > 1 else { return all.joined() }
        return all.dropLast().joined(separator: t(", ", "、")) + t(" and ", " 和 ") + all.last!
    }

    var expectedRowsUpdated: String {
        t("Expected members updated from the roster of the meeting's day (u undoes).", "已按会议当日名册更新应到人员（u 可撤销）。")
    }

    // MARK: Settings

    var settingsLadderHeading: String { t("Six-month rule: warnings after this many unexcused months", "六个月规则：连续无故不参加达到以下月数时预警") }
    func ladderLine(_ months: Int, _ action: String) -> String { t("\(months) months: \(action)", "\(months)个月：\(action)") }
    var settingsDutiesHeading: String { t("Duties: how often each meeting is owed", "组织生活频次要求") }
    func noCommitteeNote(_ full: Int) -> String { t("(not owed: \(full) full members, fewer than 7)", "（正式党员\(full)人，不足7人，不需召开）") }
    var noGroupsNote: String { t("(not owed: no party groups)", "（未设党小组，不需召开）") }
    var settingsHelp: String {
        t("Press Enter to change them. Local rules may escalate earlier than the defaults (3, 5, 6); every report and the home screen use these.",
          "按 Enter 修改。各地规定可能比默认值（3、5、6个月）更早预警；所有统计和首页均按此计算。")
    }
    var settingsFormTitle: String { t("Branch rules", "支部规则设置") }
    var fieldLadderTalk: String { t("Talk to the member after (months)", "谈心谈话（月）") }
    var fieldLadderUrgent: String { t("Urgent after (months)", "紧急预警（月）") }
    var fieldLadderLeft: String { t("Regarded as left after (months)", "视为自行脱党（月）") }
    var ladderInvalid: String { t("Thresholds must be at least 1 and rise: talk ≤ urgent ≤ left.", "月数须至少为1，且依次不减：谈话 ≤ 紧急 ≤ 脱党。") }
    var settingsSaved: String { t("Branch rules saved.", "支部规则已保存。") }
}
