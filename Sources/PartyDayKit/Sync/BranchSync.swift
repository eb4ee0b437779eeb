import Foundation

/// A branch's data folder kept in git (issue 16): `init` makes it a repository with the
/// derived and local files ignored, `sync` commits what changed with a message that says
/// what, pulls with rebase and pushes. One file a record, so edits to different records
/// merge by themselves; when both sides changed one record the local version stays and
/// the other is kept whole under `conflicts/`, named by `check` and the home screen.
///
/// The caller holds the folder's lock (a `Store` opened for writing) for the whole sync.
public struct BranchSync {
    public let folder: URL
    let git: Git

    public init(folder: URL, git: Git) {
        self.folder = folder.standardizedFileURL
        self.git = git
    }

    /// Conflict copies live here, one folder per sync that made them.
    public static let conflictsFolder = "conflicts"
    static let stateFile = ".partyday/sync-state"
    public static let branchName = "main"

    /// Never shared: the derived index, the lock, set-aside and conflict copies, exports,
    /// and the temp files of a save in progress.
    public static let ignoredPatterns = ["/.partyday/", "/.lock", "/replaced/", "/\(conflictsFolder)/", "/exports/", ".*.tmp-*"]

    public struct InitResult: Equatable, Sendable {
        public var createdRepository: Bool
        public var committedFiles: Int
        public var remote: String?
    }

    /// Makes the folder a repository (if it is not one), writes `.gitignore`, records the
    /// remote and commits the records as they are.
    public func initialize(remote: String?, labels: Labels, now: Date) throws -> InitResult {
        var result = InitResult(createdRepository: false, committedFiles: 0, remote: remote)
        if !git.isRepository {
            try git.run(["init", "-q"])
            try git.run(["symbolic-ref", "HEAD", "refs/heads/\(Self.branchName)"])
            result.createdRepository = true
        }
        // A commit needs a name; the office PC's git may have none configured.
        if (try? git.run(["config", "user.email"]))?.isEmpty ?? true {
            try git.run(["config", "user.email", "partyday@\(ProcessInfo.processInfo.hostName)"])
        }
        if (try? git.run(["config", "user.name"]))?.isEmpty ?? true {
            try git.run(["config", "user.name", "partyday"])
        }
        if let remote {
            if (try? git.run(["remote", "get-url", "origin"])) != nil {
                try git.run(["remote", "set-url", "origin", remote])
            } else {
                try git.run(["remote", "add", "origin", remote])
            }
        } else {
            result.remote = (try? git.run(["remote", "get-url", "origin"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if result.remote != nil { try join() }
        try writeIgnoreFile()
        result.committedFiles = try commitChanges(labels: labels, zone: zone())?.files ?? 0
        return result
    }

    public enum JoinError: WordedError, CustomStringConvertible {
        case bothHaveRecords(String)
        public var description: String { wording.english }
        public var wording: Wording {
            switch self {
            case let .bothHaveRecords(folder):
                Wording("\(folder) has records of its own and the remote holds a branch's records too; to work on the shared records on this PC, start from a new folder: partyday sync init --remote URL --data-dir NEW-FOLDER",
                        "\(folder) 中已有本机的记录，远程仓库中也有支部记录；要在本机处理共享的记录，请从一个新文件夹开始：partyday sync init --remote 地址 --data-dir 新文件夹")
            }
        }
    }

    /// A second PC joining: a folder with no commits takes the records the remote holds.
    private func join() throws {
        try git.run(["fetch", "-q", "origin"])
        let upstream = "origin/\(Self.branchName)"
        guard (try? git.run(["rev-parse", "--verify", "-q", upstream])) != nil,
              (try? git.run(["rev-parse", "--verify", "-q", "HEAD"])) == nil else { return }
        guard !FileManager.default.fileExists(atPath: folder.appendingPathComponent("branch.plist").path) else {
            throw JoinError.bothHaveRecords(folder.path)
        }
        try git.run(["checkout", "-q", "-B", Self.branchName, upstream])
    }

    private func writeIgnoreFile() throws {
        let url = folder.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let have = Set(existing.split(separator: "\n").map(String.init))
        let missing = Self.ignoredPatterns.filter { !have.contains($0) }
        guard !missing.isEmpty else { return }
        var text = existing
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        if existing.isEmpty { text += "# partyday: derived and local files, never shared\n" }
        text += missing.joined(separator: "\n") + "\n"
        try AtomicFile.write(Data(text.utf8), to: url)
    }

    private func zone() -> TimeZone {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("branch.plist")),
              let branch = try? FileFormat.decode(BranchProfile.self, kind: .branch, from: data, path: "branch.plist") else { return .gmt }
        return branch.timeZone
    }

    /// Commits everything changed since the last commit; the message and how many files,
    /// or nil when nothing changed.
    @discardableResult
    func commitChanges(labels: Labels, zone: TimeZone) throws -> (message: String, files: Int)? {
        try git.run(["add", "-A"])
        let changed = try git.run(["diff", "--cached", "--name-only", "-z"]).split(separator: "\0").map(String.init)
        guard !changed.isEmpty else { return nil }
        let hasHead = (try? git.run(["rev-parse", "--verify", "-q", "HEAD"])) != nil
        // Records first: the subject names a meeting or the roster, not `.gitignore`.
        let ordered = changed.sorted { ($0.hasPrefix(".") ? 1 : 0, $0) < ($1.hasPrefix(".") ? 1 : 0, $1) }
        let lines = ordered.map { path -> String in
            let old = hasHead ? try? git.runRaw(["show", "HEAD:\(path)"]) : nil
            let new = try? Data(contentsOf: folder.appendingPathComponent(path))
            return SyncMessage.line(path: path, old: old.flatMap { $0.status == 0 ? $0.output : nil }, new: new, zone: zone, labels: labels)
        }
        let message = SyncMessage.message(lines, labels: labels, first: !hasHead)
        try git.run(["commit", "-q", "-F", "-"], input: Data(message.utf8))
        return (message, changed.count)
    }

    public struct SyncResult: Equatable, Sendable {
        /// The commit made for local changes, if any.
        public var committed: String?
        /// Files the remote brought in.
        public var received: [String] = []
        /// Conflict copies made (paths in the data folder) and the records they belong to.
        public var conflicts: [(copy: String, record: String)] = []
        public var pushed = false
        public var remote: String?
        /// What an interrupted earlier sync left, removed before this one (said so).
        public var recovered: Wording?

        public static func == (lhs: SyncResult, rhs: SyncResult) -> Bool {
            lhs.committed == rhs.committed && lhs.received == rhs.received && lhs.pushed == rhs.pushed
                && lhs.conflicts.map(\.copy) == rhs.conflicts.map(\.copy) && lhs.remote == rhs.remote
        }
    }

    public enum SyncError: WordedError, CustomStringConvertible {
        case notARepository
        case stuck(String)
        case notAConflictCopy(String)
        /// A git command is still working in the folder (its process id).
        case gitBusy(Int32)
        /// The remote holds another history, or another branch's records.
        case unrelatedHistory(remoteBranch: String?)
        public var description: String { wording.english }
        public var wording: Wording {
            switch self {
            case .notARepository: Wording("the data folder is not kept in git yet; run: partyday sync init [--remote URL]",
                                          "数据文件夹尚未用 git 管理；请运行：partyday sync init [--remote 地址]")
            case let .stuck(why): Wording("sync stopped and put everything back as it was: \(why)", "同步已停止，一切已恢复原样：\(why)")
            case let .notAConflictCopy(copy): Wording("\(copy) is not a conflict copy", "\(copy) 不是冲突副本")
            case let .unrelatedHistory(remoteBranch):
                remoteBranch.map { name in
                    Wording("the remote's history shares nothing with this folder's; its records are of \(name). Nothing was taken from it or sent to it. Check the remote's address: partyday sync init --remote URL",
                            "远程仓库的历史与本文件夹毫无共同之处，其中是“\(name)”的记录；未从中获取也未向其发送任何内容。请核对远程地址：partyday sync init --remote 地址")
                } ?? Wording("the remote's history shares nothing with this folder's (was it replaced, or is it another branch's?); nothing was taken from it or sent to it. Check the remote's address, or ask whoever keeps it",
                             "远程仓库的历史与本文件夹毫无共同之处（是否被替换，或是另一个支部的？）；未从中获取也未向其发送任何内容。请核对远程地址，或询问其管理者")
            case let .gitBusy(pid): Wording("a git command (process \(pid)) is still working in the folder; try again when it ends",
                                            "仍有 git 命令（进程 \(pid)）在该文件夹中运行；请等它结束后再试")
            }
        }
    }

    /// Commit, pull with rebase (conflicts kept as copies), push.
    public func sync(labels: Labels, now: Date) throws -> SyncResult {
        guard git.isRepository else { throw SyncError.notARepository }
        do {
            return try syncOnce(labels: labels, now: now)
        } catch {
            // Said on the home screen until a sync succeeds, not only in the command's output.
            recordFailure(Wording(error: error), now)
            throw error
        }
    }

    private func syncOnce(labels: Labels, now: Date) throws -> SyncResult {
        var result = SyncResult()
        result.recovered = try InterruptedSync.recover(folder: folder, git: git)
        result.committed = try commitChanges(labels: labels, zone: zone())?.message
        result.remote = (try? git.run(["remote", "get-url", "origin"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.remote != nil else {
            try recordSync(now)
            return result
        }
        // Twice at most: someone may push between our pull and our push.
        for attempt in 1...2 {
            try git.run(["fetch", "-q", "origin"])
            let upstream = "origin/\(Self.branchName)"
            if (try? git.run(["rev-parse", "--verify", "-q", upstream])) != nil {
                try requireSameBranch(upstream)
                let before = try git.run(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
                try rebase(onto: upstream, now: now, into: &result)
                let received = try git.run(["diff", "--name-only", "-z", before, "HEAD"]).split(separator: "\0").map(String.init)
                result.received = Array(Set(result.received + received)).sorted()
            }
            let push = try git.runRaw(["push", "-q", "origin", "HEAD:refs/heads/\(Self.branchName)"])
            if push.status == 0 {
                result.pushed = true
                break
            }
            if attempt == 2 {
                throw Git.Failure(command: "push", status: push.status, output: String(decoding: push.error, as: UTF8.self))
            }
        }
        try recordSync(now)
        return result
    }

    /// The remote must hold this branch's history: one that shares nothing with ours
    /// (force-pushed over, another branch's repository) would pour another branch's records
    /// into this folder. Named with the branch its records say, where they say one.
    /// (A branch renamed on the other PC shares the history, and syncs as ever.)
    private func requireSameBranch(_ upstream: String) throws {
        guard (try? git.run(["rev-parse", "--verify", "-q", "HEAD"])) != nil,
              try git.runRaw(["merge-base", "HEAD", upstream]).status != 0 else { return }
        let theirs = (try? git.runRaw(["show", "\(upstream):branch.plist"])).flatMap { shown in
            shown.status == 0 ? try? FileFormat.decode(BranchProfile.self, kind: .branch, from: shown.output, path: "branch.plist") : nil
        }
        throw SyncError.unrelatedHistory(remoteBranch: theirs?.name)
    }

    /// Replays the local commits on the remote's. Where both changed one record, the
    /// local version is kept and the remote's is written under `conflicts/`.
    private func rebase(onto upstream: String, now: Date, into result: inout SyncResult) throws {
        var step = try git.runRaw(["rebase", "-q", upstream])
        var rounds = 0
        while step.status != 0 {
            rounds += 1
            let conflicted = try git.run(["diff", "--name-only", "--diff-filter=U", "-z"]).split(separator: "\0").map(String.init)
            guard !conflicted.isEmpty, rounds < 1000 else {
                _ = try? git.runRaw(["rebase", "--abort"])
                throw SyncError.stuck(String(decoding: step.error + step.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            let stamp = Self.stampFormatter.string(from: now)
            for path in conflicted {
                // During a rebase, stage 2 is the remote's side, stage 3 the local commit's.
                let remote = try git.runRaw(["show", ":2:\(path)"])
                let local = try git.runRaw(["show", ":3:\(path)"])
                let target = folder.appendingPathComponent(path)
                if remote.status == 0 {
                    let copy = "\(Self.conflictsFolder)/\(stamp)/\(path)"
                    let url = folder.appendingPathComponent(copy)
                    try AtomicFile.makeFolder(url.deletingLastPathComponent())
                    try AtomicFile.write(remote.output, to: url)
                    result.conflicts.append((copy, path))
                }
                if local.status == 0 {
                    try AtomicFile.makeFolder(target.deletingLastPathComponent())
                    try AtomicFile.write(local.output, to: target)
                    try git.run(["add", "--", path])
                } else {
                    try git.run(["rm", "-q", "--cached", "--ignore-unmatch", "--", path])
                    try? FileManager.default.removeItem(at: target)
                }
            }
            // A local commit whose every change the remote already had is left out.
            let staged = try git.runRaw(["diff", "--cached", "--quiet"])
            step = try git.runRaw(staged.status == 0 ? ["rebase", "--skip"] : ["rebase", "--continue"])
        }
    }

    private static let stampFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .gmt
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter
    }()

    private func recordSync(_ now: Date) throws {
        let head = (try? git.run(["rev-parse", "HEAD"]))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let url = folder.appendingPathComponent(Self.stateFile)
        guard FolderLinks.leadsOut(".partyday", in: folder) == nil else { return }
        try AtomicFile.makeFolder(url.deletingLastPathComponent())
        try AtomicFile.write(Data("\(Int64(now.timeIntervalSince1970))\n\(head)\n".utf8), to: url)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(Self.failureFile))
    }

    /// The last sync that could not complete, until one does: when, and why (both languages).
    static let failureFile = ".partyday/sync-failure"

    private func recordFailure(_ why: Wording, _ now: Date) {
        let url = folder.appendingPathComponent(Self.failureFile)
        guard FolderLinks.leadsOut(".partyday", in: folder) == nil, (try? AtomicFile.makeFolder(url.deletingLastPathComponent())) != nil,
              let data = try? PropertyListEncoder().encode(SyncFailure(at: now, why: why)) else { return }
        try? AtomicFile.write(data, to: url)
    }

    /// The last sync that failed, if no sync has succeeded since.
    public static func lastFailure(in folder: URL) -> SyncFailure? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(failureFile)), data.count < 65_536 else { return nil }
        return try? PropertyListDecoder().decode(SyncFailure.self, from: data)
    }

    public struct SyncFailure: Codable, Equatable, Sendable {
        public var at: Date
        public var why: Wording
    }

    /// When the folder was last synced, and how many files changed since the last commit.
    public struct Status: Equatable, Sendable {
        public var isRepository: Bool
        public var lastSync: Date?
        public var unsynced: Int
        public var remote: String?
        public var conflicts: [String]
        /// The last sync that could not complete, until one does.
        public var failure: SyncFailure?

        public init(isRepository: Bool, lastSync: Date?, unsynced: Int, remote: String?, conflicts: [String], failure: SyncFailure? = nil) {
            self.isRepository = isRepository
            self.lastSync = lastSync
            self.unsynced = unsynced
            self.remote = remote
            self.conflicts = conflicts
            self.failure = failure
        }
    }

    public func status() -> Status {
        guard git.isRepository else { return Status(isRepository: false, lastSync: nil, unsynced: 0, remote: nil, conflicts: Self.conflictCopies(in: folder)) }
        let last = CommitteeSyncDate.seconds(in: folder.appendingPathComponent(Self.stateFile))
        let changed = (try? git.run(["status", "--porcelain", "-z"]))?.split(separator: "\0").count ?? 0
        let ahead = Int((try? git.run(["rev-list", "--count", "origin/\(Self.branchName)..HEAD"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        let remote = (try? git.run(["remote", "get-url", "origin"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return Status(isRepository: true, lastSync: last, unsynced: changed + (remote == nil ? 0 : ahead), remote: remote,
                      conflicts: Self.conflictCopies(in: folder), failure: Self.lastFailure(in: folder))
    }

    /// Every conflict copy under `conflicts/`, as paths in the data folder.
    public static func conflictCopies(in folder: URL) -> [String] {
        let root = folder.appendingPathComponent(conflictsFolder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var copies: [String] = []
        for case let url as URL in walker where url.pathExtension == "plist" {
            let relative = url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)
            copies.append(String(relative))
        }
        return copies.sorted()
    }

    /// The record a conflict copy belongs to: `conflicts/STAMP/meetings/2026/x.plist` → `meetings/2026/x.plist`.
    /// Only a path that names a record the way sync writes its copies counts: no `..` or
    /// `.` anywhere, a stamp of digits, and a record's own path (`branch.plist`,
    /// `members.plist`, `meetings/YYYY/NAME.plist`, `dues/NAME.plist`).
    public static func record(ofCopy copy: String) -> String? {
        let parts = copy.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts[0] == conflictsFolder, !parts[1].isEmpty,
              parts[1].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return nil }
        let record = Array(parts.dropFirst(2))
        return isRecordPath(record) ? record.joined(separator: "/") : nil
    }

    /// Whether `parts` is the path of a record partyday keeps (and sync may copy).
    static func isRecordPath(_ parts: [String]) -> Bool {
        guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }),
              parts.last?.hasSuffix(".plist") == true else { return false }
        switch parts.count {
        case 1: return parts[0] == "branch.plist" || parts[0] == "members.plist"
        case 2: return Store.recordFolders.contains(parts[0])
        case 3: return parts[0] == "meetings" && parts[1].count == 4 && parts[1].allSatisfy(\.isNumber)
        default: return false
        }
    }

    /// Settles a conflict: `keepCopy` puts the copy in the record's place (the other PC's
    /// version wins); otherwise the copy is dropped and the record stays as it is.
    public func resolve(copy: String, keepCopy: Bool) throws {
        try Self.resolve(copy: copy, keepCopy: keepCopy, in: folder)
    }

    /// The same without git (settling touches only the files: the next sync commits it).
    public static func resolve(copy: String, keepCopy: Bool, in folder: URL) throws {
        guard let record = Self.record(ofCopy: copy) else { throw SyncError.notAConflictCopy(copy) }
        // Neither the copy nor the record is reached through a link out of the folder.
        for path in [copy, record] {
            if let link = FolderLinks.outside(path, in: folder) { throw StoreError.protectedFile(FolderLinks.problem(link.path, target: link.target)) }
        }
        let copyURL = folder.appendingPathComponent(copy)
        var info = stat()
        guard lstat(copyURL.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw SyncError.notAConflictCopy(copy) }
        if keepCopy {
            let target = folder.appendingPathComponent(record)
            try AtomicFile.makeFolder(target.deletingLastPathComponent())
            try AtomicFile.write(try Data(contentsOf: copyURL), to: target)
        }
        try FileManager.default.removeItem(at: copyURL)
        // Empty stamp folders go too.
        var parent = copyURL.deletingLastPathComponent()
        let root = folder.appendingPathComponent(conflictsFolder).standardizedFileURL.path
        while parent.standardizedFileURL.path.hasPrefix(root),
              (try? FileManager.default.contentsOfDirectory(atPath: parent.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: parent)
            parent = parent.deletingLastPathComponent()
        }
    }
}
