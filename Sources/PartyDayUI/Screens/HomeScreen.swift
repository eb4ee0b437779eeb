import Foundation
import PartyDayKit

/// The branch at a glance, with one key to start a meeting.
extension AppState {
    /// Meetings listed on the home screen: in progress or planned, then the recent ones.
    var homeMeetings: [MeetingSummary] { overview.active + overview.recent }

    mutating func refreshOverview() {
        overview = BranchOverview(members: members, summaries: summaries, today: today, recentCount: 8)
        overviewStale = false
    }

    /// Meetings, members or the day changed: the overview and the reports are out of date.
    mutating func figuresChanged() {
        overviewStale = true
        invalidateReports()
    }

    mutating func handleHome(_ event: Event, _ effects: inout [Effect]) -> Bool {
        let list = homeMeetings
        if let key = navigation(event) { return home.move(key, count: list.count) }
        switch event {
        case .text("n"): openNewMeetingForm()
        case .text("l"), .text("2"): screen = .meetings
        case .text("m"), .text("3"): screen = .members
        case .text("p"), .text("4"): screen = .participation
        case .text("c"), .text("5"): openPledges(reviewAt: nil)
        case .text("s"), .text("6"): screen = .settings
        case .text("d"):
            if reports.compliance != nil { modal = .duties }
        case .key(.enter):
            guard home.index < list.count else { return true }
            open(list[home.index].id, &effects)
        default: return false
        }
        return true
    }

    /// Asks the shell for a meeting; the workspace opens when it arrives.
    mutating func open(_ id: String, _ effects: inout [Effect]) {
        opening = id
        effects.append(.loadMeeting(id: id))
    }

    func renderHome(_ grid: inout Grid, top: Int, height: Int) {
        let s = strings
        let width = grid.size.columns
        var y = top
        if let branch {
            let parents = branch.parentOrganizations.joined(separator: " › ")
            grid.put(branch.name, x: 1, y: y, style: .heading)
            if !parents.isEmpty { grid.put("  \(parents)", x: 1 + displayWidth(branch.name), y: y, style: Style(role: .muted)) }
            y += 1
        }
        grid.put(s.rosterLine(full: overview.fullMembers, probationary: overview.probationaryMembers, mobile: overview.mobileMembers),
                 x: 1, y: y)
        y += 1
        if summariesLoaded {
            grid.put(s.pledgeLine(open: overview.openPledges, overdue: overview.overduePledges), x: 1, y: y,
                     style: overview.overduePledges > 0 ? Style(role: .warning) : .plain)
        } else {
            grid.put(s.loading, x: 1, y: y, style: Style(role: .muted))
        }
        y += 1
        guard summariesLoaded else { return }
        y = renderHomePanels(&grid, y: y, bottom: top + height - 4) + 1
        let list = overview.active + overview.recent
        if list.isEmpty {
            grid.paragraph(s.noMeetingsYet, x: 1, y: y, width: width - 2, height: top + height - y)
            return
        }
        grid.put(overview.active.isEmpty ? s.recentMeetings : s.activeAndRecentMeetings, x: 1, y: y, style: .heading)
        y += 1
        let rows = list.map { meetingRow($0) }
        grid.table(top: y, height: top + height - y, columns: meetingColumns(width), rows: rows, selected: home.index)
    }

    func meetingColumns(_ width: Int) -> [Column] {
        let s = strings
        let fixed = [16, 16, 11, 9]
        return [Column(title: s.columnWhen, width: 16), Column(title: s.columnType, width: 16),
                Column(title: s.columnTheme, width: flexible(width, fixed: fixed)),
                Column(title: s.columnState, width: 11), Column(title: s.columnAttendance, width: 9)]
    }

    func meetingRow(_ summary: MeetingSummary) -> [String] {
        [DateText.dateTime(summary.start, in: timeZone),
         summary.types.map(strings.typeName).joined(separator: "+"),
         summary.theme.isEmpty ? strings.noTheme : summary.theme,
         strings.stateName(summary.state),
         "\(summary.attended)/\(summary.expected)"]
    }
}
