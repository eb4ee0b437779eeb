import Foundation
import PartyDayKit

/// Changes waiting to be written. A burst of edits is written once: a change waits
/// 300 ms for quiet, never more than a second in all; a failed write is kept and retried.
public struct SaveQueue {
    public init() {}

    private struct Pending<Value> {
        var value: Value
        var first: Date
        var last: Date
    }

    private var meetings: [String: Pending<Meeting>] = [:]
    private var members: Pending<[Member]>?
    private var branch: Pending<BranchProfile>?
    private var duesYears: [Int: Pending<DuesYear>] = [:]
    private var duesBases: Pending<[MemberDuesBasis]>?
    /// Folder records (people in development …), by folder and id.
    private var folderRecords: [String: Pending<AnyFolderRecord>] = [:]
    private var retryAfter: Date?

    public var isEmpty: Bool { meetings.isEmpty && members == nil && branch == nil && duesYears.isEmpty && duesBases == nil && folderRecords.isEmpty }

    public mutating func add(_ meeting: Meeting, at now: Date) {
        meetings[meeting.id] = Pending(value: meeting, first: meetings[meeting.id]?.first ?? now, last: now)
    }

    public mutating func add(_ roster: [Member], at now: Date) {
        members = Pending(value: roster, first: members?.first ?? now, last: now)
    }

    public mutating func add(_ profile: BranchProfile, at now: Date) {
        branch = Pending(value: profile, first: branch?.first ?? now, last: now)
    }

    public mutating func add(_ dues: DuesYear, at now: Date) {
        duesYears[dues.year] = Pending(value: dues, first: duesYears[dues.year]?.first ?? now, last: now)
    }

    public mutating func add(_ bases: [MemberDuesBasis], at now: Date) {
        duesBases = Pending(value: bases, first: duesBases?.first ?? now, last: now)
    }

    public mutating func add(_ record: AnyFolderRecord, at now: Date) {
        let key = FolderRecords.file(type(of: record.record), id: record.id)
        folderRecords[key] = Pending(value: record, first: folderRecords[key]?.first ?? now, last: now)
    }

    /// A record removed must not be written back by a save still waiting.
    public mutating func drop(folder: String, id: String) {
        folderRecords["\(folder)/\(id).plist"] = nil
    }

    /// Folder records waiting to be written (newer than their files), of one folder or all.
    public func pendingRecords(folder: String? = nil) -> [AnyFolderRecord] {
        folderRecords.values.map(\.value).filter { folder == nil || $0.folder == folder }.sorted { ($0.folder, $0.id) < ($1.folder, $1.id) }
    }

    /// Dues waiting to be written (they are newer than the files).
    public var pendingDues: (bases: [MemberDuesBasis]?, years: [DuesYear]) {
        (duesBases?.value, duesYears.values.map(\.value).sorted { $0.year < $1.year })
    }

    /// A deleted meeting must not be written back by a save still waiting.
    public mutating func drop(meetingID: String) {
        meetings[meetingID] = nil
    }

    public func pending(meetingID: String) -> Meeting? { meetings[meetingID]?.value }

    /// Everything still waiting, for a rescue copy when it cannot reach the data folder.
    public var contents: (branch: BranchProfile?, members: [Member]?, meetings: [Meeting]) {
        (branch?.value, members?.value, meetings.values.map(\.value).sorted { $0.id < $1.id })
    }

    /// Writes what is due (everything when `force`); returns the first failure, if any.
    public mutating func write(to store: any RecordStore, now: Date, force: Bool = false) -> Wording? {
        if !force, let retryAfter, now < retryAfter { return nil }
        func due<Value>(_ pending: Pending<Value>) -> Bool {
            force || now.timeIntervalSince(pending.last) >= 0.3 || now.timeIntervalSince(pending.first) >= 0.7
        }
        var failure: Wording?
        do {
            if let branch, due(branch) {
                try store.save(branch.value)
                self.branch = nil
            }
            if let members, due(members) {
                try store.save(members.value)
                self.members = nil
            }
            for (id, pending) in meetings where due(pending) {
                try store.save(pending.value)
                meetings[id] = nil
            }
            if let duesBases, due(duesBases) {
                try store.save(duesBases.value)
                self.duesBases = nil
            }
            for (year, pending) in duesYears where due(pending) {
                try store.save(pending.value)
                duesYears[year] = nil
            }
            for (key, pending) in folderRecords where due(pending) {
                try store.save(pending.value.record)
                folderRecords[key] = nil
            }
            retryAfter = nil
        } catch {
            failure = Wording(error: error)
            retryAfter = now.addingTimeInterval(1)
        }
        return failure
    }
}
