import PartyDayKit

/// The records of one folder kind as every screen shares them (talks, elections, plans):
/// read once after the meetings are listed, kept in step with each change the pipe puts.
/// Each kind's own type adds what its screens derive; the reading and keeping are here once.
protocol SharedRecords: Sendable {
    associatedtype Record: FolderRecord
    var records: [Record] { get set }
    var loaded: Bool { get set }
    var requested: Bool { get set }
    var problems: [FileProblem] { get set }
    /// Counts changes, so that what is derived from the records knows when it is stale.
    var version: Int { get set }
    /// The order the screens list them in.
    static func ordered(_ records: [Record]) -> [Record]
}

extension AppState {
    /// Asks for the kind's files once there is a branch.
    mutating func requestIfNeeded<Records: SharedRecords>(_ path: WritableKeyPath<AppState, Records>, _ effects: inout [Effect]) {
        guard !self[keyPath: path].requested, branch != nil else { return }
        self[keyPath: path].requested = true
        effects.append(.loadRecords(folder: Records.Record.folder))
    }

    /// The kind's files as read; damaged ones are named and never written over.
    mutating func recordsLoaded<Records: SharedRecords>(_ path: WritableKeyPath<AppState, Records>, _ records: [AnyFolderRecord], problems: [FileProblem]) {
        self[keyPath: path].records = Records.ordered(records.compactMap { $0.typed(Records.Record.self) })
        self[keyPath: path].version &+= 1
        self[keyPath: path].problems = problems
        self[keyPath: path].loaded = true
        if !problems.isEmpty { note(strings.damagedFiles(problems.count), error: true) }
    }

    /// Puts one record as the pipe says (nil: removed) and asks for its file to be written or removed.
    mutating func put<Records: SharedRecords>(_ path: WritableKeyPath<AppState, Records>, _ record: Records.Record?, id: String, _ effects: inout [Effect]) {
        var records = self[keyPath: path].records.filter { $0.id != id }
        if let record {
            records.append(record)
            effects.append(.saveRecord(AnyFolderRecord(record)))
        } else {
            effects.append(.deleteRecord(folder: Records.Record.folder, id: id))
        }
        self[keyPath: path].records = Records.ordered(records)
        self[keyPath: path].version &+= 1
    }
}
