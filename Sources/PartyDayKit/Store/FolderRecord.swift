import Foundation

/// A record kind kept one file per record in a folder of its own (`development/<id>.plist`),
/// so that two PCs recording two records never touch one file. The store, `check`, the save
/// queue, the effect runner, sync and the rescue copy handle every such kind through this
/// description, so a new kind is its model conforming here and one line in
/// `FolderRecords.kinds` — not a case in each of them.
public protocol FolderRecord: Codable, Sendable, Equatable, Sanitizable {
    /// The `kind` its file's header names.
    static var kind: RecordKind { get }
    /// Its folder in the data folder.
    static var folder: String { get }
    /// What a sync's commit subject calls it, before the record's name ("development: 周航").
    static var syncLabel: (english: String, chinese: String) { get }
    var id: String { get }
    /// The name it goes by: lists sort by it, messages show it.
    var name: String { get }
    /// Why the save path refuses it, or nil; `filedAs` is the id its file's name gives
    /// (a file renamed by hand holds another record). `check` asks the same.
    func saveIssue(filedAs fileID: String?) -> Wording?
}

/// The kinds kept one file per record.
public enum FolderRecords {
    /// Every folder kind: a new one is one line here.
    public static let kinds: [any FolderRecord.Type] = [DevelopmentPerson.self, Talk.self, Election.self, YearPlan.self, AwayRecord.self]

    /// The kind kept in `folder`, if one is.
    public static func kind(folder: String) -> (any FolderRecord.Type)? { kinds.first { $0.folder == folder } }

    /// A record's file, relative to the data folder.
    public static func file(_ type: any FolderRecord.Type, id: String) -> String { "\(type.folder)/\(id).plist" }

    /// Ids are what a file name may safely be: letters, digits and dashes, not too long.
    public static func isFileID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension FolderRecord {
    func isSame(as other: any FolderRecord) -> Bool { (other as? Self) == self }

    /// Sorted as lists show them: by name, then id.
    public static func ordered(_ records: [Self]) -> [Self] { records.sorted { ($0.name, $0.id) < ($1.name, $1.id) } }
}

/// A record of any folder kind, as effects and events carry it.
public struct AnyFolderRecord: Equatable, Sendable {
    public let record: any FolderRecord

    public init(_ record: some FolderRecord) { self.record = record }
    public init(any record: any FolderRecord) { self.record = record }

    public var folder: String { type(of: record).folder }
    public var id: String { record.id }

    /// The record, when it is of kind `R`.
    public func typed<R: FolderRecord>(_: R.Type) -> R? { record as? R }

    public static func == (lhs: AnyFolderRecord, rhs: AnyFolderRecord) -> Bool {
        lhs.folder == rhs.folder && lhs.record.isSame(as: rhs.record)
    }
}
