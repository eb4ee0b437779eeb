import Foundation
import Testing
@testable import PartyDayKit

@Suite struct PermissionTests {
    @Test func filesStayPrivateAfterTheFirstWriteAndAfterRewrites() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        let demo = DemoData.make()
        try store.save(demo.branch)
        try store.save(demo.members)
        var meeting = fullMeeting()
        try store.save(meeting)
        try store.flush()
        let file = folder.file(meetingFiles(in: folder.url)[0])
        for url in [folder.file("branch.plist"), folder.file("members.plist"), file,
                    folder.file(".partyday/meetings-index.tsv"), folder.file(".lock")] {
            #expect(try permissions(url) == 0o600, "\(url.lastPathComponent)")
        }
        for url in [folder.url, folder.file("meetings"), folder.file("meetings/2026"), folder.file(".partyday")] {
            #expect(try permissions(url) == 0o700, "\(url.path)")
        }

        // Someone loosens the modes by hand; the next rewrite makes them private again.
        chmod(file.path, 0o644)
        chmod(folder.file("branch.plist").path, 0o666)
        meeting.theme = "第二次保存"
        try store.save(meeting)
        try store.save(demo.branch)
        #expect(try permissions(file) == 0o600)
        #expect(try permissions(folder.file("branch.plist")) == 0o600)
    }

    @Test func noTempFileIsLeftAfterSaving() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        for number in 0..<5 { try store.save(fullMeeting(id: "m\(number)")) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.file("meetings/2026").path)
        #expect(names.count == 5)
        #expect(!names.contains { $0.hasPrefix(".") })
    }

    @Test func leftoverTempFilesAreNotRecordsAndAreCleanedByTheNextWriter() throws {
        let folder = TempFolder()
        try openStore(folder).save(fullMeeting())
        let temp = folder.file("meetings/2026/.2026-11-05-theme-party-day-fullmeet.plist.tmp-123-456")
        try Data("<?xml half a file".utf8).write(to: temp)
        let reader = try openStore(folder, .readOnly)
        let listing = reader.listMeetings()
        #expect(listing.summaries.count == 1 && listing.problems.isEmpty)
        // The next writer removes it when it first lists the meetings.
        _ = try openStore(folder).listMeetings()
        #expect(!FileManager.default.fileExists(atPath: temp.path))
    }
}
