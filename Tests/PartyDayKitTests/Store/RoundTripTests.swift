import Foundation
import Testing
@testable import PartyDayKit

@Suite struct RoundTripTests {
    @Test func everyMeetingFieldSurvivesASaveAndLoad() throws {
        let folder = TempFolder()
        let meeting = fullMeeting()
        try openStore(folder).save(meeting)
        let loaded = try openStore(folder, .readOnly).loadMeeting(id: meeting.id)
        #expect(loaded == meeting.sanitized())
        #expect(loaded.place == "会议室 二楼", "a one-line field loses its line break")
        #expect(loaded.agenda[0].notes == "第一行\n第二行", "a multi-line field keeps it")
        #expect(loaded.start.timeIntervalSince1970 == 1_793_926_800, "whole seconds")
        #expect(loaded.attendance[1].exclusion == .mobileExcusedInWriting)
        #expect(loaded.pledges[1].by == nil && loaded.pledges[1].due == nil)
    }

    @Test func controlCharactersNeverReachTheFile() throws {
        let folder = TempFolder()
        let meeting = fullMeeting(dirty: true)
        try openStore(folder).save(meeting)
        let file = try #require(meetingFiles(in: folder.url).first)
        let bytes = try Data(contentsOf: folder.file(file))
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 }, "only newlines and the encoder's tabs remain")
        let loaded = try openStore(folder, .readOnly).loadMeeting(id: meeting.id)
        #expect(loaded.theme == "决战四季度，[2J坚决打赢扭亏攻坚战")
        #expect(loaded.attendance[0].reason == "夜班倒休")
        #expect(loaded.suggestions[0].text == "建议 优化检修计划")
        #expect(loaded.pledges[0].reviews[0].note == "已完成")
        #expect(loaded == meeting.sanitized())
    }

    @Test func branchAndMembersRoundTrip() throws {
        let folder = TempFolder()
        let demo = DemoData.make()
        let store = try openStore(folder)
        try store.save(demo.branch)
        try store.save(demo.members)
        let reader = try openStore(folder, .readOnly)
        #expect(try reader.loadBranch() == demo.branch)
        #expect(try reader.loadMembers() == demo.members)
    }

    @Test func aMissingBranchOrRosterIsNotAnError() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        #expect(try store.loadBranch() == nil)
        #expect(try store.loadMembers().isEmpty)
        #expect(store.isEmpty)
    }

    @Test func fileNamesAreReadableAndStable() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(BranchProfile(name: "支部", timeZoneIdentifier: "Asia/Shanghai"))
        var meeting = Meeting(id: "1A2B3C4D-5E6F", types: [.partyGroupMeeting, .themePartyDay], start: .utc("2026-12-31 17:00"))
        try store.save(meeting)
        // 17:00 UTC on 31 December is 1 January in Shanghai.
        #expect(meetingFiles(in: folder.url) == ["meetings/2027/2027-01-01-party-group-meeting-1a2b3c4d5e6f.plist"])
        meeting.theme = "改了主题"
        try store.save(meeting)
        #expect(meetingFiles(in: folder.url) == ["meetings/2027/2027-01-01-party-group-meeting-1a2b3c4d5e6f.plist"])
        meeting.start = .utc("2026-12-20 01:00")
        try store.save(meeting)
        #expect(meetingFiles(in: folder.url) == ["meetings/2026/2026-12-20-party-group-meeting-1a2b3c4d5e6f.plist"],
                "moving the date renames the file and leaves no copy")
    }

    @Test func filesAreSortedKeyXMLWithAFormatVersion() throws {
        let folder = TempFolder()
        try openStore(folder).save(fullMeeting())
        let text = try String(contentsOf: folder.file(meetingFiles(in: folder.url)[0]), encoding: .utf8)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<key>formatVersion</key>\n\t<integer>\(FileFormat.version)</integer>"))
        #expect(text.contains("<string>partyday.meeting</string>"))
        let topKeys = text.components(separatedBy: "\n").filter { $0.hasPrefix("\t\t<key>") }
        #expect(topKeys == topKeys.sorted(), "record keys are sorted")
    }

    @Test func deletingAMeetingRemovesItsFile() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(fullMeeting(id: "one"))
        try store.save(fullMeeting(id: "two"))
        try store.deleteMeeting(id: "one")
        #expect(store.listMeetings().summaries.map(\.id) == ["two"])
        #expect(meetingFiles(in: folder.url).count == 1)
        #expect(throws: StoreError.noSuchMeeting(id: "one")) { try store.loadMeeting(id: "one") }
    }
}
