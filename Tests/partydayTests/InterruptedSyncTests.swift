import Foundation
import Testing
@testable import PartyDayKit
#if canImport(Glibc)
import Glibc
#endif

/// A sync killed half-way (a power cut, a closed terminal) left git's index.lock, and every
/// later sync failed for ever while the two PCs silently stopped exchanging edits. Now the
/// next sync clears what was left (saying so), and a sync that fails says so on the home
/// screen until one succeeds.
@Suite(.serialized) struct InterruptedSyncTests {
    typealias TwoPCs = SyncCommandTests.TwoPCs

    @Test func aStaleIndexLockAndAHalfDoneRebaseAreClearedAndTheSyncGoesOn() throws {
        let pcs = try TwoPCs()
        let (first, _) = try SyncCommandTests.ids()
        try pcs.edit(pcs.a, meeting: first) { $0.theme = "断电之后" }
        try Data().write(to: URL(fileURLWithPath: pcs.a).appendingPathComponent(".git/index.lock"))
        let result = try partyday("sync", "--data-dir", pcs.a, "--lang", "zh")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("上次同步中途中断"), "\(result.stdout)")
        try expectOK(partyday("sync", "--data-dir", pcs.b))
        #expect(try pcs.meeting(pcs.b, first).theme == "断电之后", "the edit reached the other PC")
    }

    @Test func twentySyncsKilledAtRandomMomentsThenOneThatExchangesTheEdits() throws {
        let pcs = try TwoPCs()
        let (first, second) = try SyncCommandTests.ids()
        var generator = SeededGenerator(seed: 25)
        for round in 0..<20 {
            try pcs.edit(pcs.a, meeting: first) { $0.theme = "第\(round)次修改" }
            let process = Process()
            process.executableURL = try builtProduct("partyday")
            process.arguments = ["sync", "--data-dir", pcs.a]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...150_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // A power cut takes git down too.
            while let pid = InterruptedSync.gitProcess(in: URL(fileURLWithPath: pcs.a)) { kill(pid, SIGKILL); usleep(10_000) }
        }
        try pcs.edit(pcs.b, meeting: second) { $0.theme = "B 的修改" }
        try expectOK(partyday("sync", "--data-dir", pcs.a))
        try expectOK(partyday("sync", "--data-dir", pcs.b))
        try expectOK(partyday("sync", "--data-dir", pcs.a))
        #expect(try pcs.meeting(pcs.b, first).theme == "第19次修改")
        #expect(try pcs.meeting(pcs.a, second).theme == "B 的修改")
        #expect(BranchSync.lastFailure(in: URL(fileURLWithPath: pcs.a)) == nil)
    }

    @Test func aFailedSyncIsRememberedForTheHomeScreenUntilOneSucceeds() throws {
        let pcs = try TwoPCs()
        let folder = URL(fileURLWithPath: pcs.a)
        // The remote gone (the share not mounted).
        try FileManager.default.moveItem(atPath: pcs.remote, toPath: pcs.remote + ".away")
        let failed = try partyday("sync", "--data-dir", pcs.a)
        #expect(failed.status != 0)
        let failure = try #require(BranchSync.lastFailure(in: folder))
        #expect(failure.why.english.contains("git fetch"), "\(failure.why)")
        let git = try Git.find(in: folder)
        #expect(BranchSync(folder: folder, git: git).status().failure == failure)
        try FileManager.default.moveItem(atPath: pcs.remote + ".away", toPath: pcs.remote)
        try expectOK(partyday("sync", "--data-dir", pcs.a))
        #expect(BranchSync.lastFailure(in: folder) == nil)
    }
}

/// A remote whose history was replaced by another branch's (a force push, a wrong address)
/// is refused: nothing merged, nothing pushed, exit non-zero with what to do.
@Suite(.serialized) struct UnrelatedRemoteTests {
    @Test func aForcePushedUnrelatedHistoryIsRefusedAndNothingIsMergedOrPushed() throws {
        let pcs = try SyncCommandTests.TwoPCs()
        let other = pcs.scratch.file("other").path
        #expect(try partyday("demo", "--data-dir", other).status == 0)
        try git(other, "init", "-q")
        try git(other, "-c", "user.name=x", "-c", "user.email=x@x", "add", "-A")
        try git(other, "-c", "user.name=x", "-c", "user.email=x@x", "commit", "-q", "-m", "another branch")
        try git(other, "push", "-q", "--force", pcs.remote, "HEAD:refs/heads/main")
        let remoteHead = try git(pcs.remote, "rev-parse", "main")
        let before = try git(pcs.a, "rev-parse", "HEAD")
        let result = try partyday("sync", "--data-dir", pcs.a, "--lang", "zh")
        #expect(result.status != 0)
        #expect(result.stderr.contains("毫无共同之处"), "\(result.stderr)")
        #expect(try git(pcs.a, "rev-parse", "HEAD") == before, "nothing merged")
        #expect(try git(pcs.remote, "rev-parse", "main") == remoteHead, "nothing pushed")
    }
}
