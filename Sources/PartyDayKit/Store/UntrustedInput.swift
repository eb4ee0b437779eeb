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
}
