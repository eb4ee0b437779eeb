import Foundation
import Testing
@testable import PartyDayKit

/// `Store.loadMeetings(onDaysIn:)`: meetings chosen by file name for an export of a
/// period, with the same answer as choosing from the listing.
@Suite struct StorePeriodTests {
    private func demoFolder() throws -> (TempFolder, DemoData) {
        let folder = TempFolder()
        let demo = DemoData.make()
        try demo.write(to: try openStore(folder))
        return (folder, demo)
    }

    private func ids(_ meetings: [Meeting]) -> [String] { meetings.map(\.id) }

    @Test func choosingByFileNameGivesWhatTheListingGives() throws {
        let (folder, demo) = try demoFolder()
        let store = try openStore(folder, .readOnly)
        let zone = demo.branch.timeZone
        var periods: [Period] = (1...12).map { month in
            let from = Day(year: 2026, month: month, day: 1)!
            return Period(from: from, to: Day(year: 2026, month: month, day: Day.daysIn(month: month, year: 2026))!)
        }
        periods.append(Period(from: Day("2025-12-15")!, to: Day("2026-01-15")!))
        let seedDay = Day(demo.meetings.first { $0.id == DemoData.seedMeetingID }!.start, in: zone)
        periods.append(Period(from: seedDay, to: seedDay))
        var found = 0
        for period in periods {
            let byName = store.loadMeetings(onDaysIn: period)
            let byListing = store.loadMeetings { period.contains($0.day(in: zone)) }
            #expect(byName.meetings == byListing.meetings, "\(period)")
            #expect(byName.problems.isEmpty)
            found += byName.meetings.count
        }
        #expect(found > 10, "the periods hold meetings: the comparison means something")
    }

    @Test func aFileNamedByAnotherZoneOrWithoutADateIsStillFound() throws {
        let (folder, demo) = try demoFolder()
        let seed = demo.meetings.first { $0.id == DemoData.seedMeetingID }!
        let day = Day(seed.start, in: demo.branch.timeZone)
        let path = meetingFiles(in: folder.url).first { (try? String(contentsOf: folder.file($0), encoding: .utf8))?.contains("<string>\(seed.id)</string>") == true }!
        let year = (path as NSString).deletingLastPathComponent
        // Named a day late (a zone changed since), and a copy under a name with no date.
        let late = "\(year)/\(day.adding(days: 1))-theme-party-day-moved.plist"
        try FileManager.default.moveItem(at: folder.file(path), to: folder.file(late))
        let store = try openStore(folder, .readOnly)
        #expect(ids(store.loadMeetings(onDaysIn: Period(from: day, to: day)).meetings) == [seed.id])
        try FileManager.default.moveItem(at: folder.file(late), to: folder.file("\(year)/handmade.plist"))
        #expect(ids(try openStore(folder, .readOnly).loadMeetings(onDaysIn: Period(from: day, to: day)).meetings) == [seed.id])
    }

    @Test func damagedFilesInThePeriodAreNamedAndOthersAreNotRead() throws {
        let (folder, demo) = try demoFolder()
        let zone = demo.branch.timeZone
        let seed = demo.meetings.first { $0.id == DemoData.seedMeetingID }!
        let day = Day(seed.start, in: zone)
        let year = "meetings/\(day.year)"
        try Data("<plist><dict>".utf8).write(to: folder.file("\(year)/\(day)-committee-meeting-broken.plist"))
        let far = day.adding(days: -60)
        try Data("not even xml".utf8).write(to: folder.file("meetings/\(far.year)/\(far)-committee-meeting-broken.plist"))
        let result = try openStore(folder, .readOnly).loadMeetings(onDaysIn: Period(from: day, to: day))
        #expect(result.problems.map(\.path) == ["\(year)/\(day)-committee-meeting-broken.plist"])
        #expect(ids(result.meetings) == [seed.id], "the rest still loads")
    }

    @Test func twoCopiesOfOneMeetingGiveTheLaterSave() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        try store.save(BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai"))
        var meeting = fullMeeting(id: "copied").sanitized()
        meeting.state = .concluded
        try store.save(meeting)
        let path = meetingFiles(in: folder.url)[0]
        let older = try Data(contentsOf: folder.file(path))
        meeting.theme = "后来的主题"
        Thread.sleep(forTimeInterval: 1.1)
        try store.save(meeting)
        // The older bytes left beside it under another name, as a move cut short leaves them.
        try older.write(to: folder.file(path.replacingOccurrences(of: ".plist", with: "-2.plist")))
        let day = Day(meeting.start, in: TimeZone(identifier: "Asia/Shanghai")!)
        let found = try openStore(folder, .readOnly).loadMeetings(onDaysIn: Period(from: day, to: day)).meetings
        #expect(found.map(\.theme) == ["后来的主题"])
    }
}
