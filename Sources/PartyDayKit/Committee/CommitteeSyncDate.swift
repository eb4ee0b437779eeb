import Foundation

/// When a branch last synced, as the committee screen shows it, read from one small file
/// so that fifty branches cost no git command on the way to the first frame:
/// - a branch's own folder (read in place) has `.partyday/sync-state`, written by its
///   `partyday sync`;
/// - the committee's clone has `.partyday/branch-last-commit`, the time of the branch's
///   newest commit, written by `committee add` and `committee pull` (the clone is the
///   committee's own copy and `.partyday/` is never shared, so nothing reaches the branch).
public enum CommitteeSyncDate {
    static let file = ".partyday/branch-last-commit"

    public static func read(_ folder: URL) -> Date? {
        seconds(in: folder.appendingPathComponent(file)) ?? seconds(in: folder.appendingPathComponent(BranchSync.stateFile))
    }

    /// The time a sync file holds on its first line (seconds since 1970), if it does.
    static func seconds(in url: URL) -> Date? {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let seconds = text.split(separator: "\n").first.flatMap({ Int64($0) }) else { return nil }
        return Date(timeIntervalSince1970: Double(seconds))
    }

    /// Records the clone's newest commit time (after a clone or a pull).
    public static func record(clone: URL, git: Git) throws {
        let output = try git.run(["log", "-1", "--format=%ct"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let seconds = Int64(output) else { return }
        let url = clone.appendingPathComponent(file)
        try AtomicFile.makeFolder(url.deletingLastPathComponent())
        try AtomicFile.write(Data("\(seconds)\n".utf8), to: url)
    }
}
