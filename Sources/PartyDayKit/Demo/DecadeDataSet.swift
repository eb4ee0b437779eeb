import Foundation

/// The benchmark's data set: a decade of a large branch (60 members, five meetings a
/// month of five types, each with 60 attendance rows, 10 agenda steps and 10 pledges).
public enum DecadeDataSet {
    public static let types: [MeetingType] = [.themePartyDay, .committeeMeeting, .partyGroupMeeting, .generalMeeting, .partyLecture]

    /// `perMonth` scales the data set without leaving the decade (the supported years end
    /// in 2200): 20 gives twenty times the meetings, a hundred a month.
    public static func make(memberCount: Int = 60, meetingCount: Int = 600, firstYear: Int = 2016, perMonth scale: Int = 1) -> DemoData {
        var random = SeededGenerator(seed: 10)
        let since = Day(year: firstYear, month: 1, day: 1)!
        let branch = BranchProfile(name: "Benchmark branch", parentOrganizations: ["Group", "Mill"],
                                   timeZoneIdentifier: "Asia/Shanghai",
                                   partyGroups: [PartyGroup(id: "g1", name: "第一党小组"), PartyGroup(id: "g2", name: "第二党小组")])
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂")
        let members = (0..<memberCount).map { number in
            Member(id: String(format: "b-%03d", number),
                   name: "\(surnames[number % surnames.count])\(given[(number * 7) % given.count])\(given[(number * 3 + 1) % given.count])",
                   joinedOn: since, onRosterSince: since,
                   category: number % 10 == 9 ? .probationary : .full,
                   role: number < 5 ? Role(number == 0 ? .secretary : .committeeMember) : Role(.member),
                   partyGroupID: number % 2 == 0 ? "g1" : "g2")
        }
        let timeZone = branch.timeZone
        var meetings: [Meeting] = []
        for number in 0..<meetingCount {
            let monthIndex = number / (types.count * scale)
            let type = types[number % types.count]
            let inMonth = number % (types.count * scale)
            let dayOfMonth = scale == 1 ? 3 + inMonth * 5 : 1 + inMonth % 28
            let day = Day(year: firstYear + monthIndex / 12, month: monthIndex % 12 + 1, day: dayOfMonth)!
            let start = day.start(in: timeZone).addingTimeInterval(9 * 3600)
            var meeting = Meeting(id: random.id(), types: [type], theme: "第\(number + 1)次会议：学习贯彻上级精神，推进降本增效",
                                  start: start, end: start.addingTimeInterval(7200), place: "会议室",
                                  host: PersonRef.member(members[0]), recorder: PersonRef.member(members[1]), state: .concluded)
            // Every row regardless of scope: the benchmark wants 60 rows in every meeting.
            meeting.attendance = members.compactMap { $0.snapshot(on: day) }.map { snapshot in
                let roll = Int.random(in: 0..<20, using: &random)
                return AttendanceRecord(member: snapshot, status: roll == 0 ? .onLeave : roll == 1 ? .absentUnexcused : .present,
                                        reason: roll == 0 ? "出差" : "")
            }
            meeting.agenda = (0..<10).map { step in
                AgendaStep(id: random.shortID(), title: "议程第\(step + 1)项", status: .done,
                           doneAt: start.addingTimeInterval(Double(step) * 600), notes: "记录要点")
            }
            meeting.pledges = (0..<10).map { item in
                Pledge(id: random.shortID(), by: PersonRef.member(members[(number + item) % memberCount]),
                       text: "承诺事项\(item + 1)：完成岗位任务", due: day.adding(days: 30),
                       status: item % 3 == 0 ? .open : .kept)
            }
            meeting.speeches = [Speech(id: random.shortID(), speaker: PersonRef.member(members[2]), summary: "发言摘要")]
            meeting.hostSummary = "会议圆满完成各项议程。"
            meetings.append(meeting)
        }
        return DemoData(branch: branch, members: members, meetings: meetings)
    }
}
