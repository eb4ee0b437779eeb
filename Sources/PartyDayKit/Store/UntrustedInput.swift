import Foundation

/// Every reader of bytes partyday did not write itself, one call each: what the fuzz
/// targets (`Fuzz/`, `scripts/fuzz.sh`) feed. Each must return or throw for any input —
/// never trap, never overflow the stack, never run for long.
public enum UntrustedInput {
    /// The store's file loader: the bytes as a meeting, a roster and a branch file.
    public static func readRecordFile(_ data: Data) {
        if let meeting = try? FileFormat.decode(Meeting.self, kind: .meeting, from: data, path: "fuzz") {
            // What the screens do first with a loaded meeting.
            _ = meeting.validationIssue
            _ = MeetingSummary(meeting)
            _ = meeting.tally
            for decision in meeting.decisions { _ = meeting.outcome(of: decision) }
        }
        _ = try? FileFormat.decode([Member].self, kind: .members, from: data, path: "fuzz")
        _ = try? FileFormat.decode(BranchProfile.self, kind: .branch, from: data, path: "fuzz")
        _ = FileFormat.unknownKeys(Meeting.self, kind: .meeting, in: data)
    }

    /// The derived meetings index, and the same bytes as its journal.
    public static func readMeetingIndex(_ data: Data) {
        var index = MeetingIndex.parse(data) ?? MeetingIndex()
        _ = MeetingIndexParser.applyJournal(data, to: &index)
        for entry in index.entries.values { _ = entry.summary.theme }
    }

    /// A roster file: CSV in UTF-8 or GB18030, or an .xlsx workbook.
    public static func readRoster(_ data: Data) {
        let branch = BranchProfile(name: "fuzz", timeZoneIdentifier: "Asia/Shanghai",
                                   partyGroups: [PartyGroup(id: "g1", name: "一组")])
        _ = MemberImport.read(file: data, branch: branch, existing: [], today: Day(year: 2026, month: 11, day: 27)!)
    }

    /// The dues files as they arrive by sync: a year's payments and hand-overs, the bases;
    /// whatever loads is checked as the store checks it and summed as a register sums it.
    public static func readDuesFile(_ data: Data) {
        let day = Day(year: 2026, month: 11, day: 27)!
        let member = Member(id: "m-01", name: "李振华", joinedOn: nil, onRosterSince: Day(year: 2020, month: 1, day: 1)!)
        var years: [DuesYear] = []
        var bases: [MemberDuesBasis] = []
        if let year = try? FileFormat.decode(DuesYear.self, kind: .duesYear, from: data, path: "fuzz"),
           DuesValidation.issue(year, filedAs: year.year) == nil { years = [year] }
        if let read = try? FileFormat.decode([MemberDuesBasis].self, kind: .duesBases, from: data, path: "fuzz"),
           DuesValidation.issue(read) == nil { bases = read }
        let ledger = DuesLedger(members: [member], bases: bases, years: years, today: day)
        _ = ledger.atRisk(.defaults)
        _ = ledger.arrears(of: member)
        _ = ledger.totals(for: YearMonth(day))
        for year in years { _ = DuesYearWriter.encode(year, savedAt: Date(timeIntervalSince1970: 0)) }
    }

    /// Paths that arrive from outside: a conflict copy named on the command line or found
    /// under conflicts/, a path pasted into a form.
    public static func readSyncPath(_ text: String) {
        if let record = BranchSync.record(ofCopy: text) {
            precondition(!record.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }, "a copy names a path out: \(text)")
            precondition(record.hasSuffix(".plist"))
        }
        _ = PastedPath.clean(text)
        _ = RosterDate.read(text, today: Day(year: 2026, month: 11, day: 27)!)
    }
}
