import Foundation

/// The one way into a branch's files: `branch.plist`, `members.plist` and one file per
/// meeting under `meetings/YYYY/`, all XML property lists; the lock is `.lock`, derived
/// files (the index) sit in `.partyday/`, which may be deleted at any time.
///
/// A read-write store holds the folder's lock for its lifetime. A file that failed to
/// load is remembered and never written over; neither is a file holding fields this
/// build does not know. Nothing is written once the folder itself has gone.
public final class Store {
    public enum Access: Sendable {
        case readWrite
        /// Reads only; takes no lock and writes nothing, not even the index.
        case readOnly
    }

    public let folder: URL
    public let access: Access
    private let lock: FolderLock?
    private let legacyLock: FolderLock?
    /// The folder as opened; nil for a read-only store (which never writes).
    private let identity: FolderIdentity?
    /// Files checked for unknown fields, by the stamp they had then; skipped while unchanged.
    private var verifiedStamps: [String: FileStamp] = [:]
    /// What `check` found beside the records: entries skipped and why, links followed,
    /// older copies of a moved meeting. None of them is damage.
    public private(set) var notices: [FileProblem] = []
    /// The same, for the meetings folder, from the last listing.
    private var listingNotices: [FileProblem] = []
    /// Meeting files the last listing had to decode (the index did not know them): 0 when
    /// the index is warm. For the tests and the benchmark.
    public private(set) var filesDecodedByLastListing = 0

    /// Meeting id to the path of its file, relative to `folder`; filled by the first listing.
    private var meetingPaths: [String: String] = [:]
    /// Not `lazy`: a lazy property is changed through a copy (get, change, set), so every
    /// save copied the whole index — 12,000 entries at twenty times the decade.
    private var index: MeetingIndexFile
    private var listed = false
    /// The first listing's reading, under way on another thread (`prefetchListing`).
    private var prefetch: ListingPrefetch?
    /// Paths (relative) that failed to load: never overwritten, renamed or deleted.
    private var protectedFiles: [String: FileProblem] = [:]
    /// The branch's zone, for meeting file names; read from the branch on the first save.
    var timeZone: TimeZone?
    /// A read-only store writes a rebuilt index back when it can take the lock; a
    /// committee reading a branch's own folder in place sets this false: nothing at all
    /// is written there.
    public var writesBackIndex = true
    /// Where the derived index lives when it is not the folder's own `.partyday/`: a
    /// committee keeps its clones' indexes in its own folder, so a clone is never written.
    private let outsideIndexFolder: URL?
    /// Whether the first listing has removed the year folders' leftover temp files.
    private var leftoversRemoved = false

    /// `indexFolder`: a read-only store's derived index kept there instead of in the folder.
    public init(folder: URL, access: Access = .readWrite, indexFolder: URL? = nil) throws {
        self.folder = folder.standardizedFileURL
        self.access = access
        outsideIndexFolder = access == .readOnly ? indexFolder?.standardizedFileURL : nil
        let derived = outsideIndexFolder ?? self.folder.appendingPathComponent(Store.derivedFolder)
        index = MeetingIndexFile(indexURL: derived.appendingPathComponent("meetings-index.tsv"),
                                 journalURL: derived.appendingPathComponent("meetings-index.journal"))
        if access == .readWrite {
            try AtomicFile.makeFolder(self.folder)
            // A `.partyday/` that arrived as a link to elsewhere would take the index and
            // the second lock out of the folder.
            if let target = FolderLinks.leadsOut(Store.derivedFolder, in: self.folder) {
                throw StoreError.protectedFile(FolderLinks.problem(Store.derivedFolder, target: target))
            }
            try AtomicFile.makeFolder(self.folder.appendingPathComponent(Store.derivedFolder))
            // Beside the records, not in the derived folder: deleting `.partyday/` while a
            // partyday runs must not let a second one open the folder for writing.
            lock = try FolderLock(file: self.folder.appendingPathComponent(Store.lockFile),
                                  folderForMessages: self.folder.path)
            // Builds before 2026-11-27 lock `.partyday/lock`: held too, so an older partyday
            // still open on the folder keeps this one out (and the other way round).
            legacyLock = try FolderLock(file: self.folder.appendingPathComponent("\(Store.derivedFolder)/lock"),
                                        folderForMessages: self.folder.path)
            identity = FolderIdentity(path: self.folder.path)
            removeLeftoverTempFiles()
        } else {
            lock = nil
            legacyLock = nil
            identity = nil
        }
    }

    deinit {
        try? flush()
    }

    /// Called after a moved meeting's new file is written and before its old one is
    /// removed. Only the crash-safety test sets it, to kill a writer exactly there.
    nonisolated(unsafe) public static var betweenTheStepsOfAMove: (() -> Void)?

    static let derivedFolder = ".partyday"
    static let lockFile = ".lock"
    /// Older copies of a meeting set aside after an interrupted move; never read.
    static let replacedFolder = "replaced"
    static let branchFile = "branch.plist"
    static let membersFile = "members.plist"

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

    /// Starts reading what the first listing needs (the index and its journal, the walk of
    /// `meetings/`) on another thread, while the caller reads the branch and the roster and
    /// sets up the terminal. Only files are read; the store takes the result when it first
    /// lists, as though it had listed a moment earlier.
    public func prefetchListing() {
        guard !listed, prefetch == nil else { return }
        let (folder, indexURL, journalURL) = (self.folder, index.indexURL, index.journalURL)
        prefetch = ListingPrefetch {
            (MeetingIndexFile.read(indexURL: indexURL, journalURL: journalURL), MeetingFolderListing(folder: folder))
        }
    }

    /// Summaries of every meeting, newest first, from the index where it is current;
    /// only files that changed since are decoded. Damaged files come back as problems.
    public func listMeetings() -> (summaries: [MeetingSummary], problems: [FileProblem]) {
        let problems = refreshIndex()
        let summaries = meetingPaths.values.compactMap { index[$0]?.summary }
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
            case let .failure(error): problems.append(error as? FileProblem ?? FileProblem(path: "?", error: error))
            }
        }
        return (meetings.sorted { ($0.start, $0.id) > ($1.start, $1.id) }, problems)
    }

    /// The meetings whose summaries pass `include`, decoded in full (on all cores); the
    /// rest are never read. An export of one month reads that month's files only.
    public func loadMeetings(where include: (MeetingSummary) -> Bool) -> (meetings: [Meeting], problems: [FileProblem]) {
        var problems = refreshIndex()
        let folder = self.folder
        let paths = meetingPaths.values.filter { path in index[path].map { include($0.summary) } ?? false }.sorted()
        var meetings: [Meeting] = []
        for result in paths.parallelMap({ path in Result { try Store.decodeMeeting(at: path, in: folder) } }) {
            switch result {
            case let .success(meeting): meetings.append(meeting)
            case let .failure(error): problems.append(error as? FileProblem ?? FileProblem(path: "?", error: error))
            }
        }
        return (meetings.sorted { ($0.start, $0.id) > ($1.start, $1.id) }, problems)
    }

    /// Writes this meeting's file only, so the cost does not grow with the number of meetings.
    ///
    /// A meeting whose day or type changed moves to its new name in two steps, new file
    /// first: a kill between them leaves two files, and the later save stamp tells which
    /// is current (the next writer sets the other aside in `replaced/`).
    public func save(_ meeting: Meeting) throws {
        try requireWritable()
        ensureListed()
        let clean = meeting.sanitized()
        if let issue = clean.validationIssue { throw StoreError.invalid(path: meetingPaths[clean.id] ?? clean.id, message: issue) }
        if timeZone == nil { timeZone = ((try? loadBranch()) ?? nil)?.timeZone ?? .gmt }
        let oldPath = meetingPaths[clean.id]
        if let oldPath { try requireKnownFields(Meeting.self, kind: .meeting, path: oldPath) }
        let path = try pathToWrite(clean, replacing: oldPath)
        let data = try sizedForWriting(try FileFormat.encode(clean, kind: .meeting, savedAt: Date()), path: path)
        let target = try writeURL(path)
        try AtomicFile.makeFolder(target.deletingLastPathComponent())
        try AtomicFile.write(data, to: target)
        if let oldPath, oldPath != path {
            Store.betweenTheStepsOfAMove?()
            try AtomicFile.remove(url(oldPath))
            index[oldPath] = nil
            verifiedStamps[oldPath] = nil
        }
        meetingPaths[clean.id] = path
        verifiedStamps[path] = FileStamp(path: target.path)
        if let stamp = FileStamp(path: url(path).path) {
            index[path] = MeetingIndex.Entry(stamp: stamp, summary: MeetingSummary(clean), checksum: FileChecksum.of(data))
        } else {
            index[path] = nil
        }
    }

    /// Where a meeting is written: where it is, while its day and type still match the
    /// name; else a name from the day, the type and the whole id, never one that another
    /// file holds (a damaged file, another meeting's, anything at all).
    private func pathToWrite(_ meeting: Meeting, replacing oldPath: String?) throws -> String {
        let zone = timeZone ?? .gmt
        if let oldPath, MeetingFileName.fits(oldPath, meeting, in: zone) {
            if let problem = protectedFiles[oldPath] { throw StoreError.protectedFile(problem) }
            return oldPath
        }
        let taken = Set(meetingPaths.filter { $0.key != meeting.id }.values)
        for attempt in 1...100 {
            let candidate = MeetingFileName.relativePath(for: meeting, in: zone, attempt: attempt)
            if candidate == oldPath { return candidate }
            // A damaged or newer file under this meeting's own name is most likely this
            // meeting: refused, never written beside or over.
            if attempt == 1, let problem = protectedFiles[candidate] { throw StoreError.protectedFile(problem) }
            if taken.contains(candidate) || protectedFiles[candidate] != nil { continue }
            if FolderEntry(url(candidate), inside: folder) != .missing { continue }
            return candidate
        }
        throw StoreError.protectedFile(FileProblem(path: MeetingFileName.relativePath(for: meeting, in: zone), Wording("a different file already has this name", "另一个文件已使用此名称")))
    }

    public func deleteMeeting(id: String) throws {
        try requireWritable()
        ensureListed()
        guard let path = meetingPaths[id] else { throw StoreError.noSuchMeeting(id: id) }
        try AtomicFile.remove(url(path))
        meetingPaths[id] = nil
        index[path] = nil
    }

    /// Writes the derived index if saves changed it. Called on close; safe to call often.
    public func flush() throws {
        guard access == .readWrite, index.needsWriting else { return }
        try requireFolderPresent()
        // The derived folder may have been deleted while we ran; it is ours to re-create
        // (but not through a link that leads out of the folder).
        if let target = FolderLinks.leadsOut(Store.derivedFolder, in: folder) {
            throw StoreError.protectedFile(FolderLinks.problem(Store.derivedFolder, target: target))
        }
        try AtomicFile.makeFolder(url(Store.derivedFolder))
        try index.write()
    }

    /// Reads every file in full and returns each problem with its file: damage, fields
    /// this build does not know, references that lead nowhere, impossible settings.
    /// Entries skipped and links followed are in `notices` afterwards.
    public func check() -> [FileProblem] {
        var problems: [FileProblem] = []
        var branch: BranchProfile?
        var members: [Member] = []
        do { branch = try loadBranch() } catch { problems.append(problem(error, Store.branchFile)) }
        do { members = try loadMembers() } catch { problems.append(problem(error, Store.membersFile)) }
        let loaded = loadAllMeetings()
        problems += loaded.problems
        problems += duesProblems()
        problems += folderRecordProblems()
        // A payment of someone the roster does not know is counted for nobody.
        let known = Set(members.map(\.id))
        for year in loadAllDues().years {
            let strangers = Set(year.payments.map(\.memberID)).subtracting(known).sorted()
            if !strangers.isEmpty, !members.isEmpty {
                problems.append(FileProblem(path: Store.duesYearFile(year.year),
                                            Wording("payments name \(strangers.count) member id(s) not on the roster: \(strangers.prefix(5).joined(separator: ", "))",
                                                    "交纳记录中有 \(strangers.count) 个不在名册上的党员编号：\(strangers.prefix(5).joined(separator: "、"))")))
            }
        }
        problems += unknownFieldProblems()
        let references = ReferenceCheck(branch: branch, members: members, meetings: loaded.meetings, pathOf: { self.meetingPaths[$0] ?? $0 })
        problems += references.problems
        for place in FolderLinks.ownPlaces {
            if let target = FolderLinks.leadsOut(place, in: folder) { problems.append(FolderLinks.problem(place, target: target)) }
        }
        for year in directoryNames(url(MeetingFileName.folder).path) where FolderLinks.leadsOut(MeetingFileName.folder, in: folder) == nil {
            let path = "\(MeetingFileName.folder)/\(year)"
            if let target = FolderLinks.leadsOut(path, in: folder) { problems.append(FolderLinks.problem(MeetingFolderListing.printable(path), target: target)) }
        }
        notices = (topLevelNotices() + listingNotices + references.notices).sorted { ($0.path, $0.message) < ($1.path, $1.message) }
        return problems.sorted { $0.path < $1.path }
    }

    /// Every record file holding fields this build does not know.
    private func unknownFieldProblems() -> [FileProblem] {
        var problems: [FileProblem] = []
        func look<Record: Codable>(_ type: Record.Type, _ kind: RecordKind, _ path: String) {
            guard case let .file(fileURL, _) = FolderEntry(url(path), inside: folder),
                  let data = try? Data(contentsOf: fileURL), protectedFiles[path] == nil else { return }
            let unknown = FileFormat.unknownKeys(type, kind: kind, in: data)
            if !unknown.isEmpty { problems.append(Store.unknownFieldsProblem(path, unknown)) }
        }
        look(BranchProfile.self, .branch, Store.branchFile)
        look([Member].self, .members, Store.membersFile)
        look([MemberDuesBasis].self, .duesBases, Store.duesBasesFile)
        for year in duesYearsOnDisk() { look(DuesYear.self, .duesYear, Store.duesYearFile(year)) }
        for path in meetingPaths.values.sorted() { look(Meeting.self, .meeting, path) }
        for file in folderRecordFiles() where protectedFiles[file.path] == nil {
            let unknown = file.unknownKeys()
            if !unknown.isEmpty { problems.append(Store.unknownFieldsProblem(file.path, unknown)) }
        }
        return problems
    }

    static func unknownFieldsProblem(_ path: String, _ keys: [String]) -> FileProblem {
        FileProblem(path: path, Wording("holds fields this build does not know (\(keys.prefix(5).joined(separator: ", "))); written by a newer partyday? Saving would drop them, so it is left untouched",
                                     "含有本程序不认识的字段（\(keys.prefix(5).joined(separator: "、"))），可能由较新版本的 partyday 写入；保存会丢失这些字段，因此未作改动"))
    }

    /// The meetings folder files that failed to load, by relative path.
    public var damagedFiles: [FileProblem] {
        protectedFiles.values.sorted { $0.path < $1.path }
    }

    // MARK: Internals

    func url(_ relative: String) -> URL {
        folder.appendingPathComponent(relative)
    }

    func requireWritable() throws {
        if access == .readOnly { throw StoreError.readOnly(folder: folder.path) }
        try requireFolderPresent()
    }

    /// The folder opened is still there, under its name.
    private func requireFolderPresent() throws {
        guard let identity, FolderIdentity(path: folder.path) == identity else {
            throw StoreError.folderGone(folder: folder.path)
        }
    }

    /// The bytes, if they fit the limit every reader applies; else nothing is written.
    private func sizedForWriting(_ data: Data, path: String) throws -> Data {
        guard data.count <= FileFormat.maximumFileSize else {
            throw StoreError.tooLarge(path: path, bytes: data.count, limit: FileFormat.maximumFileSize)
        }
        return data
    }

    /// The file a save replaces: the path itself, or the target of a link inside the folder
    /// (the link is kept); a link out of the folder or to nothing is never written through.
    private func writeURL(_ path: String) throws -> URL {
        if let link = FolderLinks.outside(path, in: folder) { throw StoreError.protectedFile(FolderLinks.problem(link.path, target: link.target)) }
        let entry = FolderEntry(url(path), inside: folder)
        switch entry {
        case .missing: return url(path)
        case let .file(target, _): return target
        default: throw StoreError.protectedFile(FileProblem(path: path, entry.problem ?? Wording("not a file", "不是文件")))
        }
    }

    /// Refuses to overwrite a file that holds fields this build would drop; each file is
    /// looked at once per change (its stamp is remembered).
    private func requireKnownFields<Record: Codable>(_ type: Record.Type, kind: RecordKind, path: String) throws {
        guard case let .file(fileURL, _) = FolderEntry(url(path), inside: folder),
              let stamp = FileStamp(path: fileURL.path) else { return }
        if verifiedStamps[path] == stamp { return }
        guard let data = try? Data(contentsOf: fileURL) else { return }
        let unknown = FileFormat.unknownKeys(type, kind: kind, in: data)
        if !unknown.isEmpty {
            let problem = Store.unknownFieldsProblem(path, unknown)
            protectedFiles[path] = problem
            throw StoreError.protectedFile(problem)
        }
        verifiedStamps[path] = stamp
    }

    private func problem(_ error: Error, _ path: String) -> FileProblem {
        FileProblem(path: path, error: error)
    }

    /// A file set aside: its path is free to write again.
    func forgetProtection(_ path: String) {
        protectedFiles[path] = nil
        verifiedStamps[path] = nil
    }

    /// A file read whole but holding what the save path refuses: protected like a damaged one.
    func refuse(_ problem: FileProblem, at path: String) -> FileProblem {
        protectedFiles[path] = problem
        return problem
    }

    func loadRecord<Record: Codable & Sanitizable>(_ type: Record.Type, kind: RecordKind, path: String) throws -> Record? {
        if let link = FolderLinks.outside(path, in: folder) {
            let problem = FolderLinks.problem(link.path, target: link.target)
            protectedFiles[path] = problem
            throw problem
        }
        let entry = FolderEntry(url(path), inside: folder)
        let fileURL: URL
        switch entry {
        case .missing:
            return nil
        case let .file(target, _):
            fileURL = target
        default:
            // A link to nothing is not "no roster yet": saving would replace the link.
            let problem = FileProblem(path: path, entry.problem ?? Wording("not a file", "不是文件"))
            protectedFiles[path] = problem
            throw problem
        }
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

    /// `encode` makes the file's bytes; Foundation's encoder unless a faster writer of the
    /// same bytes is given (the dues year files).
    func writeRecord<Record: Codable & Sanitizable>(_ record: Record, kind: RecordKind, path: String,
                                                    encode: ((Record, Date) throws -> Data)? = nil) throws {
        try requireWritable()
        if let problem = protectedFiles[path] { throw StoreError.protectedFile(problem) }
        // A file we never read might be damaged or newer: look before writing over it
        // (not again while it is as this store last wrote or checked it).
        let unchanged = verifiedStamps[path].map { FileStamp(path: url(path).path) == $0 } ?? false
        if !unchanged, FolderEntry(url(path), inside: folder) != .missing {
            _ = try? loadRecord(Record.self, kind: kind, path: path)
            if let problem = protectedFiles[path] { throw StoreError.protectedFile(problem) }
            try requireKnownFields(Record.self, kind: kind, path: path)
        }
        let bytes = try encode?(record, Date()) ?? FileFormat.encode(record, kind: kind, savedAt: Date())
        let data = try sizedForWriting(bytes, path: path)
        let target = try writeURL(path)
        try AtomicFile.write(data, to: target)
        verifiedStamps[path] = FileStamp(path: target.path)
    }

    private func readFile(_ fileURL: URL, path: String) throws -> Data {
        if let stamp = FileStamp(path: fileURL.path), stamp.size > FileFormat.maximumFileSize {
            throw FileProblem(path: path, FileFormat.tooLarge(Int(stamp.size)))
        }
        do {
            return try Data(contentsOf: fileURL)
        } catch {
            throw FileProblem(path: path, Wording("cannot be read: ", "无法读取：").then(Wording(error: error), english: "", chinese: ""))
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
        try decodeMeeting(try meetingBytes(at: path, in: folder), path: path)
    }

    /// A meeting and its save stamp, checked as `decodeMeeting` checks it.
    static func decodeSavedMeeting(at path: String, in folder: URL) throws -> (Meeting, Date?) {
        let (meeting, savedAt) = try FileFormat.decodeSaved(Meeting.self, kind: .meeting, from: try meetingBytes(at: path, in: folder), path: path)
        if let issue = meeting.validationIssue { throw FileProblem(path: path, issue) }
        return (meeting, savedAt)
    }

    private static func meetingBytes(at path: String, in folder: URL) throws -> Data {
        let entry = FolderEntry(folder.appendingPathComponent(path), inside: folder)
        guard case let .file(fileURL, _) = entry else {
            throw FileProblem(path: path, entry.problem ?? Wording("no longer exists", "已不存在"))
        }
        do {
            return try Data(contentsOf: fileURL)
        } catch {
            throw FileProblem(path: path, Wording("cannot be read: ", "无法读取：").then(Wording(error: error), english: "", chinese: ""))
        }
    }

    private static func decodeMeeting(_ data: Data, path: String) throws -> Meeting {
        let meeting = try FileFormat.decode(Meeting.self, kind: .meeting, from: data, path: path)
        if let issue = meeting.validationIssue {
            throw FileProblem(path: path, issue)
        }
        return meeting
    }

    /// A meeting file's checksum, and its summary unless the bytes are those `known` was
    /// made from (same size and checksum): then nil, and `known`'s summary stands.
    private static func readMeeting(at path: String, in folder: URL, unlessItIs known: MeetingIndex.Entry?) throws
        -> (summary: MeetingSummary?, checksum: UInt32) {
        let data = try meetingBytes(at: path, in: folder)
        let checksum = FileChecksum.of(data)
        if let known, known.checksum != 0, known.checksum == checksum, known.stamp.size == Int64(data.count) {
            return (nil, checksum)
        }
        return (MeetingSummary(try decodeMeeting(data, path: path)), checksum)
    }

    private func ensureListed() {
        if !listed { _ = refreshIndex() }
    }

    /// Brings the index up to date with the files on disk and returns the damaged ones.
    private func refreshIndex() -> [FileProblem] {
        let early = prefetch?.wait()
        prefetch = nil
        if !listed {
            if let early { index.adopt(early.index) } else { index.load() }
        }
        listed = true
        let listing = early?.listing ?? MeetingFolderListing(folder: folder)
        listingNotices = listing.notices
        if access == .readWrite, !leftoversRemoved {
            // The year folders' share of `removeLeftoverTempFiles`, found by this walk.
            for path in listing.leftovers { try? FileManager.default.removeItem(at: url(path)) }
            leftoversRemoved = true
        }
        var fresh: [String: MeetingIndex.Entry] = [:]
        var stale: [(path: String, stamp: FileStamp, known: MeetingIndex.Entry?)] = []
        for (path, stamp) in listing.files {
            let known = index[path]
            if let known, known.stamp.isFresh(comparedWith: stamp) {
                fresh[path] = MeetingIndex.Entry(stamp: stamp, summary: known.summary, checksum: known.checksum)
            } else {
                stale.append((path, stamp, known))
            }
        }
        let folder = self.folder
        // A file whose time changed but whose bytes did not (a git checkout, a copy that
        // did not keep times) keeps its summary: reading and summing it is far cheaper
        // than decoding it.
        let decoded = stale.parallelMap { item in
            (item, Result { try Store.readMeeting(at: item.path, in: folder, unlessItIs: item.known) })
        }
        filesDecodedByLastListing = decoded.filter { item in
            guard case let .success(read) = item.1 else { return true }
            return read.summary != nil
        }.count
        var problems: [FileProblem] = listing.problems
        for problem in listing.problems { protectedFiles[problem.path] = problem }
        for (item, result) in decoded {
            switch result {
            case let .success(read):
                let summary = read.summary ?? item.known?.summary
                guard let summary else { continue }
                fresh[item.path] = MeetingIndex.Entry(stamp: item.stamp, summary: summary, checksum: read.checksum)
                protectedFiles[item.path] = nil
            case let .failure(error):
                let problem = error as? FileProblem ?? FileProblem(path: item.path, error: error)
                protectedFiles[item.path] = problem
                problems.append(problem)
            }
        }
        index.replaceEntries(with: fresh)
        meetingPaths = [:]
        for (path, entry) in fresh.sorted(by: { $0.key < $1.key }) {
            guard let other = meetingPaths[entry.summary.id] else {
                meetingPaths[entry.summary.id] = path
                continue
            }
            // Two files claim one meeting: a move by date cut short by a crash (or a copy).
            let (current, older) = newerOf(other, path)
            meetingPaths[entry.summary.id] = current
            index[older] = nil
            if access == .readWrite, let kept = setAside(older) {
                listingNotices.append(FileProblem(path: older, Wording("was an older copy of the meeting in \(current) (a move by date cut short); moved to \(kept)",
                                                                  "是 \(current) 中会议的旧副本（改日期移动时中断），已移至 \(kept)")))
            } else {
                protectedFiles[older] = FileProblem(path: older, Wording("older copy of \(current)", "\(current) 的旧副本"))
                listingNotices.append(FileProblem(path: older, Wording("is an older copy of the meeting in \(current) (a move by date cut short); \(current) is used, and the next time partyday opens the folder for writing it moves this copy to replaced/",
                                                                  "是 \(current) 中会议的旧副本（改日期移动时中断）；使用 \(current)，下次以可写方式打开文件夹时将此副本移至 replaced/")))
            }
        }
        if access == .readWrite { try? flush() } else { writeBackIndexIfFree() }
        return problems.sorted { $0.path < $1.path }
    }

    /// A read-only store that rebuilt entries (a first run after an upgrade, a restored
    /// folder) writes them back when no partyday holds the folder, so the next command
    /// starts warm; when the lock is taken or the folder is not writable it skips quietly.
    private func writeBackIndexIfFree() {
        if let outsideIndexFolder {
            // The reader's own folder: no lock of the records' folder is taken, nothing is written there.
            if index.needsWriting, (try? AtomicFile.makeFolder(outsideIndexFolder)) != nil { try? index.write() }
            return
        }
        guard writesBackIndex, index.needsWriting, FolderIdentity(path: folder.path) != nil,
              FileManager.default.isWritableFile(atPath: folder.path),
              FolderLinks.leadsOut(Store.derivedFolder, in: folder) == nil, FolderLinks.leadsOut(Store.lockFile, in: folder) == nil,
              let lock = try? FolderLock(file: url(Store.lockFile), folderForMessages: folder.path) else { return }
        withExtendedLifetime(lock) {
            if (try? AtomicFile.makeFolder(url(Store.derivedFolder))) != nil { try? index.write() }
        }
    }

    /// Moves a superseded copy out of the meetings folder into `replaced/` (kept, never
    /// deleted: a hand-made copy may hold edits of its own); its new path, or nil.
    func setAside(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        let folderURL = url(Store.replacedFolder)
        guard (try? AtomicFile.makeFolder(folderURL)) != nil else { return nil }
        var target = "\(Store.replacedFolder)/\(name)"
        var number = 2
        while FileManager.default.fileExists(atPath: url(target).path) {
            target = "\(Store.replacedFolder)/\(number)-\(name)"
            number += 1
        }
        guard rename(url(path).path, url(target).path) == 0 else { return nil }
        AtomicFile.syncFolder(url(path).deletingLastPathComponent())
        AtomicFile.syncFolder(folderURL)
        return target
    }

    /// Of two files holding one meeting, the current one (the later save stamp in the
    /// file, else the later modification time) and the other.
    private func newerOf(_ first: String, _ second: String) -> (current: String, older: String) {
        func stamp(_ path: String) -> (Date, Int64) {
            let saved = (try? Data(contentsOf: url(path))).flatMap(FileFormat.savedAt) ?? .distantPast
            return (saved, index[path]?.stamp.modifiedNanoseconds ?? 0)
        }
        return stamp(first) >= stamp(second) ? (first, second) : (second, first)
    }

    /// Entries at the top of the data folder that are not records, named for `check`.
    private func topLevelNotices() -> [FileProblem] {
        var notices: [FileProblem] = []
        let known = Set<String>([Store.branchFile, Store.membersFile, MeetingFileName.folder, Store.derivedFolder, Store.lockFile, Store.replacedFolder,
                                  "exports", ".git", ".gitignore", BranchSync.conflictsFolder] + Store.recordFolders)
        for name in directoryNames(folder.path).sorted() where !known.contains(name) && !AtomicFile.isTempFile(name) {
            notices.append(FileProblem(path: MeetingFolderListing.printable(name), Wording("skipped: not a partyday record", "已跳过：不是 partyday 记录")))
        }
        for name in [Store.branchFile, Store.membersFile] {
            if case .file(_, throughLink: true) = FolderEntry(url(name), inside: folder) {
                notices.append(FileProblem(path: name, Wording("is a symbolic link inside the data folder; followed, and saves write through it", "是数据文件夹内的符号链接，已跟随，保存时写入其目标")))
            }
        }
        return notices
    }

    /// Temp files left by a writer that was killed mid-save. Only the lock holder may
    /// remove them: no other writer can be in the middle of a save. Here the top folder,
    /// the derived one and dues/; the year folders' are found and removed by the first listing,
    /// which walks them anyway (opening a folder no longer reads every year folder twice).
    private func removeLeftoverTempFiles() {
        for folderURL in [folder, url(Store.derivedFolder), url(Store.duesFolder)]
            where folderURL == folder || FolderLinks.leadsOut(folderURL.lastPathComponent, in: folder) == nil {
            for name in directoryNames(folderURL.path) where AtomicFile.isTempFile(name) {
                try? FileManager.default.removeItem(at: folderURL.appendingPathComponent(name))
            }
        }
    }
}
