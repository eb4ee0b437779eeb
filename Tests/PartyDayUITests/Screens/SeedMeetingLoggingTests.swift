import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// The seed story's theme Party Day, logged with the keyboard from an empty meeting to
/// concluded, then read back from the file through the store.
@Suite struct SeedMeetingLoggingTests {
    @Test func logTheSeedMeetingFromEmptyToConcluded() throws {
        let demo = DemoData.make()
        let shell = try TestShell(demo: false, branch: demo.branch, members: demo.members, language: .chinese,
                                  now: DemoData.date("2026-11-10", 9))
        #expect(shell.screen.contains("还没有会议。"))

        // New meeting: theme Party Day is preselected; skip the group; theme; time as given; place.
        shell.type("n")
        #expect(shell.screen.contains("新建会议"))
        shell.press(.tab, .tab)
        shell.type("决战四季度，坚决打赢扭亏攻坚战")
        shell.press(.tab)
        #expect(shell.screen.contains("2026-11-10 09:00"))
        shell.press(.tab)
        shell.type("冷轧厂酸轧作业区会议室")
        // Host (the secretary, given) and recorder follow; saved from here.
        shell.press(.control("s"))
        #expect(shell.state.screen == .workspace)
        #expect(shell.meeting?.host?.name == "李振华", "the secretary hosts unless told otherwise")
        #expect(shell.screen.contains("主题党日  决战四季度，坚决打赢扭亏攻坚战"))
        #expect(shell.screen.contains("应到 30 人（正式 26，预备 4）  实到 0 人"))

        // Attendance: 杨帆 on leave, 钱斌 absent without reason, 周海 left out (mobile, in writing), 林涛 late.
        shell.type("/yf")
        shell.press(.enter)
        shell.type("v")
        shell.type("夜班倒休")
        shell.press(.enter)
        shell.type("/qb")
        shell.press(.enter)
        shell.type("w")
        shell.type("/zhouhai")
        shell.press(.enter)
        shell.type("z8")
        shell.press(.tab)
        shell.type("在湛江基地工作，已书面请假")
        shell.press(.enter)
        shell.type("/lt")
        shell.press(.enter)
        shell.type("l")
        shell.type("P")
        #expect(shell.screen.contains("应到 29 人（正式 25，预备 4）  实到 27 人（正式 23，预备 4）  未签到 0"))
        #expect(shell.screen.contains("超过半数，符合规定"))

        // Guests: the visiting leaders with their titles.
        for (name, title, organization) in [("侯军", "集团公司党委书记、董事长", "集团公司"), ("张润生", "日照公司党委书记、总经理", "日照公司")] {
            shell.type("g")
            shell.type(name)
            shell.press(.tab)
            shell.type(title)
            shell.press(.tab)
            shell.type(organization)
            shell.press(.enter)
        }
        // Agenda: tick every step; the cursor follows the current step.
        shell.type("2")
        let steps = shell.meeting!.agenda.count
        for _ in 0..<steps { shell.type(" ") }
        #expect(shell.screen.contains("议程：已完成 \(steps)/\(steps)"))

        // Speeches: the secretary's report, a member, and the visiting leader (picked by pinyin).
        shell.type("3")
        for (who, text) in [("lzh", "通报近期重点工作和极致增产、降本增效活动开展情况"), ("czg", "谈四季度扭亏攻坚的思路"),
                            ("houj", "提出三点要求：\n一是充分认识组织生活制度的重要意义")] {
            shell.type("a")
            shell.type(who)
            shell.press(.enter, .tab)
            shell.send(.paste(text))
            shell.press(.tab, .enter)
        }
        #expect(shell.meeting!.speeches.map(\.speaker.name) == ["李振华", "陈志刚", "侯军"])
        #expect(shell.meeting!.speeches[2].speaker.guestID != nil)

        // Two suggestions, answered by 张润生.
        shell.type("4")
        for (who, text, answer) in [("hl", "建议优化酸轧机组检修计划", "检修计划按月滚动优化"), ("alyt", "建议加强青年职工技能培训", "设立青年技能提升专项")] {
            shell.type("a")
            shell.type(who)
            shell.press(.enter)
            shell.type(text)
            shell.press(.tab)
            shell.type(answer)
            shell.press(.tab)
            shell.type("zrs")
            shell.press(.enter)
        }
        #expect(shell.screen.contains("张润生"))

        // Pledges: a member's and the whole branch's.
        shell.type("6")
        shell.type("a")
        shell.type("czg")
        shell.press(.enter)
        shell.type("牵头完成酸轧机组降本增效项目")
        shell.press(.tab)
        shell.type("2026-12-31")
        shell.press(.tab, .enter)
        shell.type("a")
        shell.press(.tab)
        shell.type("决战四季度，坚决打赢扭亏攻坚战")
        shell.press(.tab)
        shell.type("2026-12-31")
        shell.press(.tab, .enter)
        #expect(shell.screen.contains("全体党员"))

        // The host's summary, then conclude.
        shell.type("7")
        shell.press(.enter)
        shell.type("全体党员要提高站位、坚定信心")
        shell.press(.tab)
        shell.type("侯军同志参加联系点党支部主题党日")
        shell.press(.control("s"))
        shell.state.now = DemoData.date("2026-11-10", 11, 30)
        shell.type("S")
        #expect(shell.meeting!.state == .concluded)
        #expect(shell.screen.contains("已结束"))

        // Everything is in the file.
        let saved = try Store(folder: shell.folder, access: .readOnly).loadMeeting(id: shell.meeting!.id)
        #expect(saved == shell.meeting!.sanitized())
        #expect(saved.theme == "决战四季度，坚决打赢扭亏攻坚战")
        #expect(saved.place == "冷轧厂酸轧作业区会议室")
        #expect(saved.host?.name == "李振华")
        #expect(saved.end == DemoData.date("2026-11-10", 11, 30))
        let byName = Dictionary(uniqueKeysWithValues: saved.attendance.map { ($0.name, $0) })
        #expect(byName["杨帆"]?.status == .onLeave && byName["杨帆"]?.reason == "夜班倒休")
        #expect(byName["钱斌"]?.status == .absentUnexcused)
        #expect(byName["周海"]?.status == .excluded && byName["周海"]?.exclusion == .mobileExcusedInWriting)
        #expect(byName["林涛"]?.status == .late)
        #expect(saved.attendance.filter { $0.status == .present }.count == 26)
        #expect(saved.guests.map(\.title) == ["集团公司党委书记、董事长", "日照公司党委书记、总经理"])
        #expect(saved.agenda.allSatisfy { $0.status == .done && $0.doneAt != nil })
        #expect(saved.speeches[2].summary == "提出三点要求：\n一是充分认识组织生活制度的重要意义")
        #expect(saved.suggestions.count == 2 && saved.suggestions.allSatisfy { $0.answeredBy?.name == "张润生" })
        #expect(saved.suggestions[1].by.name == "阿丽亚·吐尔逊")
        #expect(saved.pledges.count == 2 && saved.pledges[1].by == nil && saved.pledges[0].due == Day("2026-12-31"))
        #expect(saved.hostSummary == "全体党员要提高站位、坚定信心")
        #expect(saved.minutes == "侯军同志参加联系点党支部主题党日")
    }
}
