import Foundation

/// One pledge with the meeting it was made at, for follow-up across meetings.
public struct PledgeEntry: Equatable, Sendable, Identifiable {
    public var id: String { "\(meetingID)/\(pledge.id)" }
    public var meetingID: String
    public var meetingDay: Day
    public var meetingTheme: String
    public var meetingTypes: [MeetingType]
    public var pledge: PledgeSummary
    /// A pledge agreed at a talk rather than a meeting: the talk's id (then `meetingID` is
    /// the talk's id too, `meetingTheme` the talk's name, `meetingTypes` empty).
    public var talkID: String? = nil
}

/// Which pledges the follow-up list shows.
public enum PledgeFilter: String, CaseIterable, Sendable {
    case all, open, overdue, kept, dropped

    public func matches(_ pledge: PledgeSummary, today: Day) -> Bool {
        switch self {
        case .all: true
        case .open: pledge.status == .open
        case .overdue: pledge.isOverdue(today: today)
        case .kept: pledge.status == .kept
        case .dropped: pledge.status == .dropped
        }
    }
}

public enum PledgeLedger {
    /// Every pledge of every meeting, oldest due first (undated ones after), then by meeting.
    /// A pledge's status as it stood on `day`: kept or dropped at a review after that day,
    /// it was still open then (the status changes only at a review).
    public static func status(_ pledge: PledgeSummary, asOf day: Day) -> Pledge.Status {
        guard pledge.status != .open, let last = pledge.lastReview?.on, last > day else { return pledge.status }
        return .open
    }

    public static func entries(_ summaries: [MeetingSummary], timeZone: TimeZone) -> [PledgeEntry] {
        let entries = summaries.flatMap { summary in
            let day = summary.day(in: timeZone)
            return summary.pledges.map {
                PledgeEntry(meetingID: summary.id, meetingDay: day, meetingTheme: summary.theme,
                            meetingTypes: summary.types, pledge: $0)
            }
        }
        // Sorted by small keys, then gathered: a decade holds thousands of pledges and
        // moving whole entries through the sort was most of the work.
        let keys = entries.map { (due: $0.pledge.due.map(ordinal) ?? Int.max, made: ordinal($0.meetingDay), id: $0.pledge.id) }
        return entries.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
    }

    /// Every meeting's pledges and those agreed at talks, in the ledger's order.
    public static func entries(_ summaries: [MeetingSummary], talks: [Talk], timeZone: TimeZone) -> [PledgeEntry] {
        let fromTalks = entries(talks: talks)
        let meetings = entries(summaries, timeZone: timeZone)
        guard !fromTalks.isEmpty else { return meetings }
        return merged(meetings, fromTalks)
    }

    /// The pledges agreed at talks, as entries.
    public static func entries(talks: [Talk]) -> [PledgeEntry] {
        talks.compactMap { talk in
            talk.pledge.map { PledgeEntry(meetingID: talk.id, meetingDay: talk.day, meetingTheme: talk.name, meetingTypes: [], pledge: PledgeSummary($0), talkID: talk.id) }
        }
    }

    /// Two lists in the ledger's order, merged in that order.
    public static func merged(_ one: [PledgeEntry], _ other: [PledgeEntry]) -> [PledgeEntry] {
        guard !other.isEmpty else { return one }
        let all = one + other
        let keys = all.map { (due: $0.pledge.due.map(ordinal) ?? Int.max, made: ordinal($0.meetingDay), id: $0.pledge.id) }
        return all.indices.sorted { keys[$0] < keys[$1] }.map { all[$0] }
    }

    private static func ordinal(_ day: Day) -> Int { (day.year * 100 + day.month) * 100 + day.day }
}

extension Meeting {
    /// Marks a pledge kept, dropped or open again, with a dated note. Returns false when
    /// this meeting has no such pledge.
    @discardableResult
    public mutating func review(pledgeID: String, status: Pledge.Status, on day: Day, note: String) -> Bool {
        guard let index = pledges.firstIndex(where: { $0.id == pledgeID }) else { return false }
        pledges[index].status = status
        pledges[index].reviews.append(Pledge.Review(on: day, note: note))
        return true
    }
}
