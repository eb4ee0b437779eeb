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
            // Every period of the year, held, missed or due, as the branch's own report has it.
            let periods = try #require(entry["periods"] as? [[String: Any]])
            let ownPeriods = own.lines.flatMap { line in line.periods.map { "\(line.type.slug) \($0.label) \($0.status.rawValue) \($0.held.count)" } }
            #expect(periods.map { "\($0["type"] ?? "") \($0["period"] ?? "") \($0["status"] ?? "") \(($0["held"] as? [Any])?.count ?? -1)" } == ownPeriods)
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

    /// Dues are the other half of the ladder: a member who stopped paying is named in the
    /// risk report beside those who stopped coming, as the branch's own ledger counts it;
    /// every report is also a workbook that openpyxl reads back with numbers as numbers.
    @Test func theRiskReportNamesDuesArrearsAndEveryReportIsAWorkbook() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let one = try Self.branch(scratch, "one", shared: false)
        let store = try Store(folder: URL(fileURLWithPath: one.folder))
        var year = try store.loadDues(year: 2026)
        let payer = try #require(year.payments.first?.memberID)
        year.payments.removeAll { $0.memberID == payer }
        try store.save(year)
        try store.flush()
        let today = Day(Self.asOf)!
        let ledger = DuesLedger(members: try store.loadMembers(), bases: try store.loadDuesBases(), years: [year], today: today)
        let own = ledger.atRisk(try #require(try store.loadBranch()).ladder)
        let stopped = try #require(own.first { $0.memberID == payer }, "the member who stopped paying is at risk in the branch's own ledger")
        let committee = scratch.file("committee").path
        expectOK(try partyday("committee", "init", "--name", "冷轧厂党委", "--data-dir", committee))
        expectOK(try partyday("committee", "add", "轧钢一支部", one.source, "--data-dir", committee))

        let risk = try partyday("committee", "report", "risk", "--format", "json", "--as-of", Self.asOf, "--data-dir", committee)
        expectOK(risk)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(risk.stdout.utf8)) as? [String: Any])
        let branch = try #require((json["branches"] as? [[String: Any]])?.first)
        let dues = try #require(branch["dues"] as? [[String: Any]])
        #expect(dues.compactMap { $0["memberID"] as? String } == own.map(\.memberID))
        let entry = try #require(dues.first { $0["memberID"] as? String == payer })
        #expect(entry["unpaidMonths"] as? Int == stopped.arrears.count)
        #expect(entry["name"] as? String == stopped.name)
        let table = try partyday("committee", "report", "risk", "--lang", "zh", "--as-of", Self.asOf, "--data-dir", committee)
        #expect(table.stdout.contains("\(stopped.name)") && table.stdout.contains("交纳党费"), "\(table.stdout)")

        for report in ["compliance", "risk", "participation", "pledges"] {
            let file = scratch.file("\(report).xlsx").path
            expectOK(try partyday("committee", "report", report, "--format", "xlsx", "--output", file, "--as-of", Self.asOf, "--data-dir", committee))
            #expect(try tool("unzip", ["-tq", file]).status == 0)
            let read = try tool("python3", ["-c", """
                import openpyxl, sys, json
                wb = openpyxl.load_workbook(sys.argv[1])
                def table(ws):
                    # The title row above the table and the signature line below it left out.
                    rows = [[c if isinstance(c, (int, float, str)) or c is None else str(c) for c in row] for row in ws.iter_rows(min_row=2, values_only=True)]
                    return rows[:next((i for i, r in enumerate(rows) if all(v is None for v in r)), len(rows))]
                print(json.dumps([[ws.title, table(ws)] for ws in wb.worksheets], ensure_ascii=False))
                """, file])
            #expect(read.status == 0, "\(read.stderr)")
            let sheets = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[Any]])
            let rows = try #require(sheets.first?[1] as? [[Any]])
            #expect(rows.count >= 2, "\(report): a header and rows")
            switch report {
            case "risk":
                let row = try #require(rows.first { ($0[1] as? String) == stopped.name && ($0[2] as? String) == "dues not paid on time" })
                #expect(row[4] as? Int == stopped.arrears.count, "months as a number: \(row)")
            case "compliance":
                #expect((rows[0].last as? String) == "Dues at risk")
                #expect(rows[1].last as? Int == own.count)
                #expect(sheets.compactMap { $0[0] as? String } == ["Compliance", "Totals", "Every period"])
                let every = try #require(sheets.last?[1] as? [[Any]])
                #expect(every.count > 12 && (every[1][3] as? String) == "2026-01", "every period of the year: \(every.prefix(2))")
                // The day a meeting was held is a date (openpyxl reads it as a datetime), not text.
                #expect(every.contains { ($0.last as? String)?.hasSuffix("00:00:00") == true }, "held on as dates: \(every.prefix(3))")
            case "pledges":
                #expect(rows[1][1] is Int, "open pledges as a number")
                #expect((sheets.last?[0] as? String) == "Overdue")
            default:
                #expect(rows[1][3] is Int, "meetings as a number")
            }
        }
        let onTerminal = try partyday("committee", "report", "risk", "--format", "xlsx", "--output", scratch.file("risk.xlsx").path, "--data-dir", committee)
        #expect(onTerminal.status != 0 && onTerminal.stderr.contains("already exists"), "never over a file without --force")
    }

    /// What the committee screen shows (`partyday --committee DIR`) is each branch's own
    /// figures on its today, and a clone knows when its branch last committed.
    @Test func theScreensRowsAreEachBranchsOwnFiguresAndKnowTheLastSync() throws {
        let scratch = Scratch()
        let (one, two, committee) = try Self.twoBranchCommittee(scratch)
        let place = CommitteeFolder(folder: URL(fileURLWithPath: committee))
        let rows = CommitteeRequest(committee: try place.load(), folder: place.folder).readRows(now: Date())
        #expect(rows.map(\.name) == ["轧钢一支部", "机关支部"])
        for (row, folder) in zip(rows, [one.folder, two.folder]) {
            let store = try Store(folder: URL(fileURLWithPath: folder), access: .readOnly)
            let branch = try #require(try store.loadBranch())
            let today = try #require(row.today)
            let members = try store.loadMembers(), summaries = store.listMeetings().summaries
            let compliance = ComplianceReport(branch: branch, members: members, summaries: summaries, year: today.year, today: today)
            #expect(row.duties == CommitteeRollup.currentDuties(compliance), "\(row.name)")
            #expect(row.missedThisYear == compliance.missed.count)
            let participation = ParticipationReport(branch: branch, members: members, summaries: summaries, query: .thisYear(today), today: today)
            #expect(row.atRisk == participation.atRisk.members.count + participation.atRisk.mobile.count)
            #expect(row.overduePledges == BranchOverview(members: members, summaries: summaries, today: today, recentCount: 8).overduePledges)
        }
        let committed = try git(one.folder, "log", "-1", "--format=%ct").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rows[0].lastSync == Date(timeIntervalSince1970: try #require(Double(committed))), "the branch's last commit, read from the clone")
        #expect(rows[1].lastSync == nil, "a folder read in place and never synced")

        let snapshot = try partyday("--committee", committee, "--snapshot", "--lang", "zh")
        expectOK(snapshot)
        let complete = try #require(snapshot.stdout.components(separatedBy: "\u{0C}").last)
        #expect(complete.contains("轧钢一支部") && complete.contains("机关支部") && complete.contains("个支部中有"), "\(complete)")
        let missing = try partyday("--committee", scratch.file("nowhere").path, "--snapshot")
        #expect(missing.status != 0 && missing.stderr.contains("committee folder"), "\(missing.stderr)")
    }

    /// 冷轧厂党委 over 轧钢一支部 (shared through a bare repository, cloned) and 机关支部 (read in place).
    static func twoBranchCommittee(_ scratch: Scratch) throws -> (one: (folder: String, source: String), two: (folder: String, source: String), committee: String) {
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let one = try branch(scratch, "one", shared: true)
        let two = try branch(scratch, "two", shared: false)
        let committee = scratch.file("committee").path
        expectOK(try partyday("committee", "init", "--name", "冷轧厂党委", "--data-dir", committee))
        expectOK(try partyday("committee", "add", "轧钢一支部", one.source, "--data-dir", committee))
        expectOK(try partyday("committee", "add", "机关支部", two.source, "--data-dir", committee))
        return (one, two, committee)
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
