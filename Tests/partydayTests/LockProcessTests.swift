import Foundation
import PartyDayKit
import Testing

/// The lock across real processes: a second writer is refused with the holder named,
/// and a lock left by a killed process never blocks.
@Suite struct LockProcessTests {
    @Test func aSecondProcessIsRefusedAndAStaleLockIsTakenOver() throws {
        let scratch = Scratch()
        let holder = Process()
        holder.executableURL = try builtProduct("partyday-test-writer")
        holder.arguments = ["hold-lock", scratch.url.path]
        holder.environment = ["SWIFT_BACKTRACE": "interactive=no"]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        defer { if holder.isRunning { kill(holder.processIdentifier, SIGKILL) } }
        let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        #expect(line == "locked \(holder.processIdentifier)\n")

        do {
            _ = try Store(folder: scratch.url)
            Issue.record("the second writer must be refused")
        } catch let error as StoreError {
            #expect(error.description.contains("pid \(holder.processIdentifier)"))
        }
        let demo = try partyday("demo", "--data-dir", scratch.url.path)
        #expect(demo.status != 0)
        #expect(demo.stderr.contains("in use by another partyday process (pid \(holder.processIdentifier)"), "\(demo.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("branch.plist").path), "the refused process wrote nothing")

        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: scratch.file(".lock").path), "the dead holder's lock file remains")
        let taken = try partyday("demo", "--data-dir", scratch.url.path)
        #expect(taken.status == 0, "\(taken.stderr)")
    }
}
