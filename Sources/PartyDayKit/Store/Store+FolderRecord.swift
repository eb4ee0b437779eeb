import Foundation

/// The store's handling of every folder kind (`FolderRecord`): one file per record, named
/// by its id, written atomically like every record, never through a link out of the folder.
extension Store {
    /// The ids with a file, sorted; names that are not ids are left for `check`.
    func fileIDs(_ type: any FolderRecord.Type) -> [String] {
        guard FolderLinks.leadsOut(type.folder, in: folder) == nil else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(type.folder).path)) ?? []
        return names.filter { $0.hasSuffix(".plist") }.map { String($0.dropLast(6)) }.filter(FolderRecords.isFileID).sorted()
    }

    /// One record; a file the save path would refuse is damaged, with the same reason.
    public func load<R: FolderRecord>(_ type: R.Type, id: String) throws -> R {
        let path = FolderRecords.file(type, id: id)
        guard FolderRecords.isFileID(id), let record = try loadRecord(R.self, kind: R.kind, path: path) else {
            throw StoreError.invalid(path: path, message: Wording("no such record", "没有此记录"))
        }
        if let issue = record.saveIssue(filedAs: id) { throw refuse(FileProblem(path: path, issue), at: path) }
        return record
    }

    /// Every record that loads, by name, and the files that do not (named, left untouched).
    public func loadAll<R: FolderRecord>(_ type: R.Type) -> (records: [R], problems: [FileProblem]) {
        var records: [R] = [], problems: [FileProblem] = []
        for id in fileIDs(type) {
            do { records.append(try load(type, id: id)) } catch { problems.append(FileProblem(path: FolderRecords.file(type, id: id), error: error)) }
        }
        return (R.ordered(records), problems)
    }

    public func save<R: FolderRecord>(_ record: R) throws {
        let path = FolderRecords.file(R.self, id: record.id)
        if let issue = record.saveIssue(filedAs: nil) { throw StoreError.invalid(path: path, message: issue) }
        try AtomicFile.makeFolder(url(R.folder))
        try writeRecord(record.sanitized(), kind: R.kind, path: path)
    }

    /// Removes a record's file (only undo of adding it asks this); a file that is not a
    /// record's, or leads out of the folder, is left alone.
    public func delete<R: FolderRecord>(_ type: R.Type, id: String) throws {
        try requireWritable()
        let path = FolderRecords.file(type, id: id)
        guard FolderRecords.isFileID(id), FolderLinks.outside(path, in: folder) == nil else { return }
        guard case .file = FolderEntry(url(path), inside: folder) else { return }
        try FileManager.default.removeItem(at: url(path))
    }

    /// For `check`: every folder kind's damaged files, and names in its folder that are
    /// not a record's file.
    func folderRecordProblems() -> [FileProblem] {
        FolderRecords.kinds.flatMap { problems($0) }
    }

    private func problems<R: FolderRecord>(_ type: R.Type) -> [FileProblem] {
        var problems = loadAll(type).problems
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(R.folder).path)) ?? []
        for name in names.sorted() where !(name.hasSuffix(".plist") && FolderRecords.isFileID(String(name.dropLast(6)))) && !name.hasPrefix(".") {
            problems.append(FileProblem(path: "\(R.folder)/\(name)", Wording("not a record file (named <id>.plist); left alone", "不是记录文件（应命名为 <编号>.plist），未作处理")))
        }
        return problems
    }

    /// For `check`: each folder record's file and the record type it holds.
    func folderRecordFiles() -> [(path: String, unknownKeys: () -> [String])] {
        FolderRecords.kinds.flatMap { files($0) }
    }

    private func files<R: FolderRecord>(_ type: R.Type) -> [(path: String, unknownKeys: () -> [String])] {
        fileIDs(type).map { id in
            let path = FolderRecords.file(type, id: id)
            return (path, { [self] in
                guard case let .file(fileURL, _) = FolderEntry(url(path), inside: folder), let data = try? Data(contentsOf: fileURL) else { return [] }
                return FileFormat.unknownKeys(R.self, kind: R.kind, in: data)
            })
        }
    }

    /// A rescue copy's write: the record as it is, even one the save path refuses.
    public func writeAsIs<R: FolderRecord>(_ record: R) throws {
        let target = url(FolderRecords.file(R.self, id: record.id))
        try AtomicFile.makeFolder(target.deletingLastPathComponent())
        try AtomicFile.write(try FileFormat.encode(record, kind: R.kind, savedAt: Date()), to: target)
    }
}
