import Foundation
import Testing
@testable import PartyDayKit

/// `sync resolve` takes only a conflict copy's own path: nothing with `..`, nothing that is
/// not a record's copy, nothing through a link — the roster is never deleted or written
/// elsewhere by a path that climbs out of conflicts/.
@Suite struct ResolvePathTests {
    @Test(arguments: ["conflicts/S/../../members.plist", "conflicts/20261127-090000/../../members.plist", "conflicts/20261127-090000/../x.plist",
                      "conflicts/20261127-090000/./members.plist", "conflicts//members.plist", "members.plist", "conflicts/20261127-090000/notes.txt",
                      "conflicts/20261127-090000/meetings/../members.plist", "conflicts/20261127-090000/meetings/26/x.plist",
                      "conflicts/20261127-090000/.lock", "conflicts/20261127-090000/dues/a/b.plist"])
    func aPathThatIsNotACopysOwnIsRefused(_ path: String) throws {
        #expect(BranchSync.record(ofCopy: path) == nil, "\(path)")
        let data = TempFolder()
        try DemoData.make().write(to: try openStore(data))
        let roster = try Data(contentsOf: data.file("members.plist"))
        for keep in [true, false] {
            #expect(throws: (any Error).self) { try BranchSync.resolve(copy: path, keepCopy: keep, in: data.url) }
        }
        #expect(try Data(contentsOf: data.file("members.plist")) == roster, "the roster is where it was, as it was")
    }

    @Test func aCopysOwnPathNamesItsRecord() {
        #expect(BranchSync.record(ofCopy: "conflicts/20261127-090000/members.plist") == "members.plist")
        #expect(BranchSync.record(ofCopy: "conflicts/20261127-090000/meetings/2026/2026-11-10-theme-party-day-ab.plist")
                == "meetings/2026/2026-11-10-theme-party-day-ab.plist")
        #expect(BranchSync.record(ofCopy: "conflicts/20261127-090000/dues/2026.plist") == "dues/2026.plist")
    }

    @Test func aFolderMadeThroughAFileEndsWithAnErrorNotACrash() throws {
        let data = TempFolder()
        try FileManager.default.createDirectory(at: data.url, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: data.file("file"))
        #expect(throws: StoreError.self) { try AtomicFile.makeFolder(data.file("file/inner/deeper")) }
        #expect(throws: (any Error).self) { try AtomicFile.makeFolder(data.file("file/../file/x/..")) }
    }
}
