import Foundation
@testable import PartyDayKit

/// A small branch in Asia/Shanghai and concluded meetings marked as a test needs.
struct RuleFixture {
    var branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai",
                               partyGroups: [PartyGroup(id: "g1", name: "一组"), PartyGroup(id: "g2", name: "二组")])
    var members: [Member]
    var meetings: [Meeting] = []

    init(memberCount: Int = 8) {
        members = (0..<memberCount).map { number in
            Member(id: "p\(number)", name: "党员\(number)", joinedOn: Day("2010-01-01")!, onRosterSince: Day("2020-01-01")!,
                   role: number < 3 ? Role(number == 0 ? .secretary : .committeeMember) : Role(.member),
                   partyGroupID: number % 2 == 0 ? "g1" : "g2")
        }
    }

    static func instant(_ day: String, _ hour: Int, _ minute: Int = 0) -> Date {
        Day(day)!.start(in: TimeZone(identifier: "Asia/Shanghai")!).addingTimeInterval(Double(hour * 3600 + minute * 60))
    }

    /// A concluded meeting with rows from the roster of its day: everyone present unless marked.
    @discardableResult
    mutating func hold(_ types: [MeetingType], on day: String, at hour: Int = 9, minute: Int = 0, group: String? = nil,
                       marks: [String: AttendanceStatus] = [:], state: Meeting.State = .concluded) -> Meeting {
        var meeting = Meeting.new(types: types, partyGroupID: group, start: Self.instant(day, hour, minute), branch: branch, members: members)
        meeting.state = state
        for index in meeting.attendance.indices {
            meeting.attendance[index].status = marks[meeting.attendance[index].memberID] ?? .present
        }
        meetings.append(meeting)
        return meeting
    }

    var summaries: [MeetingSummary] { meetings.map(MeetingSummary.init).sorted { $0.start > $1.start } }

    func participation(_ period: Period, types: Set<MeetingType> = [], today: String) -> ParticipationReport {
        ParticipationReport(branch: branch, members: members, summaries: summaries,
                            query: ParticipationQuery(period: period, types: types), today: Day(today)!)
    }

    func row(_ id: String, _ period: Period = .year(2026), types: Set<MeetingType> = [], today: String = "2026-12-31") -> MemberParticipation? {
        participation(period, types: types, today: today).rows.first { $0.memberID == id }
    }

    func compliance(_ year: Int, today: String) -> ComplianceReport {
        ComplianceReport(branch: branch, members: members, summaries: summaries, year: year, today: Day(today)!)
    }
}
