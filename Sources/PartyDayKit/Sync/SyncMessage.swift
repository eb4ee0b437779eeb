import Foundation

/// What a sync commits, in words: "2026-11-10 theme Party Day: attendance, 3 new pledges".
/// Made by comparing each changed record with the version last committed, so the history
/// reads as a secretary would tell it.
public enum SyncMessage {
    /// One line for one changed file; `old` is the committed version, `new` the file now
    /// (nil when there is none: added or deleted).
    public static func line(path: String, old: Data?, new: Data?, zone: TimeZone, labels: Labels) -> String {
        if path == "members.plist" { return labels.t("roster", "党员名册") }
        if path == ".gitignore" { return labels.t("sync settings", "同步设置") }
        if path == "branch.plist" { return labels.t("branch settings", "支部设置") }
        if path.hasPrefix("dues/") {
            let name = (path as NSString).lastPathComponent.replacingOccurrences(of: ".plist", with: "")
            return name == "bases" ? labels.t("dues bases", "党费基数") : labels.t("dues \(name)", "\(name)年党费")
        }
        if let kind = FolderRecords.kind(folder: String(path.prefix { $0 != "/" })), path.contains("/") {
            return labels.t(kind.syncLabel.english, kind.syncLabel.chinese) + (name(kind, in: new ?? old, path: path) ?? (path as NSString).lastPathComponent)
        }
        guard path.hasPrefix("meetings/") else { return path }
        let before = old.flatMap { try? FileFormat.decode(Meeting.self, kind: .meeting, from: $0, path: path) }
        let after = new.flatMap { try? FileFormat.decode(Meeting.self, kind: .meeting, from: $0, path: path) }
        guard let meeting = after ?? before else { return path }
        let name = "\(Day(meeting.start, in: zone)) \(labels.typeNames(meeting.types))"
        guard let after else { return name + labels.t(": deleted", "：已删除") }
        guard let before else { return name + labels.t(": new", "：新建") }
        let parts = changes(from: before, to: after, labels: labels)
        return parts.isEmpty ? name : name + labels.t(": ", "：") + parts.joined(separator: labels.t(", ", "、"))
    }

    /// The name of the folder record a file holds, if it reads.
    private static func name<R: FolderRecord>(_ type: R.Type, in data: Data?, path: String) -> String? {
        data.flatMap { try? FileFormat.decode(R.self, kind: R.kind, from: $0, path: path) }?.name
    }

    static func changes(from old: Meeting, to new: Meeting, labels: Labels) -> [String] {
        var parts: [String] = []
        if old.theme != new.theme || old.start != new.start || old.end != new.end || old.place != new.place
            || old.host != new.host || old.recorder != new.recorder || old.types != new.types || old.partyGroupID != new.partyGroupID {
            parts.append(labels.t("details", "会议信息"))
        }
        if old.attendance != new.attendance || old.guests != new.guests || old.nonVotingAttendees != new.nonVotingAttendees {
            parts.append(labels.t("attendance", "考勤"))
        }
        if old.agenda != new.agenda { parts.append(labels.t("agenda", "议程")) }
        if old.speeches != new.speeches { parts.append(labels.t("speeches", "发言")) }
        if old.suggestions != new.suggestions { parts.append(labels.t("suggestions", "意见建议")) }
        if old.decisions != new.decisions { parts.append(labels.t("decisions", "决议")) }
        let newPledges = new.pledges.count - old.pledges.count
        if newPledges > 0 {
            parts.append(labels.t("\(newPledges) new pledge\(newPledges == 1 ? "" : "s")", "\(newPledges)项新承诺"))
        } else if old.pledges != new.pledges {
            parts.append(labels.t("pledges", "承诺"))
        }
        if old.minutes != new.minutes || old.hostSummary != new.hostSummary { parts.append(labels.t("minutes", "记录")) }
        if old.evaluationRecords != new.evaluationRecords { parts.append(labels.t("evaluation", "民主评议")) }
        if old.state != new.state { parts.append(labels.stateName(new.state)) }
        return parts
    }

    /// The commit message: the first change as the subject (with how many more), every
    /// change on a line of its own below.
    public static func message(_ lines: [String], labels: Labels, first commit: Bool = false) -> String {
        guard let first = lines.first else { return labels.t("partyday records", "partyday 记录") }
        if lines.count > 12 || (commit && lines.count > 1) {
            // The first commit, or a long absence: say how much, then list it all.
            return labels.t("The branch's records: \(lines.count) files", "支部记录：\(lines.count)个文件") + "\n\n"
                + lines.map { "- " + $0 }.joined(separator: "\n") + "\n"
        }
        let subject = lines.count == 1 ? first : first + labels.t(" (and \(lines.count - 1) more)", "（另有\(lines.count - 1)项）")
        return lines.count == 1 ? subject : subject + "\n\n" + lines.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }
}
