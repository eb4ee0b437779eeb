import Foundation

/// The demo branch's talks (谈心谈话): 2025's round complete; in 2026 the secretary has
/// talked with everyone but 周海 (working away in 湛江) and 钱斌 (who stopped coming in
/// June; nobody on the committee has talked with him), the organization member with 周海 by phone, and the committee pairs all but
/// 赵明—孙丽 — so home warns before the organizational-life meeting, as a real branch's
/// would in late November. Besides the yearly round: 吴芳 before her sick leave, 罗军
/// after his penalty, a change of post.
enum DemoTalks {
    static func talks(members: [Member]) -> [Talk] {
        var talks: [Talk] = []
        let byID = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0) })
        func ref(_ id: String) -> PersonRef { byID[id].map(PersonRef.member) ?? PersonRef(name: id) }
        func add(_ day: Day, _ talker: String, _ partner: String, _ occasion: TalkOccasion = .yearly, topics: String, agreed: String = "", followUp: String = "") {
            talks.append(Talk(id: "talk-\(day.year)-\(String(format: "%03d", talks.count + 1))", day: day, talker: ref(talker), partner: ref(partner),
                              occasion: occasion, topics: topics, agreed: agreed, followUp: followUp))
        }
        let topics = ["本人思想和工作情况，对支部工作的意见建议", "岗位履职和班组安全生产情况", "学习贯彻党的二十届四中全会精神的体会",
                      "家庭情况和工作中的困难", "对照党员标准查摆的问题"]
        let committee = ["m-01", "m-02", "m-03", "m-04", "m-05"]
        for year in [2025, 2026] {
            let asOf = Day(year: year, month: 11, day: 20)!
            let onRoster = members.filter { $0.snapshot(on: asOf) != nil }.map(\.id)
            // The secretary's round, October into November.
            var day = Day(year: year, month: 10, day: 8)!
            for (index, id) in onRoster.enumerated() where id != "m-01" {
                if year == 2026 && (id == DemoRoster.mobileMember || id == DemoRoster.driftingMember) { continue }
                add(day, "m-01", id, topics: topics[index % topics.count], agreed: index % 4 == 0 ? "每月向党小组汇报一次思想学习情况" : "")
                if index % 2 == 1 { day = day.adding(days: 1) }
            }
            // The committee among themselves.
            var pairDay = Day(year: year, month: 9, day: 15)!
            for (index, one) in committee.enumerated() {
                for other in committee.dropFirst(index + 1) where one != "m-01" {
                    if year == 2026 && one == "m-04" && other == "m-05" { continue }
                    add(pairDay, one, other, topics: "班子团结和分工履职情况，相互提醒的问题", agreed: "相互提醒，年底前各自整改一项问题")
                    pairDay = pairDay.adding(days: 2)
                }
            }
        }
        add(Day("2026-11-12")!, "m-03", DemoRoster.mobileMember, topics: "电话谈心：在湛江基地的工作、参加当地党组织活动情况", agreed: "每季度向支部书面汇报一次",
            followUp: "年底回厂时书记当面谈")
        add(Day("2026-04-28")!, "m-01", "m-20", .mistake, topics: "受到留党察看处分后的思想状况，对处分的认识", agreed: "每季度向支部书面检查一次",
            followUp: "十月已交第二次书面检查")
        add(Day("2026-04-30")!, "m-02", DemoRoster.longLeaveMember, .illness, topics: "手术前的身体和家庭情况，病假期间的学习安排",
            agreed: "病假期间自学会议材料，支部派人送学", followUp: "十月复工后已补学")
        add(Day("2026-07-06")!, "m-01", "m-06", .postChange, topics: "调任酸洗班班长后的工作打算", agreed: "年内带出一名兼职安全员")
        return Talk.byDay(talks)
    }
}
