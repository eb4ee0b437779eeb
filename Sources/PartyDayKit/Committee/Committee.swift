import Foundation

/// A Party committee's (or general branch's) folder: the branches it oversees, each a
/// local data folder read in place or a git remote cloned read-only under `branches/`
/// (issue 16). The committee never writes into a branch's records: its clones are its
/// own copies, refreshed from the remote and reset to it.
public struct Committee: Codable, Equatable, Sendable {
    public var name: String
    public var branches: [CommitteeBranch]

    public init(name: String, branches: [CommitteeBranch] = []) {
        self.name = name
        self.branches = branches
    }
}

public struct CommitteeBranch: Codable, Equatable, Sendable {
    /// As the committee calls it (the branch's own name is in its records).
    public var name: String
    /// A local data folder, or a git remote (a bare repository's path, ssh://, https://).
    public var source: String
    /// Whether `source` is cloned (git) rather than read in place.
    public var cloned: Bool

    public init(name: String, source: String, cloned: Bool) {
        self.name = name
        self.source = source
        self.cloned = cloned
    }
}

extension Committee: Sanitizable {
    public func sanitized() -> Committee {
        Committee(name: TextSanitizer.singleLine(name), branches: branches.map {
            CommitteeBranch(name: TextSanitizer.singleLine($0.name), source: TextSanitizer.singleLine($0.source), cloned: $0.cloned)
        })
    }
}

/// The committee's folder on disk: `committee.plist` and `branches/<n>-<slug>/` clones.
public struct CommitteeFolder: Equatable, Sendable {
    public let folder: URL
    public static let file = "committee.plist"
    public static let branchesFolder = "branches"

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.file).path) }

    public func load() throws -> Committee {
        let path = Self.file
        let data: Data
        do { data = try Data(contentsOf: folder.appendingPathComponent(path)) } catch {
            throw FileProblem(path: path, Wording("cannot be read (is \(folder.path) a committee folder? partyday committee init --data-dir DIR)", "无法读取（\(folder.path) 是党委文件夹吗？partyday committee init --data-dir 文件夹）"))
        }
        return try FileFormat.decode(Committee.self, kind: .committee, from: data, path: path)
    }

    public func save(_ committee: Committee) throws {
        try AtomicFile.makeFolder(folder)
        try AtomicFile.write(try FileFormat.encode(committee.sanitized(), kind: .committee, savedAt: Date()), to: folder.appendingPathComponent(Self.file))
    }

    /// Where a branch's records are read: its clone, or its own folder.
    public func dataFolder(of branch: CommitteeBranch, at index: Int) -> URL {
        guard branch.cloned else { return URL(fileURLWithPath: branch.source).standardizedFileURL }
        return folder.appendingPathComponent(Self.branchesFolder).appendingPathComponent(Self.cloneName(branch.name, index))
    }

    /// Where the committee keeps a cloned branch's derived index (in its own `.partyday/`):
    /// a clone itself is never written; a branch read in place keeps none here.
    public func indexFolder(of branch: CommitteeBranch, at index: Int) -> URL? {
        guard branch.cloned else { return nil }
        return folder.appendingPathComponent(".partyday/indexes").appendingPathComponent(Self.cloneName(branch.name, index))
    }

    /// `03-轧钢一支部`-like, safe as a folder name.
    static func cloneName(_ name: String, _ index: Int) -> String {
        let safe = String(name.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "-" })
        return String(format: "%02d-", index + 1) + (safe.isEmpty ? "branch" : String(safe.prefix(40)))
    }

    /// Whether `source` is a branch's data folder here (read in place) rather than a remote to clone.
    public static func isLocalDataFolder(_ source: String) -> Bool {
        FileManager.default.fileExists(atPath: URL(fileURLWithPath: source).appendingPathComponent("branch.plist").path)
    }

    /// Brings the committee's copy of a cloned branch up to the branch's remote (cloning
    /// it when missing) and records when the branch last committed. The copy follows the
    /// remote exactly: it is never edited here.
    public func pull(_ branch: CommitteeBranch, at index: Int) throws {
        guard branch.cloned else { return }
        let copy = dataFolder(of: branch, at: index)
        if !FileManager.default.fileExists(atPath: copy.path) {
            try AtomicFile.makeFolder(copy.deletingLastPathComponent())
            // The branch's line by name: a bare repository made on a share often has HEAD on
            // `master` while partyday pushes `main`, and a plain clone would check out nothing.
            let parent = try Git.find(in: copy.deletingLastPathComponent())
            if (try? parent.run(["clone", "-q", "--branch", BranchSync.branchName, branch.source, copy.lastPathComponent])) == nil {
                // Not synced yet (no `main`): an empty copy, filled by a later pull.
                try? FileManager.default.removeItem(at: copy)
                try parent.run(["clone", "-q", branch.source, copy.lastPathComponent])
            }
        } else {
            let git = try Git.find(in: copy)
            try git.run(["fetch", "-q", "origin"])
            try git.run(["reset", "-q", "--hard", "origin/\(BranchSync.branchName)"])
        }
        // No commit yet (the branch has not synced): nothing to record.
        try? CommitteeSyncDate.record(clone: copy, git: Git.find(in: copy))
    }
}
