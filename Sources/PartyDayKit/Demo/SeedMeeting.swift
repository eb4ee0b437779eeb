import Foundation

/// The theme Party Day of the seed story (10 November 2026), logged completely:
/// the visiting leaders as guests, the secretary's report, members' speeches,
/// suggestions with the answers given, and the pledges made.
enum SeedMeeting {
    static func make(branch: BranchProfile, members: [Member]) -> Meeting {
        let start = DemoData.date("2026-11-10", 9)
        var meeting = Meeting.new(types: [.themePartyDay], start: start, branch: branch, members: members)
        meeting.id = DemoData.seedMeetingID
        meeting.theme = "决战四季度，坚决打赢扭亏攻坚战"
        meeting.end = DemoData.date("2026-11-10", 11, 30)
        meeting.place = "冷轧厂酸轧作业区会议室"
        meeting.state = .concluded
        func person(_ id: String) -> PersonRef { PersonRef.member(members.first { $0.id == id }!) }
        meeting.host = person(DemoRoster.secretary)
        meeting.recorder = person(DemoRoster.propaganda)

        let houJun = Guest(id: "g-houjun", name: "侯军", title: "集团公司党委书记、董事长", organization: "集团公司")
        let zhang = Guest(id: "g-zhangrunsheng", name: "张润生", title: "日照公司党委书记、总经理", organization: "日照公司")
        meeting.guests = [
            houJun, zhang,
            Guest(id: "g-liuhongbo", name: "刘洪波", title: "日照公司党政领导", organization: "日照公司"),
            Guest(id: "g-zhangyongqing", name: "张永庆", title: "日照公司党政领导", organization: "日照公司"),
        ]
        meeting.nonVotingAttendees = [NonVotingAttendee(id: "a-activist", name: "王璐", note: "入党积极分子")]

        for index in meeting.attendance.indices {
            switch meeting.attendance[index].memberID {
            case DemoRoster.driftingMember:
                meeting.attendance[index].status = .absentUnexcused
            case DemoRoster.mobileMember:
                meeting.attendance[index].status = .excluded
                meeting.attendance[index].exclusion = .mobileExcusedInWriting
                meeting.attendance[index].reason = "在湛江基地工作，已书面请假"
            case "m-08":
                meeting.attendance[index].status = .onLeave
                meeting.attendance[index].reason = "夜班倒休"
            case "m-17":
                meeting.attendance[index].status = .late
                meeting.attendance[index].reason = "交接班延误10分钟"
            default:
                meeting.attendance[index].status = .present
            }
        }

        for index in meeting.agenda.indices {
            meeting.agenda[index].id = "step-\(index + 1)"
            meeting.agenda[index].status = .done
            meeting.agenda[index].doneAt = start.addingTimeInterval(Double(index) * 900)
        }
        meeting.agenda[1].notes = "全体党员按时缴纳11月党费。"
        let reportStep = meeting.agenda[4].id, speechStep = meeting.agenda[5].id
        let commentStep = meeting.agenda[6].id

        meeting.speeches = [
            Speech(id: "s-1", speaker: person(DemoRoster.secretary), agendaStepID: reportStep,
                   summary: "通报支部近期重点工作，以及极致增产、降本增效活动开展情况：\n10月酸轧产量创年内新高，吨钢加工成本下降。"),
            Speech(id: "s-2", speaker: person("m-02"), agendaStepID: speechStep,
                   summary: "结合“解放思想、振奋信心、勇于担当、积极作为”大讨论，谈四季度扭亏攻坚的思路。"),
            Speech(id: "s-3", speaker: person("m-07"), agendaStepID: speechStep,
                   summary: "轧机班组要在稳定生产的基础上挖潜增效，党员要冲在前面。"),
            Speech(id: "s-4", speaker: person("m-21"), agendaStepID: speechStep,
                   summary: "结合学习新时代中国特色社会主义思想主题教育，谈岗位上的体会。"),
            Speech(id: "s-5", speaker: PersonRef.guest(houJun), agendaStepID: commentStep,
                   summary: "对本次主题党日给予高度评价：主题鲜明、准备充分、流程严谨规范、氛围庄重严肃。\n提出三点要求：一是充分认识党的组织生活制度的重要意义；二是进一步明确党的组织生活的程序和标准；三是通过严肃认真的组织生活，加强党员教育管理监督，净化党内政治生态。"),
        ]
        meeting.suggestions = [
            Suggestion(id: "q-1", by: person("m-09"), text: "建议优化酸轧机组检修计划，减少非计划停机。",
                       answer: "结合当前钢铁形势和公司下一步工作方向，检修计划将按月滚动优化。", answeredBy: PersonRef.guest(zhang)),
            Suggestion(id: "q-2", by: person("m-21"), text: "建议加强青年职工技能培训，给年轻人压担子。",
                       answer: "公司将设立青年技能提升专项，由各作业区党支部牵头落实。", answeredBy: PersonRef.guest(zhang)),
        ]
        meeting.pledges = [
            Pledge(id: "p-1", by: nil, text: "严格落实集团公司部署要求，决战四季度，坚决打赢扭亏攻坚战。", due: Day("2026-12-31")),
            Pledge(id: "p-2", by: person("m-02"), text: "牵头完成酸轧机组降本增效项目。", due: Day("2026-12-31")),
            Pledge(id: "p-3", by: person("m-09"), text: "带领班组实现四季度零非计划停机。", due: Day("2026-12-31")),
            Pledge(id: "p-4", by: person("m-21"), text: "完成两项岗位技术革新。", due: Day("2027-01-31")),
        ]
        meeting.hostSummary = "本次主题党日主题鲜明、流程规范。全体党员要提高站位、坚定信心、统一步调、狠抓落实，为企业实现全年目标和高质量发展作出贡献。"
        meeting.minutes = "侯军同志参加联系点党支部主题党日，与大家一起过组织生活，共同接受党内政治生活锻炼。\n日照公司党政领导张润生、刘洪波、张永庆陪同参加。"
        return meeting
    }
}
