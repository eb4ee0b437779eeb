import Foundation
import Testing
@testable import PartyDayKit

/// Faults a careless or hostile user causes: each file named with what is wrong, nothing
/// written over another meeting's file, nothing crashing, nothing written where it
/// should not be.
@Suite struct StoreFaultTests {
    private func goodXML(_ meeting: Meeting = fullMeeting(id: "hostile")) -> String {
        String(decoding: try! FileFormat.encode(meeting, kind: .meeting), as: UTF8.self)
    }

    @Test func tenThousandNestedArraysAreRefusedBeforeTheParserSeesThem() throws {
        let folder = TempFolder()
        try openStore(folder).save(fullMeeting(id: "good"))
        let deep = goodXML().replacingOccurrences(of: "<key>guests</key>",
                                                  with: "<key>junk</key>" + String(repeating: "<array>", count: 10_000) + String(repeating: "</array>", count: 10_000) + "<key>guests</key>")
        let path = "meetings/2026/2026-11-06-theme-party-day-deep.plist"
        try Data(deep.utf8).write(to: folder.file(path))
        let store = try openStore(folder, .readOnly)
        let problems = store.check()
        #expect(problems.map(\.path) == [path])
        #expect(problems.first?.message.contains("nested more than 64 levels deep") == true)
        #expect(store.listMeetings().summaries.count == 1, "the other meeting still loads")
    }

    @Test func aBinaryPropertyListIsNamedNotDecoded() throws {
        let folder = TempFolder()
        try openStore(folder).save(DemoData.make().members)
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        try encoder.encode(["kind": "partyday.members"]).write(to: folder.file("members.plist"))
        #expect(throws: FileProblem.self) { try openStore(folder, .readOnly).loadMembers() }
        #expect(try openStore(folder, .readOnly).check().first?.message.contains("binary property list") == true)
    }

    @Test(arguments: ["10000-01-01T00:00:00Z", "0000-06-01T00:00:00Z", "1899-12-31T00:00:00Z", "2201-01-01T00:00:00Z"])
    func aDateOutsideTheSupportedYearsIsRefusedByCheckAndNeverCrashesFormatting(_ date: String) throws {
        let folder = TempFolder()
        let meeting = fullMeeting(id: "farday")
        let xml = goodXML(meeting).replacingOccurrences(of: "<date>2026-11-06T01:00:00Z</date>", with: "<date>\(date)</date>")
        #expect(xml.contains(date), "the start date was replaced")
        try AtomicFile.makeFolder(folder.file("meetings/2026"))
        try Data(xml.utf8).write(to: folder.file("meetings/2026/2026-11-06-theme-party-day-farday.plist"))
        let problems = try openStore(folder, .readOnly).check()
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("outside the years 1900–2200") == true, "\(problems)")
        // Formatting any instant at all is total.
        for seconds in [-1e18, -62_167_219_200, 253_402_300_800, 1e18, .infinity, .nan] {
            _ = DateText.dateTime(Date(timeIntervalSince1970: seconds), in: .gmt)
            _ = Day(Date(timeIntervalSince1970: seconds), in: TimeZone(identifier: "Asia/Shanghai")!)
        }
    }

    @Test func aDayOutsideTheSupportedYearsInAFileIsRefused() throws {
        let folder = TempFolder()
        try openStore(folder).save(DemoData.make().members)
        let text = try String(contentsOf: folder.file("members.plist"), encoding: .utf8)
        guard let range = text.range(of: #"<string>\d{4}-\d{2}-\d{2}</string>"#, options: .regularExpression) else {
            Issue.record("no day in the roster"); return
        }
        try Data(text.replacingCharacters(in: range, with: "<string>0000-01-01</string>").utf8).write(to: folder.file("members.plist"))
        #expect(throws: FileProblem.self) { try openStore(folder, .readOnly).loadMembers() }
        let text2 = text.replacingCharacters(in: range, with: "<string>2999-01-01</string>")
        try Data(text2.utf8).write(to: folder.file("members.plist"))
        let problems = try openStore(folder, .readOnly).check()
        #expect(problems.first?.message.contains("outside the years 1900–2200") == true, "\(problems)")
        #expect(problems.first?.text(.chinese).contains("不在 1900–2200 年之间") == true, "\(problems.first?.text(.chinese) ?? "")")
    }

    @Test func aHugeVoteCountInAFileIsRefusedAndNeverOverflows() throws {
        let folder = TempFolder()
        var meeting = fullMeeting(id: "votes")
        meeting.decisions = [Decision(id: "d1", text: "表决", yes: Int.max, no: Int.max, abstain: 1)]
        #expect(meeting.outcome(of: meeting.decisions[0]) == .invalidCount, "no trap on Int.max")
        #expect(throws: StoreError.self) { try openStore(folder).save(meeting) }
        #expect(meetingFiles(in: folder.url).isEmpty, "nothing written")
        // The same count typed into a file by hand.
        let xml = goodXML(fullMeeting(id: "votes")).replacingOccurrences(of: "<integer>5</integer>", with: "<integer>9223372036854775807</integer>")
        try AtomicFile.makeFolder(folder.file("meetings/2026"))
        try Data(xml.utf8).write(to: folder.file("meetings/2026/2026-11-06-theme-party-day-votes.plist"))
        let problems = try openStore(folder, .readOnly).check()
        #expect(problems.first?.message.contains("vote count over 100000") == true, "\(problems)")
    }

    @Test func aRosterTooLargeToReadIsNeverWritten() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        let few = Array(DemoData.make().members.prefix(3))
        try store.save(few)
        let before = try Data(contentsOf: folder.file("members.plist"))
        let many = (0..<12_000).map { index in
            Member(id: "m\(index)", name: String(repeating: "很长的名字", count: 20) + "\(index)", joinedOn: Day("2020-01-01"), onRosterSince: Day("2020-01-01")!)
        }
        do {
            try store.save(many)
            Issue.record("a roster over the limit was written")
        } catch let StoreError.tooLarge(path, bytes, limit) {
            #expect(path == "members.plist")
            #expect(bytes > limit)
            #expect(StoreError.tooLarge(path: path, bytes: bytes, limit: limit).description.contains("MiB, over the 8.0 MiB a record may have; nothing was written"))
        }
        #expect(try Data(contentsOf: folder.file("members.plist")) == before)
        #expect(try openStore(folder, .readOnly).loadMembers().count == 3, "the folder still loads")
    }

    @Test func meetingsWhoseIdsShareTheirFirstCharactersKeepTheirOwnFiles() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        let start = Date.utc("2026-11-10 01:00")
        var first = Meeting(id: "abcdefgh-0001", types: [.themePartyDay], theme: "第一", start: start)
        var second = Meeting(id: "abcdefgh-0002", types: [.themePartyDay], theme: "第二", start: start)
        try store.save(first)
        try store.save(second)
        first.place = "一楼"
        second.place = "二楼"
        try store.save(first)
        try store.save(second)
        #expect(meetingFiles(in: folder.url).count == 2)
        let reader = try openStore(folder, .readOnly)
        #expect(try reader.loadMeeting(id: first.id).place == "一楼")
        #expect(try reader.loadMeeting(id: second.id).place == "二楼")
    }

    @Test func aNameHeldByAnotherMeetingsFileIsNeverWrittenOver() throws {
        let folder = TempFolder()
        let start = Date.utc("2026-11-10 01:00")
        // Hand-copied: another meeting's file under the name this meeting would get.
        let other = Meeting(id: "other", types: [.themePartyDay], theme: "别的会", start: start)
        let mine = Meeting(id: "mine", types: [.themePartyDay], theme: "我的会", start: start)
        try AtomicFile.makeFolder(folder.file("meetings/2026"))
        try FileFormat.encode(other, kind: .meeting).write(to: folder.file("meetings/2026/2026-11-10-theme-party-day-mine.plist"))
        let store = try openStore(folder)
        try store.save(mine)
        #expect(meetingFiles(in: folder.url).count == 2)
        let reader = try openStore(folder, .readOnly)
        #expect(try reader.loadMeeting(id: "other").theme == "别的会")
        #expect(try reader.loadMeeting(id: "mine").theme == "我的会")
    }

    @Test func theLockLivesBesideTheRecordsSoDeletingTheDerivedFolderLetsNoSecondWriterIn() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(fullMeeting(id: "one"))
        try FileManager.default.removeItem(at: folder.file(".partyday"))
        #expect(throws: StoreError.self) { try openStore(folder) }
        var meeting = fullMeeting(id: "one")
        meeting.place = "改"
        try store.save(meeting)
        try store.flush()
        #expect(FileManager.default.fileExists(atPath: folder.file(".partyday/meetings-index.tsv").path), "the derived folder is made again")
    }

    @Test func aDataFolderDeletedOrMovedWhileOpenIsNotRecreated() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(fullMeeting(id: "one"))
        let moved = folder.url.deletingLastPathComponent().appendingPathComponent("moved-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: moved) }
        try FileManager.default.moveItem(at: folder.url, to: moved)
        #expect(throws: StoreError.folderGone(folder: folder.url.path)) { try store.save(fullMeeting(id: "two")) }
        #expect(!FileManager.default.fileExists(atPath: folder.url.path), "not re-created")
        // Deleted and made again empty by somebody else: a different folder, still refused.
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        #expect(throws: StoreError.folderGone(folder: folder.url.path)) { try store.save(fullMeeting(id: "two")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func fieldsThisBuildDoesNotKnowAreNeverSilentlyDropped() throws {
        let folder = TempFolder()
        let meeting = fullMeeting(id: "future")
        try openStore(folder).save(meeting)
        let path = meetingFiles(in: folder.url)[0]
        let text = try String(contentsOf: folder.file(path), encoding: .utf8)
        let future = text.replacingOccurrences(of: "<key>theme</key>", with: "<key>zFutureField</key>\n\t\t<string>kept</string>\n\t\t<key>theme</key>")
        try Data(future.utf8).write(to: folder.file(path))
        let reader = try openStore(folder, .readOnly)
        let problems = reader.check()
        #expect(problems.map(\.path) == [path])
        #expect(problems.first?.message.contains("record.zFutureField") == true, "\(problems)")
        let store = try openStore(folder)
        #expect(try store.loadMeeting(id: "future").theme == meeting.sanitized().theme, "still readable")
        var edited = meeting
        edited.place = "改"
        #expect(throws: StoreError.self) { try store.save(edited) }
        #expect(try String(contentsOf: folder.file(path), encoding: .utf8) == future, "left untouched")
    }

    @Test func aRosterLinkedInsideTheFolderIsFollowedAndKeptALinkToNothingIsNamed() throws {
        let folder = TempFolder()
        let members = Array(DemoData.make().members.prefix(2))
        try openStore(folder).save(members)
        try FileManager.default.moveItem(at: folder.file("members.plist"), to: folder.file("roster-real.plist"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("members.plist").path, withDestinationPath: "roster-real.plist")
        do {
            let writer = try openStore(folder)
            #expect(try writer.loadMembers().count == 2)
            try writer.save(Array(DemoData.make().members.prefix(3)))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("members.plist").path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink, "the link stays a link")
        #expect(try openStore(folder, .readOnly).loadMembers().count == 3)
        let reader = try openStore(folder, .readOnly)
        _ = reader.check()
        #expect(reader.notices.contains { $0.path == "members.plist" && $0.message.contains("symbolic link") })

        try FileManager.default.removeItem(at: folder.file("roster-real.plist"))
        let dangling = try openStore(folder)
        #expect(throws: FileProblem.self) { try dangling.loadMembers() }
        #expect(throws: StoreError.self) { try dangling.save(members) }
        #expect(try openStore(folder, .readOnly).check().first?.message.contains("which does not exist") == true)
    }

    @Test func checkNamesEveryEntryItSkipsAndWhy() throws {
        let folder = TempFolder()
        try openStore(folder).save(fullMeeting(id: "good"))
        let year = folder.file("meetings/2026")
        let good = try Data(contentsOf: folder.file(meetingFiles(in: folder.url)[0]))
        try good.write(to: folder.file("meetings/x.plist"))
        try AtomicFile.makeFolder(folder.file("meetings/26"))
        try AtomicFile.makeFolder(year.appendingPathComponent("sub"))
        try AtomicFile.makeFolder(year.appendingPathComponent("folder.plist"))
        try good.write(to: year.appendingPathComponent("UPPER.PLIST"))
        try good.write(to: year.appendingPathComponent("old.plist.bak"))
        mkfifo(year.appendingPathComponent("pipe.plist").path, 0o600)
        try FileManager.default.createSymbolicLink(atPath: year.appendingPathComponent("outside.plist").path, withDestinationPath: "/etc/hostname")
        // A name that is not UTF-8.
        let badName: [CChar] = Array((year.path + "/bad-").utf8CString.dropLast()) + [CChar(bitPattern: 0xFF), 0x2E, 0x70, 0x6C, 0x69, 0x73, 0x74, 0]
        let fd = open(badName, O_CREAT | O_WRONLY, 0o600)
        close(fd)
        let store = try openStore(folder, .readOnly)
        let problems = store.check()
        let notices = store.notices.map { "\($0.path): \($0.message)" }
        #expect(notices.contains { $0.hasPrefix("meetings/x.plist: skipped") }, "\(notices)")
        #expect(notices.contains { $0.hasPrefix("meetings/26: skipped: not a year folder") })
        #expect(notices.contains { $0.hasPrefix("meetings/2026/sub: skipped: not a .plist file") })
        #expect(notices.contains { $0.hasPrefix("meetings/2026/UPPER.PLIST: skipped: the extension must be .plist in small letters") })
        #expect(notices.contains { $0.hasPrefix("meetings/2026/old.plist.bak: skipped: not a .plist file") })
        #expect(notices.contains { $0.contains("skipped: the name is not valid UTF-8") })
        let named = problems.map { "\($0.path): \($0.message)" }
        #expect(named.contains { $0.hasPrefix("meetings/2026/folder.plist: is a folder") }, "\(named)")
        #expect(named.contains { $0.hasPrefix("meetings/2026/pipe.plist: is a named pipe") })
        #expect(named.contains { $0.hasPrefix("meetings/2026/outside.plist: is a symbolic link to /etc/hostname, outside the data folder") })
        #expect(store.listMeetings().summaries.count == 1)
    }

    @Test func referencesThatLeadNowhereAndImpossibleSettingsAreNamed() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        var branch = BranchProfile(name: "支部", timeZoneIdentifier: "Mars/Olympus_Mons")
        branch.warningLadder = WarningLadder(talk: -3, urgent: 5, regardedAsLeft: 1_000)
        try store.save(branch)
        var members = Array(DemoData.make().members.prefix(2))
        members[1].id = members[0].id
        try store.save(members)
        var meeting = fullMeeting(id: "refs")
        meeting.attendance[0].memberID = "nobody"
        try store.save(meeting)
        let reader = try openStore(folder, .readOnly)
        let problems = reader.check().map(\.message)
        #expect(problems.contains { $0.contains("time zone 'Mars/Olympus_Mons' is not known") }, "\(problems)")
        #expect(problems.contains { $0.contains("warning thresholds -3/5/1000 are impossible") })
        #expect(problems.contains { $0.contains("the member id \(members[0].id) is used by 2 members") })
        #expect(reader.notices.contains { $0.message.contains("member ids not on the roster") || $0.message.contains("member id not on the roster") })
    }

    @Test func textFromAFileIsCleanedOnLoadNotOnlyOnSave() throws {
        let folder = TempFolder()
        try openStore(folder).save(fullMeeting(id: "osc"))
        let path = meetingFiles(in: folder.url)[0]
        let text = try String(contentsOf: folder.file(path), encoding: .utf8)
        let hostile = text.replacingOccurrences(of: "决战四季度", with: "&#27;]0;TITLE&#7;&#27;]52;c;ZXZpbA==&#7;决战四季度")
        try Data(hostile.utf8).write(to: folder.file(path))
        let meeting = try openStore(folder, .readOnly).loadMeeting(id: "osc")
        #expect(!meeting.theme.unicodeScalars.contains { $0.value < 0x20 })
        #expect(meeting.theme.hasPrefix("]0;TITLE]52;c;ZXZpbA==决战四季度"))
        let summary = try openStore(folder, .readOnly).listMeetings().summaries[0]
        #expect(!summary.theme.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func namesAreNormalisedBeforeTheyAreStored() throws {
        let folder = TempFolder()
        var member = DemoData.make().members[0]
        member.name = "张\u{200B}建\u{FEFF}军\u{202E}"
        try openStore(folder).save([member])
        #expect(try openStore(folder, .readOnly).loadMembers()[0].name == "张建军")
        // Composed and decomposed forms are one name.
        #expect(TextSanitizer.name("Ze\u{301}") == "Z\u{E9}")
    }
}

/// The byte scan that lets a plain file skip the cleaning pass on load.
@Suite struct CleaningScanTests {
    @Test func onlyBytesThatCannotHoldAnythingToCleanSkipIt() throws {
        let plain = try FileFormat.encode(DemoData.make().meetings.last!, kind: .meeting)
        #expect(!PropertyListShape.mayNeedCleaning(plain), "the demo's own files take the fast path")
        for hostile in ["&#27;", "\u{200B}", "\u{202E}", "\r", "\u{7}", "\u{FEFF}", "e\u{301}", "\u{85}"] {
            let data = Data((String(decoding: plain, as: UTF8.self).replacingOccurrences(of: "决战", with: "决\(hostile)战")).utf8)
            #expect(PropertyListShape.mayNeedCleaning(data), "\(hostile.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
