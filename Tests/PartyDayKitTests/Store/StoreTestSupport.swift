import Foundation
@testable import PartyDayKit

/// A meeting that uses every field, with Chinese and multi-line text.
func fullMeeting(id: String = "full-meeting", dirty: Bool = false) -> Meeting {
    let bell = dirty ? "\u{7}" : ""
    let escape = dirty ? "\u{1B}[2J" : ""
    let member = PersonRef(name: "张建军\(bell)", memberID: "m-06")
    let guest = Guest(id: "g1", name: "侯军", title: "集团公司党委书记、董事长\(escape)", organization: "集团公司")
    let snapshot = MemberSnapshot(memberID: "m-06", name: "张建军", category: .full, underNoVotePenalty: false,
                                  role: Role(.member), partyGroupID: "g1")
    let probationary = MemberSnapshot(memberID: "m-27", name: "曹阳", category: .probationary, underNoVotePenalty: false,
                                      role: Role(.member), partyGroupID: nil)
    return Meeting(
        id: id,
        types: [.themePartyDay, .generalMeeting],
        partyGroupID: "g1",
        theme: "决战四季度，\(escape)坚决打赢扭亏攻坚战",
        start: Date(timeIntervalSince1970: 1_793_926_800.4),
        end: Date(timeIntervalSince1970: 1_793_935_800),
        place: "会议室\n二楼",
        host: member,
        recorder: PersonRef(name: "赵明", memberID: "m-04"),
        state: .inProgress,
        guests: [guest],
        attendance: [
            AttendanceRecord(member: snapshot, status: .onLeave, reason: "夜班\(bell)倒休"),
            AttendanceRecord(member: probationary, status: .excluded, reason: "书面请假", exclusion: .mobileExcusedInWriting),
        ],
        nonVotingAttendees: [NonVotingAttendee(id: "n1", name: "刘思远", note: "入党积极分子")],
        agenda: [
            AgendaStep(id: "a1", title: "签到", status: .done, doneAt: Date(timeIntervalSince1970: 1_793_926_900.9), notes: "第一行\r\n第二行\(bell)"),
            AgendaStep(id: "a2", title: "学习党章", status: .skipped, skipReason: "时间不够"),
            AgendaStep(id: "a3", title: "表态"),
        ],
        speeches: [Speech(id: "s1", speaker: .guest(guest), agendaStepID: "a1", summary: "一是……\n二是……\(escape)", dissent: true)],
        suggestions: [Suggestion(id: "q1", by: member, text: "建议\t优化检修计划", answer: "按月滚动优化", answeredBy: .guest(guest))],
        decisions: [Decision(id: "d1", text: "同意转正", yes: 5, no: 1, abstain: 2)],
        pledges: [Pledge(id: "p1", by: member, text: "完成降本项目", due: Day("2026-12-31"), status: .kept,
                         reviews: [Pledge.Review(on: Day("2026-12-20")!, note: "已完成\(bell)")]),
                  Pledge(id: "p2", by: nil, text: "全支部承诺", due: nil, status: .dropped)],
        hostSummary: "总结：\n好",
        minutes: "会议记录\n\n第二段\(escape)"
    )
}

func openStore(_ folder: TempFolder, _ access: Store.Access = .readWrite) throws -> Store {
    try Store(folder: folder.url, access: access)
}

/// The mode bits of a file or folder.
func permissions(_ url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as! NSNumber).intValue
}

/// Every meeting file's path relative to the data folder.
func meetingFiles(in folder: URL) -> [String] {
    let meetings = folder.appendingPathComponent("meetings")
    let years = (try? FileManager.default.contentsOfDirectory(atPath: meetings.path)) ?? []
    return years.flatMap { year in
        ((try? FileManager.default.contentsOfDirectory(atPath: meetings.appendingPathComponent(year).path)) ?? [])
            .map { "meetings/\(year)/\($0)" }
    }.sorted()
}
