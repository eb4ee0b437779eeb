import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI
import PartyDayRuntime

/// The last resort: when the data folder is gone (or full, or read-only), what was not
/// saved is written to a rescue folder — all of it, a record the save path refuses too
/// ("could not be written anywhere either" lost a payment before).
@Suite struct RescueTests {
    @Test func whatWasWaitingReachesTheRescueFolderARefusedRecordIncluded() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-rescue-data-\(UUID().uuidString)")
        let rescue = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-rescue-\(UUID().uuidString)")
        defer { for url in [data, rescue] { try? FileManager.default.removeItem(at: url) } }
        let demo = DemoData.make()
        let store = try Store(folder: data)
        try demo.write(to: store)
        let runner = EffectRunner(store: store, mode: .interactive)
        // The folder goes away under the running program (a share unmounted).
        try FileManager.default.removeItem(at: data)
        var meeting = try #require(demo.meetings.last)
        meeting.theme = "断网时写的记录"
        var year = DuesYear(year: 2026)
        year.payments = [DuesPayment(id: "odd", memberID: "m-01", months: [], amount: Money(fen: 100), paidOn: Day("2026-11-10")!, receivedBy: "", meetingID: nil)]
        runner.perform([.saveMeeting(meeting), .saveDuesYear(year)])
        runner.writeDueSaves(force: true)
        #expect(runner.hasPendingSaves, "nothing could be saved")
        #expect(runner.rescue(into: rescue, branch: demo.branch, members: demo.members) == nil)
        let copy = try Store(folder: rescue, access: .readOnly)
        #expect(copy.listMeetings().summaries.contains { $0.theme == "断网时写的记录" })
        #expect(try Data(contentsOf: rescue.appendingPathComponent("dues/2026.plist")).count > 0, "the refused payment is kept as it was")
        #expect(copy.check().contains { $0.path == "dues/2026.plist" && $0.message.contains("covers no month") }, "and named there")
    }
}
