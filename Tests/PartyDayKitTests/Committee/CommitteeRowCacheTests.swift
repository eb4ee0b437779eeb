import Foundation
import Testing
@testable import PartyDayKit

/// The committee screen's cache: a branch is read again exactly when its files or its
/// day changed, the cache is never trusted when damaged, and a branch is never written to.
@Suite struct CommitteeRowCacheTests {
    static let now = Date.utc("2026-11-25 02:00")

    /// A committee over two demo branches read in place.
    static func committee(_ temp: TempFolder) throws -> CommitteeRequest {
        for name in ["one", "two"] {
            let store = try Store(folder: temp.file(name))
            try DemoData.make().write(to: store)
            try store.flush()
        }
        let committee = Committee(name: "冷轧厂党委", branches: [
            CommitteeBranch(name: "一支部", source: temp.file("one").path, cloned: false),
            CommitteeBranch(name: "二支部", source: temp.file("two").path, cloned: false),
        ])
        try CommitteeFolder(folder: temp.file("committee")).save(committee)
        return CommitteeRequest(committee: committee, folder: temp.file("committee"))
    }

    @Test func anUnchangedBranchComesFromTheCacheAndAChangedOneIsReadAgain() throws {
        let temp = TempFolder()
        let request = try Self.committee(temp)
        let first = request.readRows(now: Self.now)
        #expect(FileManager.default.fileExists(atPath: temp.file("committee/.partyday/screen-rows.plist").path))
        let theme = { (rows: [CommitteeRow], index: Int) in rows[index].duties.first { $0.type == .themePartyDay }?.status }
        #expect(theme(first, 1) == .held)
        #expect(request.readRows(now: Self.now) == first, "the same rows from the cache")

        // Branch two loses November's theme Party Day: its row is read again, one's is not.
        let store = try Store(folder: temp.file("two"))
        for summary in store.listMeetings().summaries where summary.types.contains(.themePartyDay) && summary.day(in: .gmt).description.hasPrefix("2026-11") {
            try store.deleteMeeting(id: summary.id)
        }
        try store.flush()
        let second = request.readRows(now: Self.now)
        #expect(theme(second, 1) != .held, "the change is seen")
        #expect(second[0] == first[0])

        // Another day: the rows are judged again (the periods may have turned).
        let later = request.readRows(now: Date.utc("2027-01-05 02:00"))
        #expect(later[0].today == Day("2027-01-05"))
        #expect(later[0].duties.contains { $0.label == "2027-01" })
    }

    @Test func aDamagedCacheIsRebuiltAndTheBranchesAreNeverWritten() throws {
        let temp = TempFolder()
        let request = try Self.committee(temp)
        let first = request.readRows(now: Self.now)
        let cache = temp.file("committee/.partyday/screen-rows.plist")
        try Data("not a plist".utf8).write(to: cache)
        #expect(request.readRows(now: Self.now) == first)
        #expect(try Data(contentsOf: cache) != Data("not a plist".utf8), "written again, whole")
        // A cached row of a branch renamed in the committee is not reused for the new name.
        var renamed = request
        renamed.committee.branches[0].name = "机关支部"
        #expect(renamed.readRows(now: Self.now)[0].name == "机关支部")
        // A branch read in place keeps no index or cache of the committee's.
        for name in ["one", "two"] {
            let derived = (try? FileManager.default.contentsOfDirectory(atPath: temp.file("\(name)/.partyday").path)) ?? []
            #expect(!derived.contains { $0.contains("screen") }, "\(derived)")
        }
    }
}
