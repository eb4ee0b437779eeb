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
    /// Blank rows at the end, for people added at the door (the Word sheet adds one more
    /// when its two columns would otherwise be uneven).
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
                (l.t("Place", "地点"), meeting.place.isEmpty ? "—" : meeting.place),
                (l.t("Host", "主持人"), meeting.host?.name ?? "—")]
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
        out.append("")
        out.append(totals)
        return out.joined(separator: "\n") + "\n"
    }

    /// Whether the Word sheet has a 签到时间 column beside each signature.
    public var signInTimes = false

    /// The host, as the sheet names them.
    var host: String { meeting.host?.name ?? "" }

    /// How many are expected (应到), as the sheet's foot says.
    var expectedCount: Int { meeting.attendance.filter { $0.status != .excluded }.count }

    /// The foot: expected filled in, present left to count (应到 29 人，实到 ____ 人).
    var totals: String { l.t("Expected \(expectedCount); present ____.", "应到 \(expectedCount) 人，实到 ____ 人。") }

    /// The day and time as a Chinese document writes them (2026年11月10日 09:00), or as the
    /// English facts do.
    var when: String {
        let day = DateText.day(meeting.start, in: zone)
        let time = DateText.time(meeting.start, in: zone) + (meeting.end.map { l.t("–", "至") + DateText.time($0, in: zone) } ?? "")
        return language == .chinese ? "\(day.year)年\(day.month)月\(day.day)日 \(time)" : "\(day) \(time)"
    }

    /// Who signs, one slot each in the order they sign: the members (a party group's name
    /// before its members at a general meeting), then guests and non-voting attendees, then
    /// blank slots for people added at the door. A slot is (number, name).
    var slots: [(number: String, name: String)] {
        rows.map { row in
            switch row[2] {
            case "": (row[0], row[1].isEmpty ? "" : row[0].isEmpty ? "【\(row[1])】" : row[1])
            case l.t("guest", "来宾"), l.t("non-voting", "列席"): ("", "\(row[1])\(l.t(" (", "（"))\(row[2])\(l.t(")", "）"))")
            default: (row[0], row[1])
            }
        }
    }

    /// The sheet as a Word document, as printed sign-in books are: two columns of (序号,
    /// 姓名, 签到) side by side, rows 0.91 cm tall to sign in, so that 40 members and their
    /// blank rows fit one A4 page; the title names the branch and the meeting; the host and
    /// a totals line (应到 N 人，实到 __ 人) at the foot; page numbers.
    public func word() throws -> Data {
        var document = WordDocument(title: title)
        document.verticalMargin = 950
        document.pageFooter = WordDocument.pageNumbers(language)
        document.add(WordDocument.Paragraph(meeting.name(in: branch, language: language) + l.t(" — sign-in sheet", "签到表"), style: .heading, alignment: .center))
        // Three short lines: the theme, when and where, the host (blank to fill in when not yet known).
        let theme = l.t("Theme: ", "会议主题：") + (meeting.theme.isEmpty ? "—" : meeting.theme)
        let place = l.t("Time: ", "时间：") + when + l.t("    Place: ", "    地点：") + (meeting.place.isEmpty ? "—" : meeting.place)
        document.add(WordDocument.Paragraph([theme, place, l.t("Host: ", "主持人：") + (host.isEmpty ? "________" : host)].joined(separator: "\n"), compact: true))
        // Two side by side: the first half down the left, the rest down the right. The blank
        // slots give way to keep 40 members on one page (no fewer than none, no more than asked).
        var slots = self.slots.filter { !$0.name.isEmpty }
        let blanks = slots.count < Self.slotsPerPage ? min(blankRows, Self.slotsPerPage - slots.count) : blankRows
        slots += Array(repeating: ("", ""), count: blanks)
        if slots.count % 2 == 1 { slots.append(("", "")) }
        let half = slots.count / 2
        let header = signInTimes ? [l.t("No.", "序号"), l.t("Name", "姓名"), l.t("Signature", "签到"), l.t("Time", "时间")]
            : [l.t("No.", "序号"), l.t("Name", "姓名"), l.t("Signature", "签到")]
        // Each half 4,535 twips of the 9,070 between the margins; a name with 「（来宾）」 fits its column.
        let side = signInTimes ? [720, 1715, 1300, 800] : [720, 1915, 1900]
        var rows = [header + header]
        for index in 0..<half {
            let (left, right) = (slots[index], slots[half + index])
            let blank = signInTimes ? ["", ""] : [""]
            rows.append([left.number, left.name] + blank + [right.number, right.name] + blank)
        }
        let alignments: [WordDocument.Alignment] = signInTimes ? [.center, .left, .left, .center] : [.center, .left, .left]
        document.add(WordDocument.Table(columnWidths: side + side, rows: rows, headerRows: 1, rowHeight: Self.rowHeight,
                                        columnAlignments: alignments + alignments))
        document.add(WordDocument.Paragraph(totals, compact: true))
        return try document.data()
    }

    /// Rows 0.91 cm tall (a signature needs at least 0.9 cm): 515 twips. With the heading,
    /// the facts and the totals line, 22 rows of two — 44 people — fill one A4 page.
    static let rowHeight = 515
    static let slotsPerPage = 44
}
