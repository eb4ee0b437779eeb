import Foundation
import Testing
@testable import PartyDayKit
import PartyDayTestSupport

/// Damaged, foreign and future files: each is named with what is wrong, its bytes stay
/// exactly as they were, nothing is written over it, and every other file still loads.
@Suite struct HostileFileTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: @Sendable () -> Data
        var message: String
        var testDescription: String { name }
    }

    static let goodXML: String = {
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .xml
        return String(decoding: try! FileFormat.encode(fullMeeting(id: "hostile"), kind: .meeting), as: UTF8.self)
    }()

    static let cases: [Case] = [
        Case(name: "empty file", bytes: { Data() }, message: "the file is empty"),
        Case(name: "truncated file", bytes: { Data(goodXML.utf8.prefix(goodXML.utf8.count / 2)) },
             message: "not a readable property list"),
        Case(name: "binary junk", bytes: {
            var generator = SeededGenerator(seed: 7)
            return Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }, message: "not valid UTF-8 text"),
        Case(name: "foreign property list", bytes: {
            Data(#"<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleName</key><string>Other</string></dict></plist>"#.utf8)
        }, message: "not a partyday file"),
        Case(name: "an array at the top", bytes: {
            Data(#"<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><array><string>x</string></array></plist>"#.utf8)
        }, message: "not a partyday file"),
        Case(name: "wrong value type", bytes: {
            Data(goodXML.replacingOccurrences(of: "<key>yes</key>\n\t\t\t\t<integer>5</integer>",
                                              with: "<key>yes</key>\n\t\t\t\t<string>five</string>").utf8)
        }, message: "wrong value type at record.decisions[0].yes"),
        Case(name: "unknown status", bytes: {
            Data(goodXML.replacingOccurrences(of: "<string>on-leave</string>", with: "<string>on-holiday</string>").utf8)
        }, message: "record.attendance[0].status"),
        Case(name: "missing field", bytes: {
            Data(goodXML.replacingOccurrences(of: "<key>theme</key>", with: "<key>topic</key>").utf8)
        }, message: "missing field 'theme'"),
        Case(name: "meeting with no type", bytes: {
            Data(goodXML.replacingOccurrences(of: "<string>theme-party-day</string>\n\t\t\t<string>general-meeting</string>", with: "").utf8)
        }, message: "the meeting has no type"),
        Case(name: "future format version", bytes: {
            Data(goodXML.replacingOccurrences(of: "<integer>\(FileFormat.version)</integer>", with: "<integer>99</integer>").utf8)
        }, message: "written by a newer partyday (format 99"),
        Case(name: "huge text value", bytes: {
            Data(goodXML.replacingOccurrences(of: "<string>会议记录", with: "<string>" + String(repeating: "长", count: 3_000_000)).utf8)
        }, message: "the file is too large"),
    ]

    @Test(arguments: cases)
    func aDamagedMeetingFileIsNamedLeftAloneAndTheRestLoads(hostile: Case) throws {
        let folder = TempFolder()
        do {
            let store = try openStore(folder)
            try store.save(fullMeeting(id: "good-one"))
            try store.save(fullMeeting(id: "good-two"))
        }
        let badPath = "meetings/2026/2026-11-06-theme-party-day-badbadba.plist"
        let bytes = hostile.bytes()
        try bytes.write(to: folder.file(badPath))

        let reader = try openStore(folder)
        let listing = reader.listMeetings()
        #expect(listing.summaries.map(\.id).sorted() == ["good-one", "good-two"])
        let problem = try #require(listing.problems.first)
        #expect(listing.problems.count == 1)
        #expect(problem.path == badPath)
        #expect(problem.message.contains(hostile.message), "\(problem.message)")
        #expect(englishWords(in: problem.text(.chinese)).isEmpty, "\(problem.text(.chinese))")

        let all = reader.loadAllMeetings()
        #expect(all.meetings.count == 2)
        #expect(all.problems.map(\.path) == [badPath])
        #expect(reader.check().map(\.path) == [badPath])

        // Saves of other meetings go on; the damaged file is never touched.
        try reader.save(fullMeeting(id: "good-three"))
        try reader.flush()
        #expect(try Data(contentsOf: folder.file(badPath)) == bytes)
    }

    @Test func aSaveThatWouldReplaceADamagedFileIsRefused() throws {
        let folder = TempFolder()
        let meeting = fullMeeting(id: "abcdef12")
        try openStore(folder).save(meeting)
        let path = meetingFiles(in: folder.url)[0]
        let future = Data(Self.goodXML.replacingOccurrences(of: "<integer>1</integer>", with: "<integer>2</integer>")
            .replacingOccurrences(of: "hostile", with: "abcdef12").utf8)
        try future.write(to: folder.file(path))

        let store = try openStore(folder)
        #expect(store.listMeetings().problems.count == 1)
        #expect(throws: StoreError.self) { try store.save(meeting) }
        #expect(try Data(contentsOf: folder.file(path)) == future)
    }

    @Test func aDamagedRosterIsReportedAndNeverOverwritten() throws {
        let folder = TempFolder()
        try openStore(folder).save(DemoData.make().members)
        let junk = Data("<?xml version=\"1.0\"?><plist><dict><key>kind".utf8)
        try junk.write(to: folder.file("members.plist"))

        let again = try openStore(folder)
        #expect(throws: FileProblem.self) { try again.loadMembers() }
        #expect(throws: StoreError.self) { try again.save(DemoData.make().members) }
        #expect(try Data(contentsOf: folder.file("members.plist")) == junk)
        #expect(again.check().map(\.path) == ["members.plist"])
    }

    @Test func aNewerBranchFileIsNotWrittenOverEvenUnread() throws {
        let folder = TempFolder()
        try openStore(folder).save(DemoData.make().branch)
        let text = try String(contentsOf: folder.file("branch.plist"), encoding: .utf8)
            .replacingOccurrences(of: "<integer>1</integer>", with: "<integer>7</integer>")
        try Data(text.utf8).write(to: folder.file("branch.plist"))
        let store = try openStore(folder)
        do {
            try store.save(DemoData.make().branch)
            Issue.record("the save should have been refused")
        } catch let error as StoreError {
            #expect(error.description.contains("written by a newer partyday"))
        }
        #expect(try String(contentsOf: folder.file("branch.plist"), encoding: .utf8) == text)
    }
}
