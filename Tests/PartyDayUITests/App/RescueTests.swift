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
        // A person in development, recorded meanwhile.
        let person = DevelopmentPerson(id: "dp-rescue", name: "断网时登记的人")
        runner.perform([.saveMeeting(meeting), .saveDuesYear(year), .saveRecord(AnyFolderRecord(person))])
        runner.writeDueSaves(force: true)
        #expect(runner.hasPendingSaves, "nothing could be saved")
        #expect(runner.rescue(into: rescue, branch: demo.branch, members: demo.members) == nil)
        let copy = try Store(folder: rescue, access: .readOnly)
        #expect(copy.listMeetings().summaries.contains { $0.theme == "断网时写的记录" })
        #expect(try Data(contentsOf: rescue.appendingPathComponent("dues/2026.plist")).count > 0, "the refused payment is kept as it was")
        #expect(copy.check().contains { $0.path == "dues/2026.plist" && $0.message.contains("covers no month") }, "and named there")
        #expect(copy.loadAllDevelopment().people.map(\.name) == ["断网时登记的人"], "the people in development are rescued too")
    }

    /// A data folder on a disk that fills up (a small tmpfs, mounted for the test; needs
    /// root, as CI runs): saves fail with the disk's own reason in both languages, and the
    /// rescue folder elsewhere takes everything. (A disk turned read-only under a running
    /// partyday cannot be made here: its lock file is open for writing, so the remount is
    /// refused; a folder read-only from the start opens read-only, see LockProcessTests.)
    
    @Test(.enabled(if: RescueTests.canMount, "mounting a tmpfs needs root"))
    func aFullDiskLosesNothing() throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-small-disk-\(UUID().uuidString)")
        let rescue = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-rescue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        try #require(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint.path]) == 0)
        defer {
            _ = Self.run("/bin/umount", [mountPoint.path])
            for url in [mountPoint, rescue] { try? FileManager.default.removeItem(at: url) }
        }
        let demo = DemoData.make()
        let data = mountPoint.appendingPathComponent("branch")
        let store = try Store(folder: data)
        try store.save(demo.branch)
        try store.save(demo.members)
        // The disk fills up.
        let filler = mountPoint.appendingPathComponent("filler")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        while (try? handle.write(contentsOf: Data(count: 16_384))) != nil {}
        try? handle.close()
        let runner = EffectRunner(store: store, mode: .interactive)
        var meeting = try #require(demo.meetings.last)
        meeting.theme = "磁盘满时写的记录"
        runner.perform([.saveMeeting(meeting)])
        runner.writeDueSaves(force: true)
        #expect(runner.hasPendingSaves, "the full disk refused it")
        let failure = runner.takeEvents().compactMap { if case let .saveFailed(why) = $0 { why } else { nil } }.first
        #expect(failure?.chinese.contains("磁盘已满") == true, "\(String(describing: failure))")
        // Quitting on the full disk: the rescue folder, elsewhere, takes it.
        #expect(runner.rescue(into: rescue, branch: demo.branch, members: demo.members) == nil)
        #expect(try Store(folder: rescue, access: .readOnly).listMeetings().summaries.contains { $0.theme == "磁盘满时写的记录" })
    }

    /// A data folder that turns read-only under the running program (made immutable with
    /// chattr +i, which binds root too): saves fail with the system's reason, nothing is
    /// lost to the rescue folder.
    @Test(.enabled(if: RescueTests.canMakeImmutable, "chattr +i needs root and a file system that has it"))
    func aFolderTurnedReadOnlyLosesNothing() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-immutable-\(UUID().uuidString)")
        let rescue = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-rescue-\(UUID().uuidString)")
        let demo = DemoData.make()
        let store = try Store(folder: data)
        try demo.write(to: store)
        let folders = [data, data.appendingPathComponent("meetings/2026"), data.appendingPathComponent("meetings/2025"), data.appendingPathComponent("dues")]
        defer {
            for folder in folders { _ = Self.run("/usr/bin/chattr", ["-i", folder.path]) }
            for url in [data, rescue] { try? FileManager.default.removeItem(at: url) }
        }
        for folder in folders { #expect(Self.run("/usr/bin/chattr", ["+i", folder.path]) == 0) }
        let runner = EffectRunner(store: store, mode: .interactive)
        var meeting = try #require(demo.meetings.last)
        meeting.theme = "只读时写的记录"
        runner.perform([.saveMeeting(meeting)])
        runner.writeDueSaves(force: true)
        #expect(runner.hasPendingSaves, "the read-only folder refused it")
        let failure = runner.takeEvents().compactMap { if case let .saveFailed(why) = $0 { why } else { nil } }.first
        #expect(failure?.chinese.contains("没有权限") == true, "\(String(describing: failure))")
        #expect(runner.rescue(into: rescue, branch: demo.branch, members: demo.members) == nil)
        #expect(try Store(folder: rescue, access: .readOnly).listMeetings().summaries.contains { $0.theme == "只读时写的记录" })
    }

    static let canMakeImmutable: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-chattr-probe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { _ = run("/usr/bin/chattr", ["-i", probe.path]); try? FileManager.default.removeItem(at: probe) }
        return run("/usr/bin/chattr", ["+i", probe.path]) == 0
    }()

    static let canMount: Bool = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
