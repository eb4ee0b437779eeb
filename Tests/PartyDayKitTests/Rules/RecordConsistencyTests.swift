import Foundation
import Testing
@testable import PartyDayKit

/// Who the record says took part must have been there.
@Suite struct RecordConsistencyTests {
    @Test func anAbsentHostAndASpeakerOnLeaveAreNamed() throws {
        var meeting = DemoData.make().meetings.first { $0.id == DemoData.seedMeetingID }!
        #expect(meeting.recordInconsistencies.isEmpty, "the seed meeting's record is sound")
        let host = try #require(meeting.attendance.firstIndex { $0.memberID == meeting.host?.memberID })
        meeting.attendance[host].status = .absentUnexcused
        let other = try #require(meeting.speeches.first { $0.speaker.memberID != meeting.host?.memberID })
        let speaker = try #require(meeting.attendance.firstIndex { $0.memberID == other.speaker.memberID })
        meeting.attendance[speaker].status = .onLeave
        let found = meeting.recordInconsistencies
        #expect(found.first == RecordInconsistency(part: .host, name: meeting.host!.name, status: .absentUnexcused))
        #expect(found.contains(RecordInconsistency(part: .speaker, name: other.speaker.name, status: .onLeave)))
        #expect(found.allSatisfy { $0.status == .absentUnexcused || $0.status == .onLeave }, "\(found)")
    }

    @Test func demoRecordsNameOnlyPeopleWhoWereThere() {
        let bad = DemoData.make().meetings.filter { !$0.recordInconsistencies.isEmpty }
        #expect(bad.isEmpty, "\(bad.map { "\($0.start) \($0.recordInconsistencies)" })")
    }
}
