import Foundation
import Testing
@testable import PartyDayKit

/// A record kind kept one file per record is handled by the store through its
/// `FolderRecord` description alone: a new kind needs no code in the store.
@Suite struct FolderRecordTests {
    /// A kind that exists only here, to show the store needs nothing of its own for it.
    struct Note: FolderRecord {
        static let kind = RecordKind.development
        static let folder = "notes-for-test"
        static let syncLabel = (english: "note: ", chinese: "记事：")
        var id: String
        var name: String
        var text = ""

        func saveIssue(filedAs fileID: String?) -> Wording? {
            if !FolderRecords.isFileID(id) { return Wording("bad id", "编号不对") }
            if let fileID, fileID != id { return Wording("filed as \(fileID)", "文件名为 \(fileID)") }
            return name.isEmpty ? Wording("no name", "没有名称") : nil
        }

        func sanitized() -> Note { Note(id: id, name: TextSanitizer.singleLine(name), text: TextSanitizer.multiLine(text)) }
    }

    @Test func theDiskAndMemoryStoresKeepAKindTheyKnowNothingOf() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-folder-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = try Store(folder: folder)
        let memory = MemoryStore(branch: nil, members: [])
        for store in [disk as any RecordStore, memory] {
            try store.save(Note(id: "b-2", name: "乙\u{7}", text: "两行\n文字"))
            try store.save(Note(id: "a-1", name: "甲"))
            #expect(store.loadAll(Note.self).records.map(\.name) == ["乙", "甲"].sorted(), "by name, cleaned as saved")
            #expect(throws: StoreError.self) { try store.save(Note(id: "c-3", name: "")) }
            try store.delete(Note.self, id: "a-1")
            #expect(store.loadAll(Note.self).records.map(\.id) == ["b-2"])
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes-for-test/b-2.plist").path))
        #expect(try disk.load(Note.self, id: "b-2").text == "两行\n文字")
    }

    @Test func aFileHoldingAnotherRecordIsNamedWithTheSavePathsWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-folder-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(folder: folder)
        try store.save(Note(id: "a-1", name: "甲"))
        let notes = folder.appendingPathComponent("notes-for-test")
        try FileManager.default.copyItem(at: notes.appendingPathComponent("a-1.plist"), to: notes.appendingPathComponent("z-9.plist"))
        let loaded = store.loadAll(Note.self)
        #expect(loaded.records.map(\.id) == ["a-1"])
        #expect(loaded.problems.map(\.path) == ["notes-for-test/z-9.plist"])
        #expect(loaded.problems.first?.message.contains("filed as z-9") == true)
    }

    @Test func everyRegisteredKindsFolderIsGuardedAndSynced() {
        for kind in FolderRecords.kinds {
            #expect(Store.recordFolders.contains(kind.folder), "links out of \(kind.folder) are refused and sync copies it")
            #expect(FolderRecords.kind(folder: kind.folder) != nil)
        }
        let line = SyncMessage.line(path: "development/dev-1.plist", old: nil, new: nil, zone: .gmt, labels: Labels(.chinese))
        #expect(line == "发展党员：dev-1.plist", "a kind's sync label names it, the file when the record cannot be read")
    }
}
