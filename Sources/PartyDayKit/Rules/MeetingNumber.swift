import Foundation

extension Meeting {
    /// Which meeting of its kind this is in its year ("本年度第11次主题党日"), counted from the
    /// records: the meetings of its first type in the same calendar year (in the branch's
    /// zone) up to and including it — for a party group meeting, that group's. Nil for the
    /// kinds not held by the count (the yearly organizational-life meeting, the evaluation).
    public func numberInYear(among summaries: [MeetingSummary], zone: TimeZone) -> Int? {
        guard let type = types.first, [.themePartyDay, .committeeMeeting, .generalMeeting, .partyLecture, .partyGroupMeeting].contains(type) else {
            return nil
        }
        let year = Day(start, in: zone).year
        let sameKind = summaries.filter { summary in
            summary.id != id && summary.types.contains(type) && Day(summary.start, in: zone).year == year
                && (type != .partyGroupMeeting || summary.partyGroupID == partyGroupID)
                && (summary.start, summary.id) < (start, id)
        }
        return sameKind.count + 1
    }
}
