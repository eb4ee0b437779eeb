import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The meeting index as kept on disk: `meetings-index.tsv`, written whole now and then,
/// and `meetings-index.journal`, the entries changed since, appended a line each. Saving
/// one meeting and quitting appends one line, so it costs the same at 12,000 meetings as
/// at 60; the whole index is rewritten (and the journal dropped) when the journal has
/// grown to a quarter of the index, or when the index had to be rebuilt.
struct MeetingIndexFile {
    let indexURL: URL
    let journalURL: URL
    private(set) var index = MeetingIndex()
    /// Paths whose entry changed (or went) since the last write.
    private var changed: Set<String> = []
    private var needsRewrite = false
    private var journalLines = 0

    init(indexURL: URL, journalURL: URL) {
        self.indexURL = indexURL
        self.journalURL = journalURL
    }

    var needsWriting: Bool { needsRewrite || !changed.isEmpty }

    /// Reads the index and applies its journal; a missing or unreadable index starts empty
    /// and is written whole next time.
    mutating func load() {
        adopt(MeetingIndexFile.read(indexURL: indexURL, journalURL: journalURL))
    }

    /// What `load` reads, as a value: read on another thread by `Store.prefetchListing`.
    struct Loaded: Sendable {
        var index = MeetingIndex()
        var needsRewrite = true
        var journalLines = 0
    }

    static func read(indexURL: URL, journalURL: URL) -> Loaded {
        guard let data = try? Data(contentsOf: indexURL), var parsed = MeetingIndex.parse(data) else { return Loaded() }
        var loaded = Loaded(needsRewrite: false)
        if let changes = try? Data(contentsOf: journalURL) {
            let applied = MeetingIndexParser.applyJournal(changes, to: &parsed)
            loaded.journalLines = applied.lines
            if !applied.whole { loaded.needsRewrite = true }
        }
        loaded.index = parsed
        return loaded
    }

    mutating func adopt(_ loaded: Loaded) {
        changed = []
        index = loaded.index
        needsRewrite = loaded.needsRewrite
        journalLines = loaded.journalLines
    }

    subscript(path: String) -> MeetingIndex.Entry? {
        get { index.entries[path] }
        set {
            guard index.entries[path] != newValue else { return }
            index.entries[path] = newValue
            changed.insert(path)
        }
    }

    /// Takes a freshly listed set of entries, noting every difference.
    mutating func replaceEntries(with fresh: [String: MeetingIndex.Entry]) {
        for (path, entry) in fresh where index.entries[path] != entry { changed.insert(path) }
        for path in index.entries.keys where fresh[path] == nil { changed.insert(path) }
        index.entries = fresh
    }

    /// Appends the changes to the journal, or writes the index whole when that is due.
    /// The caller holds the folder's lock and has made the derived folder.
    mutating func write() throws {
        guard needsWriting else { return }
        let compactAt = max(256, index.entries.count / 4)
        if needsRewrite || journalLines + changed.count > compactAt || !FileManager.default.fileExists(atPath: indexURL.path) {
            try index.write(to: indexURL)
            // A crash before this unlink leaves a journal of entries no newer than the index's:
            // applying it again can only make entries look stale, never wrong.
            try AtomicFile.remove(journalURL)
            journalLines = 0
        } else {
            try append(index.journalLines(for: Array(changed)))
            journalLines += changed.count
        }
        changed = []
        needsRewrite = false
    }

    private func append(_ lines: String) throws {
        let fd = open(journalURL.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(Wording("cannot open", "无法打开")) }
        fchmod(fd, 0o600)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(Wording("cannot read the size", "无法读取大小")) }
        let text = (info.st_size == 0 ? MeetingIndex.journalHeader + "\n" : "") + lines
        // One write call: a crash leaves at most the last line cut short, which the reader drops.
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(Wording("cannot write", "无法写入"))
            }
            offset += written
        }
        guard fsync(fd) == 0 else { throw failure(Wording("cannot flush to disk", "无法写入磁盘")) }
    }

    private func failure(_ what: Wording) -> StoreError {
        StoreError.system(journalURL.path, what)
    }
}
