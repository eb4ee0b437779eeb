import Foundation
import PartyDayKit

/// The committee screen's texts.
extension Strings {
    var committeeBadge: String { t("reads only", "只读汇总") }
    func committeeCopy(_ name: String) -> String {
        t("Read-only: \(name) as the committee reads it · q goes back to the committee",
          "只读：党委读取的\(name)记录 · 按 q 返回党委汇总")
    }
    var committeeRefused: String {
        t("Read-only: the committee reads its branches and never changes their records.", "只读：党委只读取支部记录，从不修改。")
    }
    var committeePulled: String { t("Every cloned branch is up to date.", "各支部副本均已更新。") }
    func committeePullFailed(_ failures: [String]) -> String {
        t("Not pulled: ", "未能更新：") + failures.joined(separator: "; ")
    }
    func committeeHeading(_ count: Int, today: String) -> String {
        t("\(count) branch\(count == 1 ? "" : "es") · as of \(today)", "共\(count)个支部 · 截至\(today)")
    }
    var committeeNoBranches: String {
        t("No branches yet. Add them with: partyday committee add NAME URL|DIR --data-dir THIS-FOLDER",
          "还没有支部。添加支部：partyday committee add 名称 地址或文件夹 --data-dir 本文件夹")
    }
    var committeeReading: String { t("reading the branches…", "正在读取各支部…") }
    var committeePulling: String { t("pulling the branches' latest records…", "正在获取各支部最新记录…") }
    var columnBranch: String { t("Branch", "支部") }
    var columnMissed: String { t("Missed", "本年缺") }
    var columnAtRisk: String { t("Risk", "预警") }
    var columnDuesRisk: String { t("Dues", "欠费") }
    var columnOverdue: String { t("Late", "逾期诺") }
    var columnLastSync: String { t("Last sync", "最近同步") }
    func committeeTotal(_ total: CommitteeRollup.DutyTotal) -> String {
        t("\(total.held) of \(total.owing) branches held their \(total.label) \(typeName(total.type)).",
          "\(total.owing)个支部中有\(total.held)个已召开\(total.label)\(typeName(total.type))。")
    }
    var committeeLegend: String {
        t("✓ held  ✗ missed  • due now  · not yet  – not owed", "✓ 已开  ✗ 未开  • 本期应开  · 未到期  – 不需开")
    }
    public func committeeUnreadable(_ name: String, _ problem: String) -> String {
        t("\(name) cannot be opened: \(problem)", "无法打开\(name)：\(problem)")
    }
    func committeeDamaged(_ count: Int) -> String {
        t("\(count) damaged file\(count == 1 ? "" : "s") left out (partyday check)", "\(count)个文件已损坏，未计入（见 partyday check）")
    }
}

extension Strings {
    /// A meeting type in a few columns, for the committee table's headings.
    func shortTypeName(_ type: MeetingType) -> String {
        switch type {
        case .themePartyDay: t("Theme", "党日")
        case .generalMeeting: t("Gen.", "大会")
        case .committeeMeeting: t("Cmte", "支委会")
        case .partyGroupMeeting: t("Group", "小组会")
        case .partyLecture: t("Lect", "党课")
        case .organizationalLifeMeeting: t("OLM", "组织生活会")
        case .democraticEvaluation: t("Eval", "评议")
        }
    }
}
