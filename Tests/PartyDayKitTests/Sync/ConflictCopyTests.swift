import Foundation
import Testing
@testable import PartyDayKit

/// A conflict copy described for choosing: what each version holds and what differs.
@Suite struct ConflictCopyTests {
    @Test func aRosterConflictNamesTheMembersOnlyOneSideHas() throws {
        let temp = TempFolder()
        let store = try Store(folder: temp.url)
        let demo = DemoData.make()
        try store.save(demo.members)
        try store.flush()
        var theirs = demo.members
        var newcomer = theirs[0]
        newcomer.id = "pc-b"
        newcomer.name = "王新人"
        theirs.append(newcomer)
        theirs.removeAll { $0.name == demo.members[1].name }
        let copy = "conflicts/20261127-090000/members.plist"
        try FileManager.default.createDirectory(at: temp.file("conflicts/20261127-090000"), withIntermediateDirectories: true)
        try FileFormat.encode(theirs, kind: .members, savedAt: Date.utc("2026-11-27 09:00")).write(to: temp.file(copy))
        let described = ConflictCopy.read(folder: temp.url, copy: copy, zone: .gmt, labels: Labels(.chinese))
        #expect(described.record == "members.plist")
        #expect(described.title == "党员名册")
        #expect(described.mine == ["\(demo.members.count) 名党员  ·  保存于 " + described.mine[0].components(separatedBy: "保存于 ").last!])
        #expect(described.theirs == ["\(theirs.count) 名党员  ·  保存于 2026-11-27 09:00"])
        #expect(described.differs == ["多出 王新人", "缺少 \(demo.members[1].name)"])
    }

    @Test func anUnreadableVersionIsSaidToBeSo() throws {
        let temp = TempFolder()
        let store = try Store(folder: temp.url)
        let meeting = DemoData.make().meetings[0]
        try store.save(meeting)
        try store.flush()
        let record = try #require(FileManager.default.subpaths(atPath: temp.file("meetings").path)?.first { $0.hasSuffix(".plist") })
        let copy = "conflicts/20261127-090000/meetings/\(record)"
        try FileManager.default.createDirectory(at: temp.file(copy).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<<<<<<< HEAD\nnot a plist\n".utf8).write(to: temp.file(copy))
        let described = ConflictCopy.read(folder: temp.url, copy: copy, zone: .gmt, labels: Labels(.english))
        #expect(described.theirs == ["cannot be read"])
        #expect(described.mine.first?.hasPrefix(meeting.theme) == true)
        #expect(described.differs.isEmpty)
    }
}
