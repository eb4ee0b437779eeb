import Foundation

/// The general meeting's decisions about a member's membership — 停止党籍, 恢复党籍, 除名 —
/// recorded once, at the meeting: a decision that passed ticks the member's away record
/// (the day, the kind, the meeting) and changes the roster from the meeting's day, in the
/// same change. Recorded from `o` on the Members screen instead, the same roster change follows.
public enum MembershipTicks {
    /// The membership decision a kind of meeting decision is, if it is one.
    public static func kind(of decision: DecisionKind) -> MembershipDecision.Kind? {
        switch decision {
        case .membershipStopped: .stopped
        case .membershipRestored: .restored
        case .removal: .removed
        default: nil
        }
    }

    /// Where the roster stands after such a decision.
    public static func status(after kind: MembershipDecision.Kind) -> RosterStatus {
        switch kind {
        case .stopped: .stopped
        case .restored: .active
        case .removed: .removed
        }
    }

    /// Why `member` cannot be the subject of such a decision on `day`, or nil: stopping needs a
    /// member on the roster, removal one on the roster or stopped, restoring one stopped.
    public static func problem(_ member: Member, _ kind: MembershipDecision.Kind, on day: Day) -> Wording? {
        let status = member.rosterStatus.value(on: day)
        switch kind {
        case .stopped where !(status?.isOnRoster ?? false), .removed where !(status?.isOnRoster ?? false) && status != .stopped:
            return Wording("\(member.name) is not on the roster on \(day).", "\(member.name)在 \(day) 不在本支部名册上。")
        case .restored where status != .stopped:
            return Wording("\(member.name)'s membership is not stopped on \(day): nothing to restore.", "\(member.name)在 \(day) 未被停止党籍，无需恢复。")
        default:
            return nil
        }
    }

    /// `member` with the roster status the decision leaves from its day (unchanged if it already is).
    public static func roster(_ member: Member, after decision: MembershipDecision) -> Member {
        var member = member
        let status = status(after: decision.kind)
        if member.rosterStatus.value(on: decision.day) != status || member.rosterStatus.changes.contains(where: { $0.since > decision.day }) {
            member.rosterStatus.set(status, from: decision.day)
        }
        return member
    }

    /// What `meeting`'s passed membership decisions change: the away records (new or changed)
    /// and the roster (nil when unchanged). A record's ticks written by this meeting's
    /// decisions are those decisions as they stand now — one changed or deleted takes its
    /// tick with it (the roster keeps its status: `t` or `h` on Members corrects it); an
    /// entry recorded from `o` naming the meeting is left as it is.
    public static func apply(_ meeting: Meeting, records: [AwayRecord], members: [Member], zone: TimeZone) -> (records: [AwayRecord], members: [Member]?) {
        // Most meetings decide nothing about a membership: nothing to copy or compare then.
        guard meeting.decisions.contains(where: { $0.kind.flatMap(kind(of:)) != nil })
                || records.contains(where: { $0.decisions.contains { $0.meetingID == meeting.id && $0.decisionID != nil } }) else { return ([], nil) }
        let day = Day(meeting.start, in: zone)
        let tally = meeting.tally
        var ticks: [String: [MembershipDecision]] = [:]
        var roster = members
        for decision in meeting.decisions {
            guard let decisionKind = decision.kind, let kind = kind(of: decisionKind), let memberID = decision.subject?.memberID,
                  let index = roster.firstIndex(where: { $0.id == memberID }),
                  DecisionOutcome(decision, tally: tally) == .passed else { continue }
            let tick = MembershipDecision(day: day, kind: kind, meetingID: meeting.id, decisionID: decision.id)
            ticks[memberID, default: []].append(tick)
            roster[index] = Self.roster(roster[index], after: tick)
        }
        var changed: [AwayRecord] = []
        let written = { (entry: MembershipDecision) in entry.meetingID == meeting.id && entry.decisionID != nil }
        let touched = Set(ticks.keys).union(records.filter { $0.decisions.contains(where: written) }.map(\.id))
        for memberID in touched.sorted() {
            guard let name = members.first(where: { $0.id == memberID })?.name ?? records.first(where: { $0.id == memberID })?.name else { continue }
            let old = records.first { $0.id == memberID }
            var record = old ?? AwayRecord(memberID: memberID, name: name)
            let others = record.decisions.filter { !written($0) }
            record.decisions = (others + (ticks[memberID] ?? [])).enumerated()
                .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
            if record != old && !(old == nil && record.decisions.isEmpty) { changed.append(record) }
        }
        return (changed, roster == members ? nil : roster)
    }
}
