import Foundation

/// Correcting a member's history: a change recorded with the wrong day is moved to the
/// right one, in place — not a new change on top of the wrong one.
extension History {
    /// Moves change `index` to `day` (a change already on that day gives way).
    public mutating func correctDay(ofChange index: Int, to day: Day) {
        guard changes.indices.contains(index) else { return }
        correct(index, to: changes[index].value, since: day)
    }

    /// Replaces change `index` with `value` from `day`: a wrong day or value fixed in place.
    public mutating func correct(_ index: Int, to value: Value, since day: Day) {
        guard changes.indices.contains(index) else { return }
        var corrected = changes
        corrected.remove(at: index)
        corrected.removeAll { $0.since == day }
        corrected.append(Change(since: day, value: value))
        self = History(changes: corrected)
    }
}

/// One dated entry of a member's history, as the correction form lists it.
public struct HistoryEntry: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case rosterStatus, category, role, partyGroup, noVotePenalty }

    public var kind: Kind
    /// Its place in that history.
    public var index: Int
    public var since: Day
}

extension Member {
    /// Every dated entry, oldest first within each history.
    public var historyEntries: [HistoryEntry] {
        func entries<V>(_ kind: HistoryEntry.Kind, _ history: History<V>) -> [HistoryEntry] {
            history.changes.enumerated().map { HistoryEntry(kind: kind, index: $0.offset, since: $0.element.since) }
        }
        return entries(.rosterStatus, rosterStatus) + entries(.category, category) + entries(.role, role)
            + entries(.partyGroup, partyGroup) + entries(.noVotePenalty, noVotePenalty)
    }

    /// Moves an entry to another day.
    public mutating func correct(_ entry: HistoryEntry, to day: Day) {
        switch entry.kind {
        case .rosterStatus: rosterStatus.correctDay(ofChange: entry.index, to: day)
        case .category: category.correctDay(ofChange: entry.index, to: day)
        case .role: role.correctDay(ofChange: entry.index, to: day)
        case .partyGroup: partyGroup.correctDay(ofChange: entry.index, to: day)
        case .noVotePenalty: noVotePenalty.correctDay(ofChange: entry.index, to: day)
        }
    }
}

extension Roster {
    /// Meetings already held whose expected members a change of the roster from `self`
    /// to `after` would change, with the member concerned: they are not rewritten, only named.
    public func heldMeetingsChanged(by after: Roster, memberID: String, summaries: [MeetingSummary], zone: TimeZone) -> [MeetingSummary] {
        summaries.filter { summary in
            guard summary.isHeld else { return false }
            let day = Day(summary.start, in: zone)
            let before = expected(at: summary.types, partyGroupID: summary.partyGroupID, on: day).contains { $0.memberID == memberID }
            let now = after.expected(at: summary.types, partyGroupID: summary.partyGroupID, on: day).contains { $0.memberID == memberID }
            return before != now
        }
    }
}
