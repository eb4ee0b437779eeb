import Foundation

/// The demo branch's members in development: two applicants (one whose talk is late),
/// two activists (one assessed late), one candidate with sponsors, 刘思远 admitted at the
/// general meeting of 25 September (step 15) and on the roster since, 冯雪 converted on
/// time, 曹阳 on probation with an assessment overdue, and 邓丽君 whose conversion is overdue. Steps decided at the demo's
/// committee and general meetings name them.
enum DemoDevelopment {
    static func people(meetings: [Meeting]) -> [DevelopmentPerson] {
        func meeting(_ day: String, _ type: MeetingType) -> String? {
            meetings.first { Day($0.start, in: DemoData.timeZone) == Day(day)! && $0.types.contains(type) }?.id
        }
        func step(_ step: DevelopmentStep, _ day: String, by: String = "", meeting type: MeetingType? = nil, document: String = "") -> DevelopmentStepEntry {
            var entry = DevelopmentStepEntry(step, on: Day(day)!, by: by, document: document)
            if let type {
                entry.meetingID = meeting(day, type)
                entry.body = type == .generalMeeting ? .generalMeeting : .branchCommittee
            } else if !step.decidingBodies.isEmpty {
                entry.body = step.decidingBodies.first
            }
            return entry
        }
        func quarterly(from start: String, until end: String, every months: Int = 3, text: String) -> [DatedNote] {
            var notes: [DatedNote] = []
            var day = Day(start)!.adding(days: 20)
            while day <= Day(end)! {
                notes.append(DatedNote(day: day, by: "刘晓燕", text: text))
                day = day.adding(months: months)
            }
            return notes
        }
        let contact = { (from: String) in Sponsorship(memberID: "m-03", name: "刘晓燕", from: Day(from)!) }
        let sponsors = { (from: String) in [Sponsorship(memberID: "m-03", name: "刘晓燕", from: Day(from)!), Sponsorship(memberID: "m-06", name: "张建军", from: Day(from)!)] }

        let sunYue = DevelopmentPerson(id: "dev-sunyue", name: "孙悦", gender: "女", birthDate: Day("2001-04-12"), unit: "酸轧作业区", post: "操作工",
                                       steps: [step(.application, "2026-10-20"), step(.applicantTalk, "2026-11-05", by: "刘晓燕")])
        let zhouHang = DevelopmentPerson(id: "dev-zhouhang", name: "周航", gender: "男", birthDate: Day("1999-08-30"), unit: "酸轧作业区", post: "班长",
                                         steps: [step(.application, "2026-11-02")])
        var zhaoChen = DevelopmentPerson(id: "dev-zhaochen", name: "赵晨", gender: "男", birthDate: Day("1996-02-18"), unit: "轧机作业区", post: "工程师",
                                         steps: [step(.application, "2025-03-10"), step(.applicantTalk, "2025-03-25", by: "刘晓燕"),
                                                 step(.activistDecided, "2025-07-05", by: "党员推荐"), step(.activistFiled, "2025-07-12", document: "冷轧党委备案"),
                                                 step(.contactsAssigned, "2025-07-05")],
                                         contacts: [contact("2025-07-05")])
        zhaoChen.assessments = [DatedNote(day: Day("2025-12-28")!, by: "党支部", text: "学习认真，工作积极，思想汇报按时。"),
                                DatedNote(day: Day("2026-07-03")!, by: "党支部", text: "在产线改造中带头攻关，群众评价好。")]
        zhaoChen.reports = quarterly(from: "2025-07-05", until: "2026-12-01", text: "学习党的二十届四中全会精神体会")
        var qianXiao = DevelopmentPerson(id: "dev-qianxiao", name: "钱晓", gender: "女", birthDate: Day("1998-11-02"), unit: "酸轧作业区", post: "质检员",
                                         steps: [step(.application, "2025-06-03"), step(.applicantTalk, "2025-06-20", by: "孙丽"),
                                                 step(.activistDecided, "2025-11-05", by: "群团组织推优"), step(.activistFiled, "2025-11-12", document: "冷轧党委备案"),
                                                 step(.contactsAssigned, "2025-11-05")],
                                         contacts: [Sponsorship(memberID: "m-05", name: "孙丽", from: Day("2025-11-05")!)])
        // Assessed late: nothing in the first half year, then in June.
        qianXiao.assessments = [DatedNote(day: Day("2026-06-20")!, by: "党支部", text: "思想上进，业务熟练。")]
        qianXiao.reports = quarterly(from: "2025-11-05", until: "2026-12-01", text: "学习党章体会")
        var wangLu = DevelopmentPerson(id: "dev-wanglu", name: "王璐", gender: "女", birthDate: Day("1997-05-21"), unit: "轧机作业区", post: "技术员",
                                       steps: [step(.application, "2024-09-01"), step(.applicantTalk, "2024-09-20", by: "赵明"),
                                               step(.activistDecided, "2025-01-10", by: "党员推荐"), step(.activistFiled, "2025-01-17", document: "冷轧党委备案"),
                                               step(.contactsAssigned, "2025-01-10"),
                                               step(.candidateDecided, "2026-03-05", meeting: .committeeMeeting), step(.candidateFiled, "2026-03-12", document: "冷轧党委备案"),
                                               step(.sponsorsAssigned, "2026-03-05"), step(.politicalReview, "2026-04-20", by: "冷轧厂党委组织部"),
                                               {
                                                   var training = step(.training, "2026-05-18", by: "日照公司党校")
                                                   training.days = 3
                                                   training.hours = 24
                                                   return training
                                               }()],
                                       contacts: [Sponsorship(memberID: "m-04", name: "赵明", from: Day("2025-01-10")!)], sponsors: sponsors("2026-03-05"),
                                       notices: [PublicNotice(step: .candidateDecided, from: Day("2026-03-06")!, to: Day("2026-03-12")!)])
        wangLu.assessments = [DatedNote(day: Day("2025-07-08")!, by: "党支部", text: "积极参加支部活动。"), DatedNote(day: Day("2026-01-06")!, by: "党支部", text: "已具备发展对象条件。")]
        wangLu.reports = quarterly(from: "2025-01-10", until: "2026-12-01", text: "思想汇报")
        var liuSiyuan = DevelopmentPerson(id: "dev-liusiyuan", name: "刘思远", gender: "男", birthDate: Day("1995-10-08"), unit: "酸轧作业区", post: "主操",
                                          steps: [step(.application, "2024-03-01"), step(.applicantTalk, "2024-03-20", by: "刘晓燕"),
                                                  step(.activistDecided, "2024-06-05", by: "党员推荐"), step(.activistFiled, "2024-06-12", document: "冷轧党委备案"),
                                                  step(.contactsAssigned, "2024-06-05"),
                                                  step(.candidateDecided, "2025-07-05"), step(.candidateFiled, "2025-07-12", document: "冷轧党委备案"),
                                                  step(.sponsorsAssigned, "2025-07-05"), step(.politicalReview, "2025-12-10", by: "冷轧厂党委组织部"),
                                                  {
                                                      var training = step(.training, "2025-08-20", by: "日照公司党校")
                                                      training.days = 4
                                                      training.hours = 32
                                                      return training
                                                  }(),
                                                  step(.committeeReview, "2026-09-05", meeting: .committeeMeeting), step(.preReview, "2026-09-12", by: "冷轧厂党委"),
                                                  step(.applicationForm, "2026-09-15", document: "志愿书编号 2026-0137"),
                                                  step(.admissionVote, "2026-09-25", meeting: .generalMeeting), step(.committeeTalk, "2026-10-10", by: "冷轧厂党委组织员 王建"),
                                                  step(.admissionApproval, "2026-10-20", by: "冷轧厂党委", document: "冷轧党发〔2026〕41号"),
                                                  step(.filedAbove, "2026-10-25", document: "日照公司党委组织部备案"), step(.placedInGroup, "2026-10-20", by: "酸洗党小组"),
                                                  step(.oath, "2026-10-28", by: "冷轧厂党委")],
                                          contacts: [contact("2024-06-05")], sponsors: sponsors("2025-07-05"),
                                          notices: [PublicNotice(step: .candidateDecided, from: Day("2025-07-07")!, to: Day("2025-07-11")!),
                                                    PublicNotice(step: .committeeReview, from: Day("2026-09-07")!, to: Day("2026-09-11")!)],
                                          memberID: DemoRoster.admittedMember)
        liuSiyuan.assessments = [DatedNote(day: Day("2024-12-01")!, by: "党支部", text: "表现良好。"), DatedNote(day: Day("2025-06-01")!, by: "党支部", text: "具备发展对象条件。"),
                                 DatedNote(day: Day("2026-12-01")!, by: "党支部", text: "预备期第一季度考察：积极参加组织生活。")]
        liuSiyuan.reports = quarterly(from: "2024-06-05", until: "2026-12-01", text: "思想汇报")
        var fengXue = DevelopmentPerson(id: "dev-fengxue", name: "冯雪", gender: "女", birthDate: Day("1994-01-16"), unit: "酸轧作业区", post: "统计员",
                                        steps: [step(.application, "2023-02-10"), step(.applicantTalk, "2023-02-24", by: "刘晓燕"),
                                                step(.activistDecided, "2023-06-02"), step(.activistFiled, "2023-06-09"), step(.contactsAssigned, "2023-06-02"),
                                                step(.candidateDecided, "2024-07-03"), step(.candidateFiled, "2024-07-10"), step(.sponsorsAssigned, "2024-07-03"),
                                                step(.politicalReview, "2025-03-20"), {
                                                    var training = step(.training, "2024-09-10", by: "日照公司党校")
                                                    training.days = 3
                                                    return training
                                                }(),
                                                step(.committeeReview, "2025-05-10"), step(.preReview, "2025-05-15"), step(.applicationForm, "2025-05-20", document: "志愿书编号 2025-0088"),
                                                step(.admissionVote, "2025-06-01"), step(.committeeTalk, "2025-06-20"), step(.admissionApproval, "2025-07-15", by: "冷轧厂党委"),
                                                step(.filedAbove, "2025-07-25"), step(.placedInGroup, "2025-07-15", by: "酸洗党小组"), step(.oath, "2025-07-28"),
                                                step(.conversionRequest, "2026-05-10"), step(.conversionVote, "2026-06-10", meeting: .generalMeeting),
                                                step(.conversionApproval, "2026-06-20", by: "冷轧厂党委"), step(.archived, "2026-06-25", by: "冷轧厂党委组织部")],
                                        contacts: [contact("2023-06-02")], sponsors: sponsors("2024-07-03"),
                                        notices: [PublicNotice(step: .candidateDecided, from: Day("2024-07-04")!, to: Day("2024-07-10")!),
                                                  PublicNotice(step: .committeeReview, from: Day("2025-05-12")!, to: Day("2025-05-16")!),
                                                  PublicNotice(step: .conversionRequest, from: Day("2026-05-11")!, to: Day("2026-05-15")!)],
                                        memberID: "m-26")
        fengXue.assessments = quarterly(from: "2023-06-02", until: "2026-06-01", every: 3, text: "考察合格。")
        fengXue.reports = quarterly(from: "2023-06-02", until: "2026-06-01", text: "思想汇报")
        // 曹阳: on probation since the general meeting of 15 March; the third quarter's assessment is missing.
        var caoYang = DevelopmentPerson(id: "dev-caoyang", name: "曹阳", gender: "男", birthDate: Day("1998-03-03"), unit: "轧机作业区", post: "设备点检员",
                                        steps: [step(.application, "2023-09-01"), step(.applicantTalk, "2023-09-15", by: "赵明"),
                                                step(.activistDecided, "2024-01-10"), step(.activistFiled, "2024-01-17"), step(.contactsAssigned, "2024-01-10"),
                                                step(.candidateDecided, "2025-02-10"), step(.candidateFiled, "2025-02-17"), step(.sponsorsAssigned, "2025-02-10"),
                                                step(.politicalReview, "2025-10-10"), {
                                                    var training = step(.training, "2025-04-15", by: "日照公司党校")
                                                    training.hours = 24
                                                    return training
                                                }(),
                                                step(.committeeReview, "2026-02-20"), step(.preReview, "2026-02-28"), step(.applicationForm, "2026-03-05", document: "志愿书编号 2026-0021"),
                                                step(.admissionVote, "2026-03-15"), step(.committeeTalk, "2026-04-02"), step(.admissionApproval, "2026-04-20", by: "冷轧厂党委"),
                                                step(.filedAbove, "2026-04-28"), step(.placedInGroup, "2026-04-20", by: "轧机党小组"), step(.oath, "2026-05-04")],
                                        contacts: [Sponsorship(memberID: "m-04", name: "赵明", from: Day("2024-01-10")!)],
                                        sponsors: [Sponsorship(memberID: "m-04", name: "赵明", from: Day("2025-02-10")!), Sponsorship(memberID: "m-07", name: "王海燕", from: Day("2025-02-10")!)],
                                        notices: [PublicNotice(step: .candidateDecided, from: Day("2025-02-11")!, to: Day("2025-02-17")!),
                                                  PublicNotice(step: .committeeReview, from: Day("2026-02-23")!, to: Day("2026-02-27")!)],
                                        memberID: "m-27")
        caoYang.assessments = [DatedNote(day: Day("2024-07-01")!, by: "党支部", text: "合格。"), DatedNote(day: Day("2024-12-20")!, by: "党支部", text: "合格。"),
                               DatedNote(day: Day("2026-06-10")!, by: "党支部", text: "预备期考察：合格。"), DatedNote(day: Day("2026-09-05")!, by: "党支部", text: "预备期考察：合格。")]
        caoYang.reports = quarterly(from: "2024-01-10", until: "2026-12-01", text: "思想汇报")
        // 邓丽君: admitted at the general meeting of 20 November 2025 (the roster gives
        // another day of joining, and the rules say so), her probation ended a year on with
        // no conversion meeting yet: overdue.
        var dengLijun = DevelopmentPerson(id: "dev-denglijun", name: "邓丽君", gender: "女", birthDate: Day("1996-09-14"), unit: "酸轧作业区", post: "化验员",
                                          steps: [step(.application, "2022-10-08"), step(.applicantTalk, "2022-10-25", by: "孙丽"),
                                                  step(.activistDecided, "2023-03-06"), step(.activistFiled, "2023-03-13"), step(.contactsAssigned, "2023-03-06"),
                                                  step(.candidateDecided, "2024-05-08"), step(.candidateFiled, "2024-05-15"), step(.sponsorsAssigned, "2024-05-08"),
                                                  step(.politicalReview, "2025-06-10"), {
                                                      var training = step(.training, "2024-09-10", by: "日照公司党校")
                                                      training.days = 3
                                                      return training
                                                  }(),
                                                  step(.committeeReview, "2025-10-20"), step(.preReview, "2025-10-28"), step(.applicationForm, "2025-11-05", document: "志愿书编号 2025-0203"),
                                                  step(.admissionVote, "2025-11-20"), step(.committeeTalk, "2025-12-05"), step(.admissionApproval, "2026-01-10", by: "冷轧厂党委"),
                                                  step(.filedAbove, "2026-01-20"), step(.placedInGroup, "2026-01-10", by: "酸洗党小组"), step(.oath, "2026-01-15")],
                                          contacts: [Sponsorship(memberID: "m-05", name: "孙丽", from: Day("2023-03-06")!)],
                                          sponsors: [Sponsorship(memberID: "m-05", name: "孙丽", from: Day("2024-05-08")!), Sponsorship(memberID: "m-03", name: "刘晓燕", from: Day("2024-05-08")!)],
                                          notices: [PublicNotice(step: .candidateDecided, from: Day("2024-05-09")!, to: Day("2024-05-15")!),
                                                    PublicNotice(step: .committeeReview, from: Day("2025-10-21")!, to: Day("2025-10-27")!)],
                                          memberID: "m-28")
        dengLijun.assessments = quarterly(from: "2023-03-06", until: "2026-12-01", every: 3, text: "考察合格。")
        dengLijun.reports = quarterly(from: "2023-03-06", until: "2026-12-01", text: "思想汇报")
        return [sunYue, zhouHang, zhaoChen, qianXiao, wangLu, liuSiyuan, fengXue, caoYang, dengLijun]
    }
}
