import Foundation

/// `partyday export attendance`: one CSV row per attendance row of every meeting in
/// the period, oldest meeting first.
public enum AttendanceExport {
    public static let columns = [
        "meeting_id", "date", "start", "end", "types", "party_group", "theme", "state",
        "member_id", "name", "category", "has_vote", "status", "reason", "not_counted_reason",
    ]

    public static func csv(_ meetings: [Meeting], branch: BranchProfile, period: Period?) -> String {
        let zone = branch.timeZone
        var writer = CSVWriter(header: columns)
        let ordered = meetings.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        for meeting in ordered {
            let day = DateText.day(meeting.start, in: zone)
            if let period, !period.contains(day) { continue }
            let group = meeting.partyGroupID.flatMap { branch.partyGroup(id: $0)?.name } ?? ""
            // The meeting's columns once, its rows after them.
            let columns = [meeting.id, day.description, DateText.time(meeting.start, in: zone),
                           meeting.end.map { DateText.time($0, in: zone) } ?? "",
                           meeting.types.map(\.slug).joined(separator: "+"), group, meeting.theme, meeting.state.rawValue]
            for row in meeting.attendance {
                writer.add(columns + [row.memberID, row.name, row.category.rawValue, row.hasVote ? "yes" : "no", row.status.rawValue,
                                      row.reason, row.exclusion?.rawValue ?? ""])
            }
        }
        return writer.text
    }
}
