import PartyDayKit

extension AppState {
    /// Screens that show report figures.
    var showsReports: Bool {
        screen == .home || screen == .participation || screen == .pledges || screen == .settings
    }

    /// The Participation screen's query: its filters, or this year and every type.
    var participationQuery: ParticipationQuery {
        ParticipationQuery(period: participation.period ?? .year(today.year),
                           types: participation.type.map { [$0] } ?? [])
    }

    /// Recomputes the cached reports if summaries, members, the branch or the day changed.
    mutating func refreshReportsIfNeeded() {
        guard reports.stale, showsReports, summariesLoaded, let branch else { return }
        let year = ParticipationQuery.thisYear(today)
        reports.yearParticipation = ParticipationReport(branch: branch, members: members, summaries: summaries,
                                                        query: year, today: today)
        let query = participationQuery
        reports.participation = query == year ? reports.yearParticipation
            : ParticipationReport(branch: branch, members: members, summaries: summaries, query: query, today: today)
        reports.compliance = ComplianceReport(branch: branch, members: members, summaries: summaries, year: today.year, today: today)
        reports.pledges = PledgeLedger.entries(summaries, timeZone: timeZone)
        reports.stale = false
    }

    /// Marks the cached reports out of date; they are rebuilt before the next frame that needs them.
    mutating func invalidateReports() {
        reports.stale = true
    }
}
