import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The committee screen's rows as last read, in the committee's own folder
/// (`.partyday/screen-rows.plist`), each with a fingerprint of the branch's files: a
/// branch whose files and day are unchanged is not read again, so fifty branches open at
/// once. Derived, never the truth: a missing, damaged or older cache is simply rebuilt,
/// and it lives in the committee's folder — nothing is written into a branch's.
struct CommitteeRowCache: Codable {
    // 2: a row's problem is worded in both languages.
    static let version = 2
    static let path = ".partyday/screen-rows.plist"

    struct Entry: Codable {
        var fingerprint: UInt64
        var row: CommitteeRow
    }

    var version = Self.version
    var entries: [String: Entry] = [:]

    static func key(_ branch: CommitteeBranch, _ folder: URL) -> String { branch.name + "\u{0}" + folder.path }

    static func load(_ committee: URL) -> CommitteeRowCache {
        guard let data = try? Data(contentsOf: committee.appendingPathComponent(path)),
              let cache = try? PropertyListDecoder().decode(CommitteeRowCache.self, from: data), cache.version == version else {
            return CommitteeRowCache()
        }
        return cache
    }

    func save(_ committee: URL) {
        let url = committee.appendingPathComponent(Self.path)
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        guard let data = try? encoder.encode(self) else { return }
        // A committee folder on a read-only share still opens; it is read each time.
        try? AtomicFile.makeFolder(url.deletingLastPathComponent())
        try? AtomicFile.write(data, to: url)
    }

    /// The cached row when the branch's files and its day are as they were.
    func row(for key: String, fingerprint: UInt64, now: Date) -> CommitteeRow? {
        guard let entry = entries[key], entry.fingerprint == fingerprint else { return nil }
        // A row judged on another day is stale (a period may have ended since).
        if let zone = entry.row.timeZone, entry.row.today != Day(now, in: zone) { return nil }
        return entry.row
    }
}

/// A hash of every name, size and modification time among a branch folder's records
/// (and of its last-sync files): any save, pull, restore or edit in place changes it.
/// One stat per file, read straight from the folders (a decade: ~600 files).
enum BranchFingerprint {
    static func of(_ folder: URL) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        func stamp(_ path: String, _ name: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return mix(name + "|-") }
            mix("\(name)|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)|\(info.st_mode & S_IFMT == S_IFDIR ? "d" : "f")")
        }
        let root = folder.path
        guard FileManager.default.fileExists(atPath: root) else { return 0 }
        for name in ["branch.plist", "members.plist", ".partyday/sync-state", CommitteeSyncDate.file] { stamp(root + "/" + name, name) }
        for top in ["meetings", "dues"] {
            let path = root + "/" + top
            for entry in directoryNames(path).sorted() {
                let inner = path + "/" + entry
                stamp(inner, top + "/" + entry)
                for file in directoryNames(inner).sorted() { stamp(inner + "/" + file, top + "/" + entry + "/" + file) }
            }
        }
        return hash
    }
}
