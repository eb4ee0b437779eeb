import Foundation
import Testing
@testable import PartyDayKit
import PartyDayTestSupport

/// Every failure the store and its neighbours report is a value worded in both languages
/// where it is made: the Chinese says it all in Chinese, quoting only paths and values.
@Suite struct FailureWordingTests {
    static let storeErrors: [StoreError] = [
        .locked(folder: "/data", holder: "pid 42, office-pc, 2026-12-07T08:00:00Z"),
        .locked(folder: "/data", holder: ""),
        .protectedFile(FileProblem(path: "members.plist", Wording("the file is empty", "文件是空的"))),
        .readOnly(folder: "/data"),
        .noSuchMeeting(id: "a1b2c3d4"),
        .io(path: "/data/x.plist", message: Wording("cannot write", "无法写入").then(StoreError.systemWording(ENOSPC))),
        .invalid(path: "dues/2026.plist", message: Wording("payment p1 covers no month", "交纳记录 p1 没有月份")),
        .tooLarge(path: "members.plist", bytes: 9 << 20, limit: 8 << 20),
        .folderGone(folder: "/data"),
    ]

    @Test(arguments: storeErrors)
    func eachStoreRefusalReadsInChinese(_ error: StoreError) {
        let chinese = error.text(.chinese)
        #expect(englishWords(in: chinese, allowing: ["office", "pc"]).isEmpty, "\(chinese)")  // the host name is quoted
        #expect(error.text(.english) == error.description)
        #expect(chinese != error.description)
    }

    @Test func theCommonSystemErrorsAreWordedAndTheSystemsOwnWordsKept() {
        let full = StoreError.systemWording(ENOSPC)
        #expect(full.chinese == "磁盘已满")
        #expect(full.english == String(cString: strerror(ENOSPC)))
        let rare = StoreError.systemWording(ENOTTY)
        #expect(rare.chinese == rare.english, "a rare one keeps the system's words")
    }

    @Test func whatAFolderHoldsInsteadOfARecordIsWordedInChinese() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(fullMeeting(id: "good-one"))
        let year = folder.file("meetings/2026")
        try FileManager.default.createDirectory(at: year.appendingPathComponent("2026-11-07-theme-party-day-aaaaaaaa.plist"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: year.appendingPathComponent("2026-11-08-theme-party-day-bbbbbbbb.plist").path,
                                                   withDestinationPath: "/etc/hostname")
        try Data("x".utf8).write(to: year.appendingPathComponent(".hidden"))
        try Data("x".utf8).write(to: year.appendingPathComponent("notes.txt"))
        let reader = try openStore(folder, .readOnly)
        let listing = reader.listMeetings()
        let all = listing.problems + reader.check() + reader.notices
        #expect(all.count >= 4, "\(all)")
        for problem in all {
            #expect(englishWords(in: problem.text(.chinese)).isEmpty, "\(problem.text(.chinese))")
        }
    }

    @Test func aBadDateInARecordIsWordedInChineseToo() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(fullMeeting(id: "dated"))
        let path = try #require(FileManager.default.enumerator(atPath: folder.file("meetings").path)?.compactMap { $0 as? String }
            .first { $0.hasSuffix(".plist") })
        let file = folder.file("meetings/" + path)
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "<string>2026-12-31</string>", with: "<string>3026-12-31</string>")
        try Data(text.utf8).write(to: file)
        let problem = try #require(try openStore(folder, .readOnly).listMeetings().problems.first)
        #expect(problem.message.contains("'3026-12-31' is outside the years"), "\(problem.message)")
        #expect(problem.text(.chinese).contains("“3026-12-31”不在"), "\(problem.text(.chinese))")
        #expect(englishWords(in: problem.text(.chinese)).isEmpty, "\(problem.text(.chinese))")
    }
}
