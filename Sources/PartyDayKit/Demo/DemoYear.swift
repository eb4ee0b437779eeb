import Foundation

/// The demo's ordinary meetings from December 2025 to October 2026, with the usual
/// mix of leave, lateness, a member who drifts away and one on long sick leave.
struct DemoYear {
    let branch: BranchProfile
    let members: [Member]
    var random = SeededGenerator(seed: 20_261_110)

    private static let months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
                                 "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]

    mutating func makeYear() -> [Meeting] {
        var meetings: [Meeting] = []
        for month in Self.months {
            let isNovember = month == "2026-11"
            meetings.append(meeting([.committeeMeeting], on: "\(month)-05", 14, theme: "研究部署本月支部工作"))
            if !isNovember {
                let types: [MeetingType] = month == "2026-06" ? [.themePartyDay, .generalMeeting] : [.themePartyDay]
                meetings.append(meeting(types, on: "\(month)-10", 9, theme: themes[Self.months.firstIndex(of: month)!]))
            }
            for (group, day) in [(DemoRoster.picklingGroup, "18"), (DemoRoster.rollingGroup, "19")] where !isNovember || day < "11" {
                meetings.append(meeting([.partyGroupMeeting], on: "\(month)-\(day)", 16, theme: "学习传达上级会议精神", group: group.id))
            }
        }
        for month in ["2025-12", "2026-03", "2026-09"] {
            meetings.append(meeting([.generalMeeting], on: "\(month)-25", 15, theme: "支部党员大会：通报季度工作"))
        }
        for month in ["2026-01", "2026-04", "2026-07", "2026-10"] {
            meetings.append(meeting([.partyLecture], on: "\(month)-28", 15, theme: "书记讲党课：以高质量党建引领生产经营"))
        }
        meetings.append(meeting([.organizationalLifeMeeting], on: "2025-12-28", 9, theme: "2025年度组织生活会"))
        meetings.append(meeting([.democraticEvaluation], on: "2026-01-16", 9, theme: "2025年度民主评议党员"))
        return meetings
    }

    private let themes = [
        "学习贯彻全会精神", "新春安全生产第一课", "弘扬劳模精神", "学党史、悟思想",
        "降本增效我先行", "安全生产月：人人讲安全", "庆祝建党105周年，重温入党誓词", "极致增产攻坚",
        "廉洁从业警示教育", "质量提升大讨论", "解放思想、振奋信心、勇于担当、积极作为", "",
    ]

    private mutating func meeting(_ types: [MeetingType], on day: String, _ hour: Int, theme: String,
                                  group: String? = nil) -> Meeting {
        let start = DemoData.date(day, hour)
        var meeting = Meeting.new(types: types, partyGroupID: group, start: start, branch: branch, members: members)
        meeting.id = random.id()
        for index in meeting.agenda.indices { meeting.agenda[index].id = random.shortID() }
        meeting.theme = theme
        meeting.end = start.addingTimeInterval(5400)
        meeting.place = types.contains(.partyGroupMeeting) ? "酸轧作业区操作室" : "冷轧厂酸轧作业区会议室"
        let hostID = group.flatMap { branch.partyGroup(id: $0)?.leaderMemberID } ?? DemoRoster.secretary
        meeting.host = members.first { $0.id == hostID }.map(PersonRef.member)
        meeting.recorder = members.first { $0.id == DemoRoster.propaganda }.map(PersonRef.member)
        meeting.state = .concluded
        for index in meeting.attendance.indices {
            mark(&meeting.attendance[index], on: Day(day)!)
        }
        // Eight minutes a step, closer together when a long agenda must fit the 90 minutes.
        let spacing = min(480, 5400 / (meeting.agenda.count + 1))
        for index in meeting.agenda.indices {
            meeting.agenda[index].status = .done
            meeting.agenda[index].doneAt = start.addingTimeInterval(Double((index + 1) * spacing))
        }
        addSpeeches(to: &meeting)
        if types.contains(.generalMeeting) || types.contains(.committeeMeeting) {
            addDecision(to: &meeting, day: day)
        }
        if types.contains(.themePartyDay) { addPledges(to: &meeting, day: Day(day)!) }
        meeting.hostSummary = "会议议程完整，发言积极，达到预期效果。"
        // The record names only people who were there: the host attends, and the recorder
        // is the propaganda member when expected, else another member who attended. Done
        // last, so the generator's draws (and every other figure of the demo) stay as they were.
        if let host = meeting.attendance.firstIndex(where: { $0.memberID == meeting.host?.memberID }), !meeting.attendance[host].attended {
            meeting.attendance[host].status = .present
            meeting.attendance[host].reason = ""
            meeting.attendance[host].exclusion = nil
        }
        if !meeting.attendance.contains(where: { $0.memberID == meeting.recorder?.memberID && $0.attended }),
           let row = meeting.attendance.first(where: { $0.attended && $0.memberID != meeting.host?.memberID }) {
            meeting.recorder = PersonRef(name: row.name, memberID: row.memberID)
        }
        return meeting
    }

    private mutating func mark(_ row: inout AttendanceRecord, on day: Day) {
        if row.memberID == DemoRoster.driftingMember, day >= Day("2026-06-15")! {
            row.status = .absentUnexcused
            return
        }
        if row.memberID == DemoRoster.longLeaveMember, day >= Day("2026-05-01")!, day <= Day("2026-10-31")! {
            row.status = .onLeave
            row.reason = "病假（术后休养）"
            return
        }
        if row.memberID == DemoRoster.mobileMember {
            row.status = .excluded
            row.exclusion = .mobileExcusedInWriting
            row.reason = "在湛江基地工作，已书面请假"
            return
        }
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<4: row.status = .late
        case 4..<6: row.status = .leftEarly
        case 6..<11:
            row.status = .onLeave
            row.reason = ["倒班", "出差", "家中有事", "外出培训"][roll % 4]
        case 11..<12:
            row.status = .absentExcused
            row.reason = "突发疾病"
        default: row.status = .present
        }
    }

    private mutating func addSpeeches(to meeting: inout Meeting) {
        let speakers = meeting.attendance.filter(\.attended).shuffled(using: &random).prefix(3)
        let lines = ["结合岗位谈体会，要把学习成果落实到生产中。", "建议班组之间多交流经验。", "要在降本增效中发挥党员先锋模范作用。"]
        for (offset, row) in speakers.enumerated() {
            let step = meeting.agenda.count > 2 ? meeting.agenda[meeting.agenda.count - 2].id : meeting.agenda.first?.id
            meeting.speeches.append(Speech(id: random.shortID(), speaker: PersonRef(name: row.name, memberID: row.memberID),
                                           agendaStepID: step, summary: lines[offset % lines.count]))
        }
    }

    private mutating func addDecision(to meeting: inout Meeting, day: String) {
        let voters = meeting.tally.votersPresent
        let text = day.hasPrefix("2026-06") ? "同意冯雪同志按期转为中共正式党员" : "通过本期工作安排"
        let no = voters > 4 ? 1 : 0
        meeting.decisions.append(Decision(id: random.shortID(), text: text, yes: voters - no, no: no, abstain: 0))
    }

    private mutating func addPledges(to meeting: inout Meeting, day: Day) {
        let pledgers = meeting.attendance.filter(\.attended).shuffled(using: &random).prefix(2)
        let texts = ["本月完成岗位技能提升培训", "牵头解决一项现场设备隐患", "带好一名新入职青工"]
        for (offset, row) in pledgers.enumerated() {
            let due = day.adding(days: 45)
            var pledge = Pledge(id: random.shortID(), by: PersonRef(name: row.name, memberID: row.memberID),
                                text: texts[(offset + day.month) % texts.count], due: due)
            // Older pledges were mostly reviewed; a few from late summer are still open and overdue.
            if due < Day("2026-08-01")! {
                pledge.status = offset == 1 && day.month % 4 == 0 ? .dropped : .kept
                pledge.reviews = [Pledge.Review(on: due, note: pledge.status == .kept ? "已完成，经支委会确认" : "因岗位调整不再适用")]
            }
            meeting.pledges.append(pledge)
        }
    }
}
