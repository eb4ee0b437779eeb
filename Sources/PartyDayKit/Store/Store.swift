import Foundation

/// The one way into a branch's files: `branch.plist`, `members.plist` and one file per
/// meeting under `meetings/YYYY/`, all XML property lists; derived files (the index,
/// the lock) sit in `.partyday/`.
///
/// A read-write store holds the folder's lock for its lifetime. A file that failed to
/// load is remembered and never written over.
public final class Store {
    public enum Access: Sendable {
        case readWrite
        /// Reads only; takes no lock and writes nothing, not even the index.
        case readOnly
    }

    public let folder: URL
    public let access: Access
    private let lock: FolderLock?

    /// Meeting id to the path of its file, relative to `folder`; filled by the first listing.
    private var meetingPaths: [String: String] = [:]
    private var index = MeetingIndex()
    private var listed = false
    private var indexNeedsWriting = false
    /// Paths (relative) that failed to load: never overwritten, renamed or deleted.
    private var protectedFiles: [String: FileProblem] = [:]
    /// The branch's zone, for meeting file names; read from the branch on the first save.
    private var timeZone: TimeZone?

    public init(folder: URL, access: Access = .readWrite) throws {
        self.folder = folder.standardizedFileURL
        self.access = access
        if access == .readWrite {
            try AtomicFile.makeFolder(self.folder)
            try AtomicFile.makeFolder(self.folder.appendingPathComponent(Store.derivedFolder))
            lock = try FolderLock(file: self.folder.appendingPathComponent("\(Store.derivedFolder)/lock"),
                                  folderForMessages: self.folder.path)
            removeLeftoverTempFiles()
        } else {
            lock = nil
        }
    }

    deinit {
        try? flush()
    }

    static let derivedFolder = ".partyday"
    static let branchFile = "branch.plist"
    static let membersFile = "members.plist"
    private var indexURL: URL { url(".partyday/meetings-index.tsv") }

    /// True when the folder holds no branch, members or meetings.
    public var isEmpty: Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return !names.contains { !$0.hasPrefix(".") }
    }

    // MARK: Branch and members

    /// The branch profile, or nil when the folder has none yet.
    public func loadBranch() throws -> BranchProfile? {
        guard let branch = try loadRecord(BranchProfile.self, kind: .branch, path: Store.branchFile) else { return nil }
        timeZone = branch.timeZone
        return branch
    }

    public func save(_ branch: BranchProfile) throws {
        let clean = branch.sanitized()
        try writeRecord(clean, kind: .branch, path: Store.branchFile)
        timeZone = clean.timeZone
    }

    /// The roster; empty when the folder has no members file yet.
    public func loadMembers() throws -> [Member] {
        try loadRecord([Member].self, kind: .members, path: Store.membersFile) ?? []
    }

    public func save(_ members: [Member]) throws {
        try writeRecord(members.sanitized(), kind: .members, path: Store.membersFile)
    }

    // MARK: Meetings

    /// Summaries of every meeting, newest first, from the index where it is current;
    /// only files that changed since are decoded. Damaged files come back as problems.
    public func listMeetings() -> (summaries: [MeetingSummary], problems: [FileProblem]) {
        let problems = refreshIndex()
        let summaries = meetingPaths.values.compactMap { index.entries[$0]?.summary }
            .sorted { ($0.start, $0.id) > ($1.start, $1.id) }
        return (summaries, problems)
    }

    public func loadMeeting(id: String) throws -> Meeting {
        ensureListed()
        guard let path = meetingPaths[id] else { throw StoreError.noSuchMeeting(id: id) }
        return try decodeMeeting(at: path)
    }

    /// Every meeting fully decoded, on all cores; damaged files come back as problems.
    public func loadAllMeetings() -> (meetings: [Meeting], problems: [FileProblem]) {
        var problems = refreshIndex()
        let folder = self.folder
        let results = Array(meetingPaths.values).sorted().parallelMap { path in
            Result { try Store.decodeMeeting(at: path, in: folder) }
        }
        var meetings: [Meeting] = []
        for result in results {
            switch result {
            case let .success(meeting): meetings.append(meeting)
            case let .failure(error): problems.append(error as? FileProblem ?? FileProblem(path: "?", message: "\(error)"))
            }
        }
        return (meetings.sorted { ($0.start, $0.id) > ($1.start, $1.id) }, problems)
    }

    /// Writes this meeting's file only, so the cost does not grow with the number of meetings.
    public func save(_ meeting: Meeting) throws {
        try requireWritable()
        ensureListed()
        let clean = meeting.sanitized()
        if timeZone == nil { timeZone = (try? loadBranch())??.timeZone ?? TimeZone(identifier: "UTC")! }
        let path = MeetingFileName.relativePath(for: clean, in: timeZone!)
        let oldPath = meetingPaths[clean.id]
        if let problem = protectedFiles[path] { throw StoreError.protectedFile(problem) }
        if oldPath == nil, FileManager.default.fileExists(atPath: url(path).path) {
            throw StoreError.protectedFile(FileProblem(path: path, message: "a different file already has this name"))
        }
        try AtomicFile.makeFolder(url(path).deletingLastPathComponent())
        try AtomicFile.write(try FileFormat.encode(clean, kind: .meeting), to: url(path))
        if let oldPath, oldPath != path {
            try AtomicFile.remove(url(oldPath))
            index.entries[oldPath] = nil
        }
        meetingPaths[clean.id] = path
        if let stamp = FileStamp(path: url(path).path) {
            index.entries[path] = MeetingIndex.Entry(stamp: stamp, summary: MeetingSummary(clean))
        }
        indexNeedsWriting = true
    }

    public func deleteMeeting(id: String) throws {
        try requireWritable()
        ensureListed()
        guard let path = meetingPaths[id] else { throw StoreError.noSuchMeeting(id: id) }
        try AtomicFile.remove(url(path))
        meetingPaths[id] = nil
        index.entries[path] = nil
        indexNeedsWriting = true
    }

    /// Writes the derived index if saves changed it. Called on close; safe to call often.
    public func flush() throws {
        guard access == .readWrite, indexNeedsWriting else { return }
        try index.write(to: indexURL)
        indexNeedsWriting = false
    }

    /// Reads every file in full and returns each problem with its file.
    public func check() -> [FileProblem] {
        var problems: [FileProblem] = []
        do { _ = try loadBranch() } catch { problems.append(problem(error, Store.branchFile)) }
        do { _ = try loadMembers() } catch { problems.append(problem(error, Store.membersFile)) }
        problems += loadAllMeetings().problems
        return problems.sorted { $0.path < $1.path }
    }

    /// The meetings folder files that failed to load, by relative path.
    public var damagedFiles: [FileProblem] {
        protectedFiles.values.sorted { $0.path < $1.path }
    }

    // MARK: Internals

    private func url(_ relative: String) -> URL {
        folder.appendingPathComponent(relative)
    }

    private func requireWritable() throws {
        if access == .readOnly { throw StoreError.readOnly(folder: folder.path) }
    }

    private func problem(_ error: Error, _ path: String) -> FileProblem {
        if let problem = error as? FileProblem { return problem }
        return FileProblem(path: path, message: "\(error)")
    }

    private func loadRecord<Record: Codable>(_ type: Record.Type, kind: RecordKind, path: String) throws -> Record? {
        let fileURL = url(path)
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return nil }
        do {
            let data = try readFile(fileURL, path: path)
            let record = try FileFormat.decode(type, kind: kind, from: data, path: path)
            protectedFiles[path] = nil
            return record
        } catch let problem as FileProblem {
            protectedFiles[path] = problem
            throw problem
        }
    }

    private func writeRecord<Record: Codable>(_ record: Record, kind: RecordKind, path: String) throws {
        try requireWritable()
        if let problem = protectedFiles[path] { throw StoreError.protectedFile(problem) }
        // A file we never read might be damaged or newer: look before writing over it.
        if FileManager.default.fileExists(atPath: url(path).path) {
            _ = try? loadRecord(Record.self, kind: kind, path: path)
            if let problem = protectedFiles[path] { throw StoreError.protectedFile(problem) }
        }
        try AtomicFile.write(try FileFormat.encode(record, kind: kind), to: url(path))
    }

    private func readFile(_ fileURL: URL, path: String) throws -> Data {
        if let stamp = FileStamp(path: fileURL.path), stamp.size > FileFormat.maximumFileSize {
            throw FileProblem(path: path, message: "the file is too large (\(stamp.size / 1_048_576) MiB; a record is at most \(FileFormat.maximumFileSize / 1_048_576) MiB)")
        }
        do {
            return try Data(contentsOf: fileURL)
        } catch {
            throw FileProblem(path: path, message: "cannot be read: \(error.localizedDescription)")
        }
    }

    private func decodeMeeting(at path: String) throws -> Meeting {
        do {
            return try Store.decodeMeeting(at: path, in: folder)
        } catch let problem as FileProblem {
            protectedFiles[path] = problem
            throw problem
        }
    }

    private static func decodeMeeting(at path: String, in folder: URL) throws -> Meeting {
        let fileURL = folder.appendingPathComponent(path)
        let data: Data
        do {
            data = try Data(contentsOf: fileURL)
        } catch {
            throw FileProblem(path: path, message: "cannot be read: \(error.localizedDescription)")
        }
        let meeting = try FileFormat.decode(Meeting.self, kind: .meeting, from: data, path: path)
        if let issue = meeting.validationIssue {
            throw FileProblem(path: path, message: issue)
        }
        return meeting
    }

    private func ensureListed() {
        if !listed { _ = refreshIndex() }
    }

    /// Brings the index up to date with the files on disk and returns the damaged ones.
    private func refreshIndex() -> [FileProblem] {
        if !listed {
            index = MeetingIndex.load(from: indexURL) ?? MeetingIndex()
        }
        listed = true
        let files = meetingFilesOnDisk()
        var fresh: [String: MeetingIndex.Entry] = [:]
        var stale: [(path: String, stamp: FileStamp)] = []
        for (path, stamp) in files {
            if let entry = index.entries[path], entry.stamp == stamp {
                fresh[path] = entry
            } else {
                stale.append((path, stamp))
            }
        }
        let folder = self.folder
        let decoded = stale.parallelMap { item in
            (item, Result { try Store.decodeMeeting(at: item.path, in: folder) })
        }
        var problems: [FileProblem] = []
        for (item, result) in decoded {
            switch result {
            case let .success(meeting):
                fresh[item.path] = MeetingIndex.Entry(stamp: item.stamp, summary: MeetingSummary(meeting))
                protectedFiles[item.path] = nil
            case let .failure(error):
                let problem = error as? FileProblem ?? FileProblem(path: item.path, message: "\(error)")
                protectedFiles[item.path] = problem
                problems.append(problem)
            }
        }
        if fresh.count != index.entries.count || !stale.isEmpty { indexNeedsWriting = true }
        index.entries = fresh
        meetingPaths = [:]
        for (path, entry) in fresh.sorted(by: { $0.key < $1.key }) {
            if let other = meetingPaths[entry.summary.id] {
                // Two files claim one meeting (a crash between writing a renamed file and
                // removing the old one): use the newer, name the other, touch neither.
                let older = fresh[other]!.stamp.modifiedNanoseconds <= entry.stamp.modifiedNanoseconds ? other : path
                let newer = older == path ? other : path
                meetingPaths[entry.summary.id] = newer
                problems.append(FileProblem(path: older, message: "holds the same meeting as \(newer), which is newer; ignored"))
                protectedFiles[older] = problems.last
            } else {
                meetingPaths[entry.summary.id] = path
            }
        }
        if access == .readWrite { try? flush() }
        return problems.sorted { $0.path < $1.path }
    }

    private func meetingFilesOnDisk() -> [(String, FileStamp)] {
        let root = folder.path + "/"
        var files: [(String, FileStamp)] = []
        for year in directoryNames(root + MeetingFileName.folder) where MeetingFileName.isYearFolder(year) {
            let yearPath = "\(MeetingFileName.folder)/\(year)"
            for name in directoryNames(root + yearPath) where MeetingFileName.isMeetingFile(name) {
                let path = "\(yearPath)/\(name)"
                if let stamp = FileStamp(path: root + path) { files.append((path, stamp)) }
            }
        }
        return files
    }

    /// Temp files left by a writer that was killed mid-save. Only the lock holder may
    /// remove them: no other writer can be in the middle of a save.
    private func removeLeftoverTempFiles() {
        let manager = FileManager.default
        var folders = [folder, url(Store.derivedFolder)]
        let meetingsURL = url(MeetingFileName.folder)
        for year in ((try? manager.contentsOfDirectory(atPath: meetingsURL.path)) ?? []) where MeetingFileName.isYearFolder(year) {
            folders.append(meetingsURL.appendingPathComponent(year))
        }
        for folderURL in folders {
            for name in ((try? manager.contentsOfDirectory(atPath: folderURL.path)) ?? []) where AtomicFile.isTempFile(name) {
                try? manager.removeItem(at: folderURL.appendingPathComponent(name))
            }
        }
    }
}
