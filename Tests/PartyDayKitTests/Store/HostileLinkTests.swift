import Foundation
import Testing
@testable import PartyDayKit

/// Links that arrive by sync or sit in a committee's clone and lead out of the data
/// folder: never opened, followed or written through; `check` names each. The file
/// outside stays byte for byte as it was.
@Suite struct HostileLinkTests {
    /// A data folder with the demo in it, and a folder beside it with a file a link aims at.
    private func setUp() throws -> (data: TempFolder, outside: TempFolder, victim: URL, bytes: Data) {
        let data = TempFolder(), outside = TempFolder()
        try DemoData.make().write(to: try openStore(data))
        try FileManager.default.createDirectory(at: outside.url, withIntermediateDirectories: true)
        let victim = outside.file("precious.txt")
        let bytes = Data("the user's own file\n".utf8)
        try bytes.write(to: victim)
        return (data, outside, victim, bytes)
    }

    @Test func aLockThatIsALinkIsNeverOpenedAndTheFileItAimsAtIsUntouched() throws {
        let (data, outside, victim, bytes) = try setUp()
        defer { withExtendedLifetime(outside) {} }
        try FileManager.default.removeItem(at: data.file(".lock"))
        try FileManager.default.createSymbolicLink(at: data.file(".lock"), withDestinationURL: victim)
        #expect(throws: StoreError.self) { _ = try Store(folder: data.url) }
        // A read-only store that rebuilt its index would take the lock to write it back: it does not.
        try? FileManager.default.removeItem(at: data.file(".partyday"))
        let reader = try openStore(data, .readOnly)
        let problems = reader.check()
        #expect(problems.contains { $0.path == ".lock" && $0.message.contains("symbolic link") }, "\(problems)")
        #expect(try Data(contentsOf: victim) == bytes)
        #expect(try permissions(victim) != 0o600, "not chmod-ed either")
    }

    @Test func aLockThatIsAHardLinkIsRefusedToo() throws {
        let (data, outside, victim, bytes) = try setUp()
        defer { withExtendedLifetime(outside) {} }
        try FileManager.default.removeItem(at: data.file(".lock"))
        try FileManager.default.linkItem(at: victim, to: data.file(".lock"))
        #expect(throws: StoreError.self) { _ = try Store(folder: data.url) }
        #expect(try Data(contentsOf: victim) == bytes)
    }

    @Test func aDuesFolderThatIsALinkIsNeitherReadNorWrittenThrough() throws {
        let (data, outside, _, _) = try setUp()
        try FileManager.default.removeItem(at: data.file("dues"))
        try FileManager.default.createSymbolicLink(at: data.file("dues"), withDestinationURL: outside.url)
        let store = try openStore(data)
        #expect(throws: (any Error).self) { try store.save(DuesYear(year: 2026)) }
        #expect(!FileManager.default.fileExists(atPath: outside.file("2026.plist").path), "nothing written outside")
        #expect(throws: FileProblem.self) { _ = try store.loadDuesBases() }
        let problems = try openStore(data, .readOnly).check()
        #expect(problems.contains { $0.path == "dues" && $0.message.contains("outside the data folder") }, "\(problems)")
    }

    @Test func aYearFolderThatIsALinkTakesNoMeetingOut() throws {
        let (data, outside, _, _) = try setUp()
        let year = data.file("meetings/2027")
        try FileManager.default.createSymbolicLink(at: year, withDestinationURL: outside.url)
        let store = try openStore(data)
        var meeting = fullMeeting(id: "next-year")
        meeting.start = DemoData.date("2027-01-10", 9)
        meeting.end = nil
        #expect(throws: (any Error).self) { try store.save(meeting) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.url.path) == ["precious.txt"])
        let problems = try openStore(data, .readOnly).check()
        #expect(problems.contains { $0.path == "meetings/2027" }, "\(problems)")
    }

    @Test func aDerivedFolderThatIsALinkKeepsTheIndexIn() throws {
        let (data, outside, _, _) = try setUp()
        try FileManager.default.removeItem(at: data.file(".partyday"))
        try FileManager.default.createSymbolicLink(at: data.file(".partyday"), withDestinationURL: outside.url)
        #expect(throws: StoreError.self) { _ = try Store(folder: data.url) }
        let reader = try openStore(data, .readOnly)
        _ = reader.listMeetings()
        _ = reader.check()
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.url.path) == ["precious.txt"], "no index written outside")
    }

    @Test func aReaderWithAnIndexFolderOfItsOwnWritesNothingIntoTheRecordsFolder() throws {
        let (data, outside, _, _) = try setUp()
        try FileManager.default.removeItem(at: data.file(".partyday"))
        try FileManager.default.removeItem(at: data.file(".lock"))
        let before = try FileManager.default.contentsOfDirectory(atPath: data.url.path).sorted()
        let indexFolder = outside.file("index")
        let reader = try Store(folder: data.url, access: .readOnly, indexFolder: indexFolder)
        #expect(reader.listMeetings().summaries.count == 55)
        _ = reader.check()
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.url.path).sorted() == before, "no lock, no index in the records' folder")
        #expect(FileManager.default.fileExists(atPath: indexFolder.appendingPathComponent("meetings-index.tsv").path), "kept warm in its own folder")
    }
}
