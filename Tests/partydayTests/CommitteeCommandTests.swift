import Foundation
import Testing
@testable import PartyDayKit

/// `partyday committee` over three branches: two shared through bare repositories (cloned
/// by the committee), one read in place. Its reports agree with each branch's own figures,
/// read by an independent JSON reader, and it writes nothing into a branch.
@Suite(.serialized) struct CommitteeCommandTests {
    static let asOf = "2026-11-26"

    /// A demo branch, synced to its own bare repository when `shared`.
    static func branch(_ scratch: Scratch, _ name: String, shared: Bool, dropLatestThemeDay: Bool = false) throws -> (folder: String, source: String) {
        let folder = scratch.file(name).path
        #expect(try partyday("demo", "--data-dir", folder).status == 0)
        if dropLatestThemeDay {
            // This branch has not held November's theme Party Day.
            let store = try Store(folder: URL(fileURLWithPath: folder))
            let november = store.listMeetings().summaries.filter {
                $0.types.contains(.themePartyDay) && Day($0.start, in: .current).description.hasPrefix("2026-11")
            }
            #expect(!november.isEmpty)
            for meeting in november { try store.deleteMeeting(id: meeting.id) }
            try store.flush()
        }
        guard shared else { return (folder, folder) }
        let remote = scratch.file("\(name).git").path
        try git(scratch.url.path, "init", "-q", "--bare", "\(name).git")
        expectOK(try partyday("sync", "init", "--remote", remote, "--data-dir", folder))
        expectOK(try partyday("sync", "--data-dir", folder))
        return (folder, remote)
    }

    @Test func aCommitteeOverThreeBranchesAgreesWithEachBranchAndWritesNothingIntoThem() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let one = try Self.branch(scratch, "one", shared: true)
        let two = try Self.branch(scratch, "two", shared: true, dropLatestThemeDay: true)
        let three = try Self.branch(scratch, "three", shared: false)
        let committee = scratch.file("committee").path
        expectOK(try partyday("committee", "init", "--name", "冷轧厂党委", "--data-dir", committee))
        for (name, branch) in [("轧钢一支部", one), ("轧钢二支部", two), ("机关支部", three)] {
            expectOK(try partyday("committee", "add", name, branch.source, "--data-dir", committee))
        }
        let before = try snapshot(three.folder)
        expectOK(try partyday("committee", "pull", "--data-dir", committee))

        let report = try partyday("committee", "report", "compliance", "--format", "json", "--as-of", Self.asOf, "--data-dir", committee)
        expectOK(report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let branches = try #require(json["branches"] as? [[String: Any]])
        #expect(branches.map { $0["name"] as? String } == ["轧钢一支部", "轧钢二支部", "机关支部"])
        // Each branch's duties are what its own compliance report says for the running periods.
        for (entry, folder) in zip(branches, [one.folder, two.folder, three.folder]) {
            let store = try Store(folder: URL(fileURLWithPath: folder), access: .readOnly)
            let branch = try #require(try store.loadBranch())
            let own = ComplianceReport(branch: branch, members: try store.loadMembers(), summaries: store.listMeetings().summaries,
                                       year: 2026, today: Day(Self.asOf)!)
            let expected = CommitteeRollup.currentDuties(own).map { ["type": $0.type.slug, "period": $0.label, "status": $0.status.rawValue] }
            let duties = try #require(entry["duties"] as? [[String: String]])
            #expect(duties == expected, "\(entry["name"] ?? "")")
            #expect((entry["missedThisYear"] as? [Any])?.count == own.missed.count)
        }
        let totals = try #require(json["totals"] as? [[String: Any]])
        let theme = try #require(totals.first { $0["type"] as? String == "theme-party-day" && ($0["period"] as? String)?.contains("11") == true })
        #expect(theme["held"] as? Int == 2 && theme["owing"] as? Int == 3, "two of three held November's theme Party Day: \(theme)")
        let table = try partyday("committee", "report", "compliance", "--as-of", Self.asOf, "--data-dir", committee)
        #expect(table.stdout.contains("2 of 3 branches held"), "\(table.stdout)")

        // Risk: each branch's members at risk, by name, as its own participation report has them.
        let risk = try partyday("committee", "report", "risk", "--format", "json", "--as-of", Self.asOf, "--data-dir", committee)
        expectOK(risk)
        let riskJSON = try #require(try JSONSerialization.jsonObject(with: Data(risk.stdout.utf8)) as? [String: Any])
        for (entry, folder) in zip(try #require(riskJSON["branches"] as? [[String: Any]]), [one.folder, two.folder, three.folder]) {
            let store = try Store(folder: URL(fileURLWithPath: folder), access: .readOnly)
            let branch = try #require(try store.loadBranch())
            let own = ParticipationReport(branch: branch, members: try store.loadMembers(), summaries: store.listMeetings().summaries,
                                          query: .thisYear(Day(Self.asOf)!), today: Day(Self.asOf)!)
            let names = ((entry["members"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
            #expect(names == (own.atRisk.members + own.atRisk.mobile).map(\.name))
        }
        // Pledges: open and overdue as each branch's own home screen counts them.
        let pledges = try partyday("committee", "report", "pledges", "--format", "json", "--as-of", Self.asOf, "--data-dir", committee)
        expectOK(pledges)
        let pledgesJSON = try #require(try JSONSerialization.jsonObject(with: Data(pledges.stdout.utf8)) as? [String: Any])
        for (entry, folder) in zip(try #require(pledgesJSON["branches"] as? [[String: Any]]), [one.folder, two.folder, three.folder]) {
            let store = try Store(folder: URL(fileURLWithPath: folder), access: .readOnly)
            let overview = BranchOverview(members: try store.loadMembers(), summaries: store.listMeetings().summaries, today: Day(Self.asOf)!, recentCount: 8)
            #expect(entry["open"] as? Int == overview.openPledges)
            #expect((entry["overdue"] as? [Any])?.count == overview.overduePledges)
        }
        // Participation: per type, the meetings counted are the branch's held meetings of the year.
        let participation = try partyday("committee", "report", "participation", "--format", "json", "--as-of", Self.asOf, "--data-dir", committee)
        expectOK(participation)
        let participationJSON = try #require(try JSONSerialization.jsonObject(with: Data(participation.stdout.utf8)) as? [String: Any])
        for (entry, folder) in zip(try #require(participationJSON["branches"] as? [[String: Any]]), [one.folder, two.folder, three.folder]) {
            let store = try Store(folder: URL(fileURLWithPath: folder), access: .readOnly)
            let zone = try #require(try store.loadBranch()).timeZone
            let held = store.listMeetings().summaries.filter { $0.isHeld && $0.day(in: zone).year == 2026 && $0.day(in: zone) <= Day(Self.asOf)! }
            let months = try #require(entry["months"] as? [[String: Any]])
            let themeDays = months.filter { $0["type"] as? String == "theme-party-day" }.compactMap { $0["meetings"] as? Int }.reduce(0, +)
            #expect(themeDays == held.filter { $0.types.contains(.themePartyDay) }.count)
            let attended = months.compactMap { $0["attended"] as? Int }.reduce(0, +)
            #expect(attended == held.reduce(0) { $0 + $1.attended * $1.types.count })
        }
        #expect(try snapshot(three.folder) == before, "the branch read in place is untouched")

        // A branch's new records reach the committee with a pull.
        let latest: MeetingSummary
        do {
            // Closed before the sync: a running partyday's folder is never synced.
            let store = try Store(folder: URL(fileURLWithPath: one.folder))
            latest = try #require(store.listMeetings().summaries.first)
            try store.deleteMeeting(id: latest.id)
            try store.flush()
        }
        expectOK(try partyday("sync", "--data-dir", one.folder))
        expectOK(try partyday("committee", "pull", "--data-dir", committee))
        let copy = CommitteeFolder(folder: URL(fileURLWithPath: committee)).dataFolder(of: CommitteeBranch(name: "轧钢一支部", source: one.source, cloned: true), at: 0)
        #expect(try Store(folder: copy, access: .readOnly).listMeetings().summaries.contains { $0.id == latest.id } == false)
    }

    @Test func aBranchNotYetCopiedOrUnreadableIsNamedAndTheRestReported() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let one = try Self.branch(scratch, "one", shared: false)
        let committee = scratch.file("committee").path
        expectOK(try partyday("committee", "init", "--data-dir", committee))
        expectOK(try partyday("committee", "add", "一支部", one.source, "--data-dir", committee))
        let missing = try partyday("committee", "add", "二支部", scratch.file("nowhere.git").path, "--data-dir", committee)
        #expect(missing.status == 1 && missing.stderr.contains("cannot clone"))
        try FileManager.default.removeItem(atPath: one.folder)
        let report = try partyday("committee", "report", "compliance", "--data-dir", committee)
        #expect(report.status == 0)
        #expect(report.stderr.contains("一支部"))
    }

    /// Every file's path, size and modification time.
    func snapshot(_ folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        let root = URL(fileURLWithPath: folder)
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            files[url.path] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
        }
        return files
    }
}
