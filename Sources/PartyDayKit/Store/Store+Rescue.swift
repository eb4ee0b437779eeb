import Foundation

/// A rescue folder's writes (the shell's last resort when the data folder is gone, full or
/// read-only): a record the save path refuses (a payment with no month that arrived by
/// sync, say) is written as it is rather than lost — `check` names it there.
extension Store {
    public func writeAsIs(_ meeting: Meeting) throws {
        try write(meeting, kind: .meeting, path: MeetingFileName.relativePath(for: meeting, in: timeZone ?? .gmt))
    }

    public func writeAsIs(_ dues: DuesYear) throws {
        try write(dues, kind: .duesYear, path: Store.duesYearFile(dues.year))
    }

    public func writeAsIs(_ bases: [MemberDuesBasis]) throws {
        try write(bases, kind: .duesBases, path: Store.duesBasesFile)
    }

    private func write<Record: Codable>(_ record: Record, kind: RecordKind, path: String) throws {
        let target = url(path)
        try AtomicFile.makeFolder(target.deletingLastPathComponent())
        try AtomicFile.write(try FileFormat.encode(record, kind: kind, savedAt: Date()), to: target)
    }
}
