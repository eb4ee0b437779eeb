import Foundation

/// Records kept in memory, cleaned and checked as the disk store checks them before a
/// save (`sanitized`, `validationIssue`), so what a test writes here would also be written
/// to disk. Not thread-safe: one runner uses it at a time.
public final class MemoryStore: RecordStore {
    public let folder: URL
    public private(set) var branch: BranchProfile?
    public private(set) var members: [Member]
    public private(set) var meetings: [String: Meeting]
    public private(set) var duesBases: [MemberDuesBasis] = []
    public private(set) var duesYears: [Int: DuesYear] = [:]
    /// The folder kinds' records, by folder and id.
    public private(set) var folderRecords: [String: [String: any FolderRecord]] = [:]

    /// `folder` is never written by the store itself (exports and git would use it).
    public init(folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-memory-\(UUID().uuidString)"),
                branch: BranchProfile?, members: [Member], meetings: [Meeting] = [], duesBases: [MemberDuesBasis] = [], duesYears: [DuesYear] = []) {
        self.folder = folder
        self.branch = branch
        self.members = members
        self.meetings = Dictionary(meetings.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.duesBases = duesBases
        self.duesYears = Dictionary(duesYears.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func loadBranch() throws -> BranchProfile? { branch }
    public func save(_ branch: BranchProfile) throws { self.branch = branch.sanitized() }
    public func loadMembers() throws -> [Member] { members }
    public func save(_ members: [Member]) throws { self.members = members.sanitized() }

    public func listMeetings() -> (summaries: [MeetingSummary], problems: [FileProblem]) {
        (meetings.values.map(MeetingSummary.init).sorted { ($0.start, $0.id) > ($1.start, $1.id) }, [])
    }

    public func loadMeeting(id: String) throws -> Meeting {
        guard let meeting = meetings[id] else { throw StoreError.noSuchMeeting(id: id) }
        return meeting
    }

    public func save(_ meeting: Meeting) throws {
        let clean = meeting.sanitized()
        if let issue = clean.validationIssue { throw StoreError.invalid(path: clean.id, message: issue) }
        meetings[clean.id] = clean
    }

    public func deleteMeeting(id: String) throws {
        guard meetings.removeValue(forKey: id) != nil else { throw StoreError.noSuchMeeting(id: id) }
    }

    public func loadDuesBases() throws -> [MemberDuesBasis] { duesBases }
    public func save(_ bases: [MemberDuesBasis]) throws { duesBases = bases.sanitized() }
    public func loadAllDues() -> (years: [DuesYear], problems: [FileProblem]) { (duesYears.values.sorted { $0.year < $1.year }, []) }
    public func save(_ dues: DuesYear) throws { duesYears[dues.year] = dues.sanitized() }
    public func loadAll<R: FolderRecord>(_ type: R.Type) -> (records: [R], problems: [FileProblem]) {
        (R.ordered((folderRecords[R.folder] ?? [:]).values.compactMap { $0 as? R }), [])
    }
    public func save<R: FolderRecord>(_ record: R) throws {
        if let issue = record.saveIssue(filedAs: nil) { throw StoreError.invalid(path: FolderRecords.file(R.self, id: record.id), message: issue) }
        folderRecords[R.folder, default: [:]][record.id] = record.sanitized()
    }
    public func delete<R: FolderRecord>(_ type: R.Type, id: String) throws { folderRecords[R.folder]?[id] = nil }
    public func flush() throws {}
}
