import Foundation

extension MeetingType {
    /// How long a meeting of this type usually takes: the end suggested when a meeting is
    /// concluded afterwards, and the window in which a tick counts as live.
    public var usualMinutes: Int {
        switch self {
        case .themePartyDay, .generalMeeting: 120
        case .committeeMeeting, .partyGroupMeeting: 60
        case .partyLecture: 90
        case .organizationalLifeMeeting, .democraticEvaluation: 180
        }
    }
}

extension Meeting {
    /// The end, or where the end would usually be.
    public var expectedEnd: Date {
        end ?? start.addingTimeInterval(Double((types.map(\.usualMinutes).max() ?? 120) * 60))
    }

    /// Whether `now` is during the meeting (give or take an hour): ticks then take the
    /// clock. Otherwise the meeting is being written up before or after the fact.
    public func isLive(at now: Date) -> Bool {
        now >= start.addingTimeInterval(-3600) && now <= expectedEnd.addingTimeInterval(3600)
    }

    /// The time a step ticked now gets: the clock during the meeting; written up
    /// afterwards, a time inside the meeting, never the day the secretary types it — the
    /// steps spread evenly from the start to the (expected) end, on five-minute marks, and
    /// never before an earlier step's time (ten steps all at 14:30 looked odd in minutes).
    public func tickTime(forStep index: Int, now: Date) -> Date {
        let stamp = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        if isLive(at: now) { return stamp }
        let span = max(0, expectedEnd.timeIntervalSince(start))
        let share = span * Double(index) / Double(max(1, agenda.count))
        let spaced = start.addingTimeInterval((share / 300).rounded(.down) * 300)
        let earlier = agenda.prefix(index).compactMap(\.doneAt).filter { $0 >= start && $0 <= expectedEnd }.max()
        return max(spaced, earlier ?? start)
    }

    /// Ticked steps whose time lies outside the meeting's start and end.
    public var stepsOutsideTheMeeting: [AgendaStep] {
        let last = expectedEnd
        return agenda.filter { step in step.doneAt.map { $0 < start || $0 > last } ?? false }
    }
}
