import Foundation

/// The sign-in sheet (签到表) printed before a meeting: its name, theme, time and place,
/// then a table of the expected members in roster order — grouped by party group for a
/// general meeting — with 序号 / 姓名 / 类别 / 签到 / 备注, then guests and non-voting
/// attendees, then blank rows for late additions.
public struct SignInSheet {
    public var meeting: Meeting
    public var branch: BranchProfile
    public var members: [Member]
    public var language: Language
    /// Blank rows at the end, for people added at the door.
    public var blankRows = 5

    public init(meeting: Meeting, branch: BranchProfile, members: [Member], language: Language) {
        self.meeting = meeting
        self.branch = branch
        self.members = members
        self.language = language
    }

    private var l: Labels { Labels(language) }
    private var zone: TimeZone { branch.timeZone }

    public var title: String { l.t("Sign-in sheet", "签到表") }

    public var header: [String] { [l.t("No.", "序号"), l.t("Name", "姓名"), l.t("Category", "类别"), l.t("Signature", "签到"), l.t("Notes", "备注")] }

    /// The facts above the table.
    public var facts: [(String, String)] {
        let end = meeting.end.map { "–" + DateText.time($0, in: zone) } ?? ""
        return [(l.t("Meeting", "会议名称"), meeting.name(in: branch, language: language)),
                (l.t("Theme", "会议主题"), meeting.theme.isEmpty ? "—" : meeting.theme),
                (l.t("Time", "时间"), DateText.dateTime(meeting.start, in: zone) + end),
                (l.t("Place", "地点"), meeting.place.isEmpty ? "—" : meeting.place)]
    }

    /// Member rows (grouped for a general meeting: a group's name row before its members),
    /// then guests and non-voting attendees, then blank rows; numbered members only.
    public var rows: [[String]] {
        var rows: [[String]] = []
        var number = 0
        func memberRow(_ row: AttendanceRecord) -> [String] {
            number += 1
            let category = row.category == .probationary ? l.t("probationary", "预备党员")
                : row.hasVote ? l.t("full", "正式党员") : l.t("full, no vote", "正式党员（无表决权）")
            return ["\(number)", row.name, category, "", ""]
        }
        // Those left out of the expected count (a mobile member excused in writing) do not sign.
        let expected = meeting.attendance.filter { $0.status != .excluded }
        let day = DateText.day(meeting.start, in: zone)
        if meeting.types.contains(.generalMeeting), !branch.partyGroups.isEmpty {
            let groupOf = Dictionary(members.map { ($0.id, $0.partyGroup.value(on: day) ?? nil) }, uniquingKeysWith: { first, _ in first })
            var order: [String?] = branch.partyGroups.map(\.id)
            order.append(nil)
            for group in order {
                let rowsOfGroup = expected.filter { (groupOf[$0.memberID] ?? nil) == group }
                guard !rowsOfGroup.isEmpty else { continue }
                let name = group.flatMap { branch.partyGroup(id: $0)?.name } ?? l.t("No party group", "未编入党小组")
                rows.append(["", name, "", "", ""])
                rows += rowsOfGroup.map(memberRow)
            }
        } else {
            rows += expected.map(memberRow)
        }
        for guest in meeting.guests {
            rows.append(["", guest.name, l.t("guest", "来宾"), "", guest.title])
        }
        for attendee in meeting.nonVotingAttendees {
            rows.append(["", attendee.name, l.t("non-voting", "列席"), "", attendee.note])
        }
        rows += Array(repeating: ["", "", "", "", ""], count: blankRows)
        return rows
    }

    public enum Format: String, CaseIterable, Sendable { case markdown = "md", text = "txt" }

    public func render(_ format: Format) -> String {
        let colon = l.t(": ", "：")
        var out: [String] = []
        switch format {
        case .markdown:
            out.append("# " + MarkdownText.escape(title))
            out.append("")
            out += facts.map { "- **\(MarkdownText.escape($0.0))**\(colon)\(MarkdownText.escape($0.1))" }
            out.append("")
            out.append("| " + header.joined(separator: " | ") + " |")
            out.append("|" + String(repeating: " --- |", count: header.count))
            out += rows.map { "| " + $0.map { $0.isEmpty ? " " : MarkdownText.escape($0) }.joined(separator: " | ") + " |" }
        case .text:
            out.append(title)
            out.append(String(repeating: "=", count: max(4, displayWidth(title))))
            out.append("")
            out += facts.map { "\($0.0)\(colon)\($0.1)" }
            out.append("")
            var table = TextTable(header: header)
            for row in rows { table.add(row.map { $0.isEmpty ? " " : $0 }) }
            out.append(table.render().trimmingCharacters(in: .newlines))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The sheet as a Word document: one A4 page up to 35 members (rows as tall as that
    /// allows), the header row repeated on every page beyond.
    public func word() throws -> Data {
        var document = WordDocument(title: title)
        document.add(WordDocument.Paragraph(title, style: .title))
        document.add(WordDocument.Table(columnWidths: [2300, 6770], rows: facts.map { [$0.0, $0.1] }))
        let rows = self.rows
        // About 11,000 twips of the page are left for the table under the title and facts.
        let height = max(300, min(560, 11_000 / max(1, min(rows.count, 35 + 10) + 1)))
        document.add(WordDocument.Table(columnWidths: [800, 2200, 2000, 2470, 1600], rows: [header] + rows, headerRows: 1, rowHeight: height))
        return try document.data()
    }
}
