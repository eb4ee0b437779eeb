import Foundation
import Testing
@testable import PartyDayKit

@Suite struct MeetingIndexTests {
    @Test func listingUsesTheIndexAndSeesChangesMadeBehindItsBack() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        var meeting = fullMeeting(id: "m1")
        try store.save(meeting)
        try store.save(fullMeeting(id: "m2"))
        try store.flush()
        #expect(FileManager.default.fileExists(atPath: folder.file(".partyday/meetings-index.tsv").path))

        // Another tool rewrites a file: the stamp changes and the summary follows the file.
        meeting.theme = "外部修改的主题"
        let path = folder.file(meetingFiles(in: folder.url).first { $0.contains("m1") }!)
        try FileFormat.encode(meeting.sanitized(), kind: .meeting).write(to: path)
        let fresh = try openStore(folder, .readOnly).listMeetings()
        #expect(fresh.summaries.first { $0.id == "m1" }?.theme == "外部修改的主题")
    }

    @Test func aDamagedOrMissingIndexIsRebuilt() throws {
        let folder = TempFolder()
        do {
            let store = try openStore(folder)
            for number in 0..<3 { try store.save(fullMeeting(id: "m\(number)")) }
        }
        let indexURL = folder.file(".partyday/meetings-index.tsv")
        try Data("partyday-meetings-index 1\ngarbage\tline\n".utf8).write(to: indexURL)
        #expect(try openStore(folder).listMeetings().summaries.count == 3)
        try FileManager.default.removeItem(at: indexURL)
        #expect(try openStore(folder).listMeetings().summaries.count == 3)
        #expect(FileManager.default.fileExists(atPath: indexURL.path), "the writer rebuilt it")
    }

    @Test func theIndexIsNeverTheSourceOfTruth() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(fullMeeting(id: "only"))
        try store.flush()
        try FileManager.default.removeItem(at: folder.file(meetingFiles(in: folder.url)[0]))
        #expect(try openStore(folder, .readOnly).listMeetings().summaries.isEmpty)
    }

    @Test func summariesRoundTripThroughTheIndexText() throws {
        // Summaries are made from saved, that is sanitized, meetings.
        var meeting = fullMeeting(id: "tab\there").sanitized()
        meeting.theme = "带\\反斜杠和\t制表符"
        var index = MeetingIndex()
        let stamp = FileStamp(size: 10, modifiedNanoseconds: 1_234_567_890_123, inode: 42)
        index.entries["meetings/2026/x.plist"] = MeetingIndex.Entry(stamp: stamp, summary: MeetingSummary(meeting))
        let parsed = try #require(MeetingIndex.parse(index.serialized()))
        #expect(parsed.entries == index.entries)
        let summary = try #require(parsed.entries.values.first?.summary)
        #expect(summary.expected == 1 && summary.attended == 0)
        #expect(summary.keptPledges == 1 && summary.droppedPledges == 1 && summary.openPledges == 0)
    }

    @Test func summariesCountPledgesAndAttendance() {
        let summary = MeetingSummary(SeedMeetingFixture.meeting)
        #expect(summary.expected == 29)
        #expect(summary.attended == 27)
        #expect(summary.guestCount == 4)
        #expect(summary.openPledges == 4)
        #expect(summary.overduePledges(today: Day("2027-01-01")!) == 3)
    }

    @Test func twoFilesForOneMeetingAreExplainedTheLaterSaveWinsAndTheNextWriterCleansUp() throws {
        let folder = TempFolder()
        var meeting = fullMeeting(id: "dup")
        try openStore(folder).save(meeting)
        let first = meetingFiles(in: folder.url)[0]
        // What a kill between the two steps of a move by date leaves: the new file, saved later.
        let copy = first.replacingOccurrences(of: "theme-party-day", with: "general-meeting")
        meeting.theme = "较新的副本"
        try FileFormat.encode(meeting.sanitized(), kind: .meeting, savedAt: Date().addingTimeInterval(5)).write(to: folder.file(copy))
        // The older file gets the later modification time: the save stamp inside decides.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: folder.file(first).path)

        let reader = try openStore(folder, .readOnly)
        let listing = reader.listMeetings()
        #expect(listing.summaries.map(\.theme) == ["较新的副本"])
        #expect(listing.problems.isEmpty, "not damage: check passes")
        #expect(reader.check().isEmpty)
        #expect(reader.notices.contains { $0.path == first && $0.message.contains("older copy of the meeting in \(copy)") })
        #expect(meetingFiles(in: folder.url).count == 2, "a reader removes nothing")

        let writer = try openStore(folder)
        #expect(writer.listMeetings().summaries.map(\.theme) == ["较新的副本"])
        #expect(meetingFiles(in: folder.url) == [copy], "the next writer sets the older copy aside")
        #expect(FileManager.default.fileExists(atPath: folder.file("replaced/" + (first as NSString).lastPathComponent).path), "kept in replaced/")
        #expect(try openStore(folder, .readOnly).check().isEmpty, "replaced/ is not read")
        // And the date can be moved back: the old name is free again.
        try writer.save(meeting)
    }
}

enum SeedMeetingFixture {
    static let meeting = DemoData.make().meetings.first { $0.id == DemoData.seedMeetingID }!
}

/// The index stays warm across copies and is written back by readers.
@Suite struct WarmIndexTests {
    @Test func aFolderCopiedWithCpAIsNotReindexed() throws {
        let folder = TempFolder()
        try DemoData.make().write(to: try openStore(folder))
        let copy = TempFolder()
        let result = Process()
        result.executableURL = URL(fileURLWithPath: "/bin/cp")
        result.arguments = ["-a", folder.url.path, copy.url.path]
        try result.run()
        result.waitUntilExit()
        let store = try openStore(copy, .readOnly)
        #expect(store.listMeetings().summaries.count == 55)
        #expect(store.filesDecodedByLastListing == 0, "new inodes, same sizes and times: the index holds")
    }

    @Test func aReaderThatRebuiltTheIndexWritesItBack() throws {
        let folder = TempFolder()
        try DemoData.make().write(to: try openStore(folder))
        try FileManager.default.removeItem(at: folder.file(".partyday"))
        let first = try openStore(folder, .readOnly)
        _ = first.listMeetings()
        #expect(first.filesDecodedByLastListing == 55)
        let second = try openStore(folder, .readOnly)
        _ = second.listMeetings()
        #expect(second.filesDecodedByLastListing == 0, "the first reader wrote the index back")
        // While a writer holds the folder, a reader leaves the index alone.
        try FileManager.default.removeItem(at: folder.file(".partyday"))
        let writer = try openStore(folder)
        try withExtendedLifetime(writer) {
            try FileManager.default.removeItem(at: folder.file(".partyday"))
            let third = try openStore(folder, .readOnly)
            _ = third.listMeetings()
            #expect(!FileManager.default.fileExists(atPath: folder.file(".partyday/meetings-index.tsv").path))
        }
    }
}
