import Foundation

/// A conflict copy set beside the record it belongs to, described for choosing between
/// them on the screen: what each version holds and what differs ("attendance, speeches").
public struct ConflictCopy: Equatable, Sendable {
    /// `conflicts/STAMP/PATH`, in the data folder.
    public var copy: String
    /// The record's own path (this PC's version).
    public var record: String
    /// "2026-11-10 theme Party Day", "roster", "branch settings" …
    public var title: String
    /// This PC's version and the other PC's, a line or two each.
    public var mine: [String]
    public var theirs: [String]
    /// What the other PC's version changes, in words (empty when it could not be compared).
    public var differs: [String]

    public init(copy: String, record: String, title: String, mine: [String], theirs: [String], differs: [String]) {
        self.copy = copy
        self.record = record
        self.title = title
        self.mine = mine
        self.theirs = theirs
        self.differs = differs
    }

    /// Reads both versions; an unreadable one is said to be so.
    public static func read(folder: URL, copy: String, zone: TimeZone, labels: Labels) -> ConflictCopy {
        let record = BranchSync.record(ofCopy: copy) ?? copy
        let mineData = try? Data(contentsOf: folder.appendingPathComponent(record))
        let theirsData = try? Data(contentsOf: folder.appendingPathComponent(copy))
        let unreadable = labels.t("cannot be read", "无法读取")
        if record.hasPrefix("meetings/") {
            let mine = mineData.flatMap { try? FileFormat.decodeSaved(Meeting.self, kind: .meeting, from: $0, path: record) }
            let theirs = theirsData.flatMap { try? FileFormat.decodeSaved(Meeting.self, kind: .meeting, from: $0, path: copy) }
            let meeting = mine?.record ?? theirs?.record
            let title = meeting.map { "\(Day($0.start, in: zone)) \(labels.typeNames($0.types))" } ?? record
            let differs = (mine?.record).flatMap { old in (theirs?.record).map { SyncMessage.changes(from: old, to: $0, labels: labels) } } ?? []
            return ConflictCopy(copy: copy, record: record, title: title,
                                mine: mine.map { describe($0.record, savedAt: $0.savedAt, zone: zone, labels: labels) } ?? [unreadable],
                                theirs: theirs.map { describe($0.record, savedAt: $0.savedAt, zone: zone, labels: labels) } ?? [unreadable],
                                differs: differs)
        }
        if record == "members.plist" {
            let mine = mineData.flatMap { try? FileFormat.decodeSaved([Member].self, kind: .members, from: $0, path: record) }
            let theirs = theirsData.flatMap { try? FileFormat.decodeSaved([Member].self, kind: .members, from: $0, path: copy) }
            var differs: [String] = []
            if let mine, let theirs {
                let mineNames = Set(mine.record.map(\.name)), theirNames = Set(theirs.record.map(\.name))
                let added = theirNames.subtracting(mineNames).sorted(), missing = mineNames.subtracting(theirNames).sorted()
                if !added.isEmpty { differs.append(labels.t("has ", "多出 ") + added.joined(separator: labels.t(", ", "、"))) }
                if !missing.isEmpty { differs.append(labels.t("lacks ", "缺少 ") + missing.joined(separator: labels.t(", ", "、"))) }
                if differs.isEmpty && mine.record != theirs.record { differs.append(labels.t("members' details", "党员信息")) }
            }
            let line = { (members: [Member], savedAt: Date?) in
                [labels.t("\(members.count) members", "\(members.count) 名党员") + saved(savedAt, zone: zone, labels: labels)]
            }
            return ConflictCopy(copy: copy, record: record, title: labels.t("roster", "党员名册"),
                                mine: mine.map { line($0.record, $0.savedAt) } ?? [unreadable],
                                theirs: theirs.map { line($0.record, $0.savedAt) } ?? [unreadable], differs: differs)
        }
        let title = SyncMessage.line(path: record, old: nil, new: nil, zone: zone, labels: labels)
        let size = { (data: Data?) in data.map { [labels.t("\($0.count) bytes", "\($0.count) 字节")] } ?? [unreadable] }
        return ConflictCopy(copy: copy, record: record, title: title, mine: size(mineData), theirs: size(theirsData), differs: [])
    }

    private static func describe(_ meeting: Meeting, savedAt: Date?, zone: TimeZone, labels: Labels) -> [String] {
        let summary = MeetingSummary(meeting)
        return [meeting.theme + "  ·  " + labels.stateName(meeting.state) + saved(savedAt, zone: zone, labels: labels),
                labels.t("came \(summary.attended)/\(summary.expected), \(meeting.speeches.count) speeches, \(meeting.decisions.count) decisions, \(meeting.pledges.count) pledges",
                         "实到 \(summary.attended)/\(summary.expected)，发言 \(meeting.speeches.count) 条，决议 \(meeting.decisions.count) 项，承诺 \(meeting.pledges.count) 项")]
    }

    private static func saved(_ date: Date?, zone: TimeZone, labels: Labels) -> String {
        date.map { labels.t("  ·  saved ", "  ·  保存于 ") + DateText.dateTime($0, in: zone) } ?? ""
    }
}
