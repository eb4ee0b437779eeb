import Foundation
import Testing
@testable import PartyDayKit

/// Attendance rows read back from the index are parsed when first asked for, give the
/// same rows as the meeting, and are written back unchanged while never parsed.
@Suite struct ParticipantRowsTests {
    private func index(of meetings: [Meeting]) -> MeetingIndex {
        var index = MeetingIndex()
        for (number, meeting) in meetings.enumerated() {
            let stamp = FileStamp(size: Int64(100 + number), modifiedNanoseconds: 1_234_567_890_123, inode: UInt64(number))
            index.entries["meetings/2026/m\(number).plist"] = MeetingIndex.Entry(stamp: stamp, summary: MeetingSummary(meeting), checksum: 7)
        }
        return index
    }

    @Test func rowsReadBackLaterAreTheMeetingsRows() throws {
        let meetings = Array(DemoData.make().meetings.prefix(30)) + [fullMeeting(id: "odd").sanitized()]
        let written = index(of: meetings).serialized()
        let read = try #require(MeetingIndex.parse(written))
        #expect(read.entries.values.allSatisfy { $0.summary.participantRows.unparsedColumn != nil }, "nothing parsed on reading")
        #expect(read.entries.values.allSatisfy { $0.summary.pledgeRows.unparsedColumn != nil }, "pledges neither")
        // The counts the home screen sums are there without parsing the pledges.
        for (path, entry) in index(of: meetings).entries {
            let summary = try #require(read.entries[path]?.summary)
            #expect((summary.openPledges, summary.keptPledges, summary.droppedPledges, summary.openPledgeDueDays)
                    == (entry.summary.openPledges, entry.summary.keptPledges, entry.summary.droppedPledges, entry.summary.openPledgeDueDays))
            #expect(summary.pledgeRows.unparsedColumn != nil)
        }
        // Written back before anything asked: byte for byte the same file.
        #expect(read.serialized() == written)
        for (path, entry) in index(of: meetings).entries {
            #expect(read.entries[path]?.summary.participants == entry.summary.participants)
            #expect(read.entries[path]?.summary == entry.summary)
        }
        #expect(read.entries.values.allSatisfy { $0.summary.participantRows.unparsedColumn == nil && $0.summary.pledgeRows.unparsedColumn == nil },
                "parsed once asked")
        #expect(read.serialized() == written, "and written the same way from the parsed rows")
    }

    @Test func manyThreadsAskingAtOnceGetTheSameRows() throws {
        let meeting = DemoData.make().meetings[0]
        let read = try #require(MeetingIndex.parse(index(of: [meeting]).serialized()))
        let summary = try #require(read.entries.values.first?.summary)
        let answers = Array(0..<16).parallelMap { _ in summary.participants }
        #expect(answers.allSatisfy { $0 == MeetingSummary(meeting).participants })
    }
}
