import Foundation
import Testing
@testable import PartyDayKit

@Suite struct SyncMessageTests {
    @Test func oneChangeIsTheSubjectSeveralAreListedAndTheFirstCommitSaysHowMany() {
        let en = Labels(.english), zh = Labels(.chinese)
        #expect(SyncMessage.message(["2026-11-10 theme Party Day: attendance"], labels: en) == "2026-11-10 theme Party Day: attendance")
        #expect(SyncMessage.message(["roster", "branch settings"], labels: en) == "roster (and 1 more)\n\n- roster\n- branch settings\n")
        #expect(SyncMessage.message(["支部设置", "党员名册", "同步设置"], labels: zh, first: true) == "支部记录：3个文件\n\n- 支部设置\n- 党员名册\n- 同步设置\n")
    }

    @Test func aChangedMeetingIsDescribedByWhatChangedInIt() throws {
        var before = fullMeeting(id: "m").sanitized()
        before.pledges = []
        var after = before
        after.attendance[0].status = .present
        after.pledges = [Pledge(id: "p", by: nil, text: "承诺", due: nil, status: .open)]
        let old = try FileFormat.encode(before, kind: .meeting), new = try FileFormat.encode(after, kind: .meeting)
        let line = SyncMessage.line(path: "meetings/2026/x.plist", old: old, new: new, zone: TimeZone(identifier: "Asia/Shanghai")!, labels: Labels(.english))
        #expect(line == "2026-11-06 theme Party Day + branch general meeting: attendance, 1 new pledge", "\(line)")
        #expect(SyncMessage.line(path: "meetings/2026/x.plist", old: nil, new: new, zone: .gmt, labels: Labels(.english)).hasSuffix(": new"))
        #expect(SyncMessage.line(path: "meetings/2026/x.plist", old: old, new: nil, zone: .gmt, labels: Labels(.english)).hasSuffix(": deleted"))
    }
}
