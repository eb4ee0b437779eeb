import Foundation

/// The formal record of one meeting (会议记录), as Markdown or plain text, in one language.
/// It states everything the rules page says a record must contain, with the computed
/// counts, quorum and results, and ends with signature lines for recorder and host.
public struct MinutesDocument {
    public enum Format: String, CaseIterable, Sendable {
        case markdown = "md"
        case text = "txt"
    }

    public var meeting: Meeting
    public var branch: BranchProfile
    public var language: Language
    public var format: Format

    public init(meeting: Meeting, branch: BranchProfile, language: Language, format: Format) {
        self.meeting = meeting
        self.branch = branch
        self.language = language
        self.format = format
    }

    private var l: Labels { Labels(language) }
    private var zone: TimeZone { branch.timeZone }

    public func render() -> String {
        var out: [String] = []
        let title = l.t("Minutes", "会议记录") + l.t(": ", "：") + (meeting.theme.isEmpty ? l.typeNames(meeting.types) : meeting.theme)
        out += heading(title, level: 1)
        out.append(field(l.t("Branch", "党支部"), branch.name))
        if let group = meeting.partyGroupID.flatMap({ branch.partyGroup(id: $0) }) {
            out.append(field(l.t("Party group", "党小组"), group.name))
        }
        out.append(field(l.t("Meeting", "会议名称"), meeting.theme.isEmpty ? "—" : meeting.theme))
        out.append(field(l.t("Type", "会议类型"), l.typeNames(meeting.types)))
        out.append(field(l.t("Date", "日期"), DateText.day(meeting.start, in: zone).description))
        let end = meeting.end.map { DateText.time($0, in: zone) } ?? "—"
        out.append(field(l.t("Time", "时间"), "\(DateText.time(meeting.start, in: zone))–\(end)"))
        out.append(field(l.t("Place", "地点"), meeting.place.isEmpty ? "—" : meeting.place))
        out.append(field(l.t("Host", "主持人"), meeting.host?.name ?? "—"))
        out.append(field(l.t("Recorder", "记录人"), meeting.recorder?.name ?? "—"))
        if meeting.state != .concluded {
            out.append(field(l.t("State", "状态"), l.stateName(meeting.state)))
        }
        out.append("")
        out += attendanceSection()
        out += agendaSection()
        out += listSection(l.t("Speeches", "发言"), meeting.speeches.map { speech in
            (speech.dissent ? l.t("[dissent] ", "【不同意见】") : "") + "\(speech.speaker.name)\(l.t(": ", "："))\(speech.summary)"
        })
        out += listSection(l.t("Suggestions and answers", "意见建议及答复"), meeting.suggestions.map { item in
            var line = "\(item.by.name)\(l.t(": ", "："))\(item.text)"
            if !item.answer.isEmpty {
                let who = item.answeredBy.map { "\($0.name)" } ?? ""
                line += l.t(" — answer", "　答复") + (who.isEmpty ? "" : l.t(" (\(who))", "（\(who)）")) + l.t(": ", "：") + item.answer
            }
            return line
        })
        out += decisionSection()
        out += listSection(l.t("Pledges", "承诺事项"), meeting.pledges.map { pledge in
            var line = "\(pledge.by?.name ?? l.t("Whole branch", "全体党员"))\(l.t(": ", "："))\(pledge.text)"
            if let due = pledge.due { line += l.t(" (due \(due))", "（期限 \(due)）") }
            if pledge.status != .open { line += l.t(" — \(l.pledgeStatusName(pledge.status))", "——\(l.pledgeStatusName(pledge.status))") }
            return line
        })
        out += textSection(l.t("Host's summary", "主持人总结"), meeting.hostSummary)
        out += textSection(l.t("Minutes", "会议纪要"), meeting.minutes)
        out += heading(l.t("Signatures", "签字"), level: 2)
        out.append(signature(l.t("Recorder", "记录人"), meeting.recorder?.name))
        out.append("")
        out.append(signature(l.t("Host", "主持人"), meeting.host?.name))
        out.append("")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private func attendanceSection() -> [String] {
        let tally = meeting.tally
        var out = heading(l.t("Attendance", "出席情况"), level: 2)
        out.append(field(l.t("Expected", "应到"), l.t(
            "\(tally.expected) (full \(tally.expectedFull), probationary \(tally.expectedProbationary))",
            "\(tally.expected)人（正式党员\(tally.expectedFull)人，预备党员\(tally.expectedProbationary)人）")))
        out.append(field(l.t("Present", "实到"), l.t(
            "\(tally.attended) (full \(tally.attendedFull), probationary \(tally.attendedProbationary))",
            "\(tally.attended)人（正式党员\(tally.attendedFull)人，预备党员\(tally.attendedProbationary)人）")))
        out.append(field(l.t("Voters", "有表决权"), l.t(
            "\(tally.votersPresent) of \(tally.votersExpected) present — quorum \(tally.quorumMet ? "met" : "not met")",
            "应到\(tally.votersExpected)人，实到\(tally.votersPresent)人，\(tally.quorumMet ? "超过半数" : "未超过半数")")))
        let attendees = meeting.attendance.filter(\.attended).map { row -> String in
            row.status == .present ? row.name : "\(row.name)\(l.t(" (\(l.statusName(row.status)))", "（\(l.statusName(row.status))）"))"
        }
        out.append(field(l.t("Attendees", "出席人员"), attendees.isEmpty ? "—" : l.list(attendees)))
        let absent = meeting.attendance.filter { !$0.attended && $0.status != .excluded }.map { row -> String in
            let why = row.reason.isEmpty ? l.statusName(row.status) : "\(l.statusName(row.status))\(l.t(": ", "："))\(row.reason)"
            return "\(row.name)\(l.t(" (\(why))", "（\(why)）"))"
        }
        out.append(field(l.t("Absent", "缺席人员"), absent.isEmpty ? "—" : l.list(absent)))
        let excluded = meeting.attendance.filter { $0.status == .excluded }.map { row -> String in
            var why = row.exclusion.map(l.exclusionName) ?? ""
            if !row.reason.isEmpty { why += why.isEmpty ? row.reason : l.t("; \(row.reason)", "；\(row.reason)") }
            return "\(row.name)\(l.t(" (\(why))", "（\(why)）"))"
        }
        if !excluded.isEmpty {
            out.append(field(l.t("Not counted as expected", "不计入应到人数"), l.list(excluded)))
        }
        let sitIn = meeting.nonVotingAttendees.map { $0.note.isEmpty ? $0.name : "\($0.name)\(l.t(" (\($0.note))", "（\($0.note)）"))" }
        out.append(field(l.t("Non-voting attendees", "列席人员"), sitIn.isEmpty ? "—" : l.list(sitIn)))
        let guests = meeting.guests.map { guest -> String in
            // Titles often name the organization already: 集团公司党委书记.
            let parts = guest.title.contains(guest.organization) ? [guest.title] : [guest.organization, guest.title]
            let detail = parts.filter { !$0.isEmpty }.joined(separator: l.t(", ", ""))
            return detail.isEmpty ? guest.name : "\(guest.name)\(l.t(" (\(detail))", "（\(detail)）"))"
        }
        out.append(field(l.t("Guests", "参会领导及来宾"), guests.isEmpty ? "—" : l.list(guests)))
        out.append("")
        return out
    }

    private func agendaSection() -> [String] {
        var out = heading(l.t("Agenda", "会议议程"), level: 2)
        if meeting.agenda.isEmpty { return out + ["—", ""] }
        for (number, step) in meeting.agenda.enumerated() {
            var line = "\(number + 1). "
            if let done = step.doneAt { line += "\(DateText.time(done, in: zone)) " }
            line += step.title
            switch step.status {
            case .done: break
            case .pending: line += l.t(" (not done)", "（未进行）")
            case .skipped: line += step.skipReason.isEmpty ? l.t(" (skipped)", "（略过）") : l.t(" (skipped: \(step.skipReason))", "（略过：\(step.skipReason)）")
            }
            out.append(line)
            for note in step.notes.split(separator: "\n") where !note.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append("   \(note)")
            }
        }
        out.append("")
        return out
    }

    private func decisionSection() -> [String] {
        let tally = meeting.tally
        return listSection(l.t("Decisions and votes", "表决事项"), meeting.decisions.map { decision in
            let outcome = DecisionOutcome(decision, tally: tally)
            if outcome == .notVoted { return "\(decision.text)\(l.t(" — not voted", "——未表决"))" }
            return "\(decision.text)\(l.t(": ", "：")) " + l.t(
                "yes \(decision.yes), no \(decision.no), abstain \(decision.abstain); voters expected \(tally.votersExpected), present \(tally.votersPresent) — \(l.outcomeName(outcome))",
                "同意\(decision.yes)票，反对\(decision.no)票，弃权\(decision.abstain)票；有表决权应到\(tally.votersExpected)人，实到\(tally.votersPresent)人——\(l.outcomeName(outcome))")
        })
    }

    // MARK: Formatting

    private func heading(_ text: String, level: Int) -> [String] {
        switch format {
        case .markdown: return [String(repeating: "#", count: level) + " " + text, ""]
        case .text:
            let rule = String(repeating: level == 1 ? "=" : "-", count: max(4, displayWidth(text)))
            return [text, rule, ""]
        }
    }

    private func field(_ label: String, _ value: String) -> String {
        let colon = l.t(": ", "：")
        let value = value.replacingOccurrences(of: "\n", with: " ")
        switch format {
        case .markdown: return "- **\(label)**\(colon)\(escapeInline(value))"
        case .text: return "\(label)\(colon)\(value)"
        }
    }

    private func listSection(_ title: String, _ items: [String]) -> [String] {
        var out = heading(title, level: 2)
        if items.isEmpty { return out + ["—", ""] }
        for (number, item) in items.enumerated() {
            // Lines after the first are indented so they stay inside their numbered item.
            let text = (format == .markdown ? escapeInline(item) : item).replacingOccurrences(of: "\n", with: "\n   ")
            out.append("\(number + 1). \(text)")
        }
        out.append("")
        return out
    }

    private func textSection(_ title: String, _ text: String) -> [String] {
        var out = heading(title, level: 2)
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        out.append(body.isEmpty ? "—" : body)
        out.append("")
        return out
    }

    private func signature(_ role: String, _ name: String?) -> String {
        let printed = name.map { l.t(" (\($0))", "（\($0)）") } ?? ""
        return l.t("\(role)\(printed), signature: ____________________   date: ____________",
                   "\(role)\(printed)签字：____________________　日期：____________")
    }

    /// Markdown would read stars and underscores in names and notes as emphasis.
    private func escapeInline(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "\\*").replacingOccurrences(of: "_", with: "\\_")
    }
}
