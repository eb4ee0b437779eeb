import Foundation

/// The demo branch's plan for 2026, adopted at January's committee meeting: the theme Party
/// Day on the 10th, a general meeting each quarter, a lecture each quarter and the
/// secretary's in December, the organizational-life meeting in December and the evaluation
/// of 2025 in January; three tasks with their 四落实. In late November its December entries
/// are still to come; on 7 December home names the secretary's lecture as not yet scheduled.
enum DemoPlan {
    static func plan(meetings: [Meeting]) -> YearPlan {
        let zone = DemoData.timeZone
        let adoption = meetings.first { Day($0.start, in: zone).year == 2026 && Day($0.start, in: zone).month == 1 && $0.types.contains(.committeeMeeting) }
        var planned: [PlannedMeeting] = []
        func add(_ type: MeetingType, _ month: Int, _ theme: String = "", lecturer: PersonRef? = nil) {
            planned.append(PlannedMeeting(id: "plan-2026-\(String(format: "%02d", planned.count + 1))", type: type, month: month, theme: theme, lecturer: lecturer))
        }
        let secretary = PersonRef(name: "李振华", memberID: DemoRoster.secretary)
        add(.democraticEvaluation, 1, "2025年度民主评议党员")
        for (month, theme) in [(1, "书记讲党课：以高质量党建引领生产经营"), (4, "书记讲党课：以高质量党建引领生产经营"), (7, "书记讲党课：以高质量党建引领生产经营"),
                               (10, "书记讲党课：以高质量党建引领生产经营")] {
            add(.partyLecture, month, theme, lecturer: secretary)
        }
        add(.partyLecture, 12, "学习贯彻党的二十届四中全会精神", lecturer: secretary)
        for month in [3, 6, 9, 12] { add(.generalMeeting, month) }
        add(.organizationalLifeMeeting, 12, "2026年度组织生活会")
        return YearPlan(year: 2026, adoptedOn: adoption.map { Day($0.start, in: zone) }, adoptedAtMeetingID: adoption?.id, themePartyDayDay: 10,
                        meetings: planned, tasks: [
                            PlanTask(id: "task-2026-1", content: "开展“党员先锋岗”创建，每个班组至少一名党员示范岗", time: "全年", measures: "每季度在党员大会上点评",
                                     responsible: "刘晓燕", check: "年底述职时检查", doneOn: nil),
                            PlanTask(id: "task-2026-2", content: "完成发展党员年度计划（发展 2 名）", time: "10月底前", measures: "按 25 个步骤跟踪，公示不少于 5 个工作日",
                                     responsible: "刘晓燕", check: "上级党委组织部备案", doneOn: Day("2026-09-25")),
                            PlanTask(id: "task-2026-3", content: "党费按月收缴、按季上缴", time: "每季度末", measures: "主题党日集中收缴",
                                     responsible: "赵明", check: "党费登记表", doneOn: nil),
                        ])
    }
}
