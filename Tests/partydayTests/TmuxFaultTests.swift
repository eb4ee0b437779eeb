import Foundation
import PartyDayKit
import Testing

/// Faults through the real binary in a real terminal.
@Suite(.serialized) struct TmuxFaultTests {
    @Test func aDataFolderMovedAwayIsNotRecreatedQuitAsksAndTheChangesAreRescued() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let home = Scratch()
        try FileManager.default.createDirectory(at: home.url, withIntermediateDirectories: true)
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"], environment: ["HOME": home.url.path])
        session.wait(for: "Recent meetings")
        try session.keys("Enter")
        session.wait(for: "Attendance")
        // Somebody moves the folder away while partyday runs.
        let moved = data.url.deletingLastPathComponent().appendingPathComponent("moved-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: moved) }
        try FileManager.default.moveItem(at: data.url, to: moved)
        try session.keys("7", "Enter")
        session.wait(for: "Ctrl-S")
        try session.text("搬走之后写的总结")
        try session.keys("C-s")
        var screen = session.wait(for: "NOT SAVED")
        #expect(screen.contains("NOT SAVED"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: data.url.path), "the folder is not re-created")
        // Esc leaves the workspace (a pause, or ESC q would read as one Alt chord), q quits.
        try session.keys("Escape")
        session.wait(for: "Recent meetings")
        try session.keys("q")
        screen = session.wait(for: "Quit anyway?")
        #expect(screen.contains("Quit anyway?"), "q asks: \(screen)")
        try session.keys("y")
        #expect(session.waitForExit() != nil)
        #expect((try? String(contentsOf: session.statusFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) == "1",
                "the exit status says something was not saved")
        screen = session.screen
        #expect(screen.contains("unsaved changes were written to"), "\(screen)")
        let rescued = try FileManager.default.contentsOfDirectory(atPath: home.url.path).filter { $0.hasPrefix("partyday-rescue-") }
        #expect(rescued.count == 1)
        let store = try Store(folder: home.url.appendingPathComponent(rescued.first ?? "?"), access: .readOnly)
        let meeting = try store.loadMeeting(id: DemoData.seedMeetingID)
        #expect(meeting.hostSummary.contains("搬走之后写的总结") || meeting.minutes.contains("搬走之后写的总结"))
        #expect(try store.loadMembers().count == 31, "the roster comes along, so the copy opens on its own")
    }

    @Test func noKeyActsWhileTheScreenIsTooSmall() throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let before = try Store(folder: data.url, access: .readOnly).listMeetings().summaries.count
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"], columns: 30, rows: 10)
        session.wait(for: "small")
        try session.keys("2")
        try session.keys("Escape")
        usleep(200_000)
        try session.keys("d")
        usleep(200_000)
        try session.keys("Y")
        usleep(300_000)
        try session.keys("C-c")
        #expect(session.waitForExit() != nil)
        #expect(try Store(folder: data.url, access: .readOnly).listMeetings().summaries.count == before)
    }
}
