import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a sync killed half-way leaves in `.git` (a power cut, a closed terminal): git's
/// own lock files and a rebase in progress. Every later sync would fail on them for ever
/// ("index.lock: File exists"), and the two PCs would silently stop exchanging edits.
/// partyday holds its own folder lock while it syncs, so no other partyday is syncing;
/// when no git process is working in the folder either, they are left-overs and go.
enum InterruptedSync {
    /// The lock files git leaves when killed, relative to `.git`.
    static let lockFiles = ["index.lock", "HEAD.lock", "ORIG_HEAD.lock", "config.lock", "packed-refs.lock", "shallow.lock",
                            "refs/heads/\(BranchSync.branchName).lock", "refs/remotes/origin/\(BranchSync.branchName).lock"]

    /// Removes what an interrupted sync left and says what it did, or throws when a git
    /// process is still at work in the folder (then nothing is touched).
    static func recover(folder: URL, git: Git) throws -> Wording? {
        let dotGit = folder.appendingPathComponent(".git")
        let locks = lockFiles.filter { FileManager.default.fileExists(atPath: dotGit.appendingPathComponent($0).path) }
        let rebasing = ["rebase-merge", "rebase-apply"].contains { FileManager.default.fileExists(atPath: dotGit.appendingPathComponent($0).path) }
        guard !locks.isEmpty || rebasing else { return nil }
        if let pid = gitProcess(in: folder) {
            throw BranchSync.SyncError.gitBusy(pid)
        }
        for lock in locks { try? FileManager.default.removeItem(at: dotGit.appendingPathComponent(lock)) }
        // The local commits are intact; abandoning the half-done rebase puts the branch back.
        if rebasing { _ = try? git.runRaw(["rebase", "--abort"]) }
        return Wording("an earlier sync was interrupted (\((locks + (rebasing ? ["rebase"] : [])).joined(separator: ", "))); what it left was removed and this sync went on",
                       "上次同步中途中断（\((locks + (rebasing ? ["rebase"] : [])).joined(separator: "、"))）；已清除其遗留文件，本次同步继续进行")
    }

    /// A running git whose working folder is `folder` (or inside it), from /proc; nil when none.
    static func gitProcess(in folder: URL) -> Int32? {
        let root = folder.resolvingSymlinksInPath().path
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for entry in entries {
            guard let pid = Int32(entry), pid != getpid(),
                  let comm = try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8),
                  comm.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("git"),
                  let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/cwd") else { continue }
            if cwd == root || cwd.hasPrefix(root + "/") { return pid }
        }
        return nil
    }
}
