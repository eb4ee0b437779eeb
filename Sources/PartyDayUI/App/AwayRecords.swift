import PartyDayKit

/// Members away, moving or out of contact, as the screens share them (the Members screen's
/// `o`, home's warnings).
public struct AwayRecords: SharedRecords {
    public var records: [AwayRecord] = []
    public var loaded = false
    var requested = false
    public var problems: [FileProblem] = []
    var version = 0
    /// Home's warnings, worked out when the records or the day change — not on every frame.
    var homeLines = HomeLineCache<(lines: [String], urgent: Bool)>()

    public func record(_ memberID: String) -> AwayRecord? { records.first { $0.id == memberID } }

    static func ordered(_ records: [AwayRecord]) -> [AwayRecord] { AwayRecord.ordered(records) }
}

/// A change to a member's away record; a receipt returned, or a decision to stop, restore or
/// remove the membership, changes the member's roster status in the same change (`u` undoes both).
public enum AwayChange: Sendable {
    case put(AwayRecord, label: Phrase, member: Member? = nil)
    /// A member who arrives with a letter of transfer in: the roster gains them, their away
    /// record holds the letter.
    case arrive(Member, AwayRecord, label: Phrase)
}

extension AppState {
    mutating func change(_ change: AwayChange, _ effects: inout [Effect]) {
        guard away.loaded else { return }
        switch change {
        case let .put(record, label, member):
            let before: RecordValue = away.record(record.id).map { .away($0) } ?? .noAway(id: record.id)
            var edit = RecordEdit(before: [before], after: [.away(record)], label: label)
            if let member, let index = members.firstIndex(where: { $0.id == member.id }), members[index] != member {
                var roster = members
                roster[index] = member
                edit.before.append(.members(members))
                edit.after.append(.members(roster))
            }
            commit(edit, &effects)
        case let .arrive(member, record, label):
            guard !members.contains(where: { $0.id == member.id }) else { return }
            commit(RecordEdit(before: [.noAway(id: record.id), .members(members)], after: [.away(record), .members(members + [member])], label: label), &effects)
        }
    }

    mutating func refreshAwayHomeLines() {
        guard away.loaded else { return }
        let (records, today, language) = (away.records, today, strings.language)
        away.homeLines.refresh(HomeLineKey(version: away.version, inputs: 0, day: today, language: language)) {
            let warnings = AwayWarnings(records, on: today)
            return (warnings.lines.map { "\($0.name)：\($0.what.text(language))" }, warnings.lines.contains(where: \.urgent))
        }
    }
}
