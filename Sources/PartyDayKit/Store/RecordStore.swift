import Foundation

/// What the effect runner reads and writes: the folder's records. `Store` keeps them on
/// disk; `MemoryStore` in memory, for the monkey test, the `update` fuzzer and benchmarks
/// that must not pay for a disk — all of them through the one `EffectRunner`.
public protocol RecordStore: AnyObject {
    /// The data folder: where exports go and git runs (a memory store names a folder of its own).
    var folder: URL { get }
    func loadBranch() throws -> BranchProfile?
    func save(_ branch: BranchProfile) throws
    func loadMembers() throws -> [Member]
    func save(_ members: [Member]) throws
    func listMeetings() -> (summaries: [MeetingSummary], problems: [FileProblem])
    func loadMeeting(id: String) throws -> Meeting
    func save(_ meeting: Meeting) throws
    func deleteMeeting(id: String) throws
    func loadDuesBases() throws -> [MemberDuesBasis]
    func save(_ bases: [MemberDuesBasis]) throws
    func loadAllDues() -> (years: [DuesYear], problems: [FileProblem])
    func save(_ dues: DuesYear) throws
    /// Every record of a folder kind (`FolderRecord`: people in development …), by name.
    func loadAll<R: FolderRecord>(_ type: R.Type) -> (records: [R], problems: [FileProblem])
    func save<R: FolderRecord>(_ record: R) throws
    /// Removes a record's file: only undo of adding it does.
    func delete<R: FolderRecord>(_ type: R.Type, id: String) throws
    /// Writes what is kept only in memory for speed (the disk store's index).
    func flush() throws
}

extension Store: RecordStore {}
