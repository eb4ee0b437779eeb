import Foundation

/// The branch at a glance on one day: what the summary and the home screen show.
/// Built from summaries only, so it never needs a full meeting decoded.
public struct BranchOverview: Sendable {
    public var fullMembers = 0
    public var probationaryMembers = 0
    public var mobileMembers = 0
    public var meetingCount = 0
    public var active: [MeetingSummary] = []
    public var recent: [MeetingSummary] = []
    public var openPledges = 0
    public var overduePledges = 0

    public init(members: [Member], summaries: [MeetingSummary], today: Day, recentCount: Int = 5) {
        for member in members {
            guard let snapshot = member.snapshot(on: today) else { continue }
            if snapshot.category == .full { fullMembers += 1 } else { probationaryMembers += 1 }
            if member.isMobile { mobileMembers += 1 }
        }
        meetingCount = summaries.count
        // Callers usually hold the list newest first already; sorting it again on every key costs.
        let sorted = zip(summaries, summaries.dropFirst()).allSatisfy { $0.start >= $1.start }
        let newestFirst = sorted ? summaries : summaries.sorted { $0.start > $1.start }
        // Lazily: copying every summary into a filtered array costs on each change.
        active = Array(newestFirst.lazy.filter { $0.state != .concluded })
        recent = Array(newestFirst.lazy.filter { $0.state == .concluded }.prefix(recentCount))
        for summary in summaries {
            openPledges += summary.openPledges
            overduePledges += summary.overduePledges(today: today)
        }
    }

    public var rosterCount: Int { fullMembers + probationaryMembers }
}
