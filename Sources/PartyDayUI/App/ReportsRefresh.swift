import PartyDayKit

/// What the shell needs to compute the reports off the key path.
public struct ReportRequest: Sendable, Equatable {
    public var generation: Int
    public var branch: BranchProfile
    public var members: [Member]
    public var summaries: [MeetingSummary]
    public var query: ParticipationQuery
    public var today: Day

    /// Requests are told apart by generation; comparing every summary would cost more than the work.
    public static func == (lhs: ReportRequest, rhs: ReportRequest) -> Bool { lhs.generation == rhs.generation }

    /// Pure, and safe on any thread. The pledge list is not part of it (`pledges()`): the
    /// home screen waits for these figures, and reading every pledge of a decade for a
    /// screen that shows only their counts took a core from them.
    public func compute() -> ComputedReports {
        let year = ParticipationQuery.thisYear(today)
        let (branch, members, summaries, query, today) = (branch, members, summaries, query, today)
        MeetingSummary.readAttendanceRows(of: summaries)
        // Independent of one another: side by side on the cores (the home screen waits on both).
        let (yearReport, compliance) = Concurrently.run(
            { ParticipationReport(branch: branch, members: members, summaries: summaries, query: year, today: today) },
            { ComplianceReport(branch: branch, members: members, summaries: summaries, year: today.year, today: today) })
        let screenReport = query == year ? yearReport
            : ParticipationReport(branch: branch, members: members, summaries: summaries, query: query, today: today)
        return ComputedReports(generation: generation, participation: screenReport, yearParticipation: yearReport, compliance: compliance)
    }

    /// Every pledge of every meeting, for the Pledges screen: computed after `compute()`,
    /// answered with `.pledgesComputed`.
    public func pledges() -> [PledgeEntry] {
        PledgeLedger.entries(summaries, timeZone: branch.timeZone)
    }
}

/// The answer to a `ReportRequest`.
public struct ComputedReports: Sendable, Equatable {
    public var generation: Int
    public var participation: ParticipationReport
    public var yearParticipation: ParticipationReport
    public var compliance: ComplianceReport

    public static func == (lhs: ComputedReports, rhs: ComputedReports) -> Bool { lhs.generation == rhs.generation }
}

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

    /// Asks the shell for fresh reports when what they are built from has changed and a
    /// screen shows them. The screens keep the last figures until the answer arrives.
    mutating func requestReportsIfNeeded(_ effects: inout [Effect]) {
        guard reports.stale, reports.requested != reports.generation, showsReports, summariesLoaded, let branch else { return }
        reports.requested = reports.generation
        effects.append(.computeReports(ReportRequest(generation: reports.generation, branch: branch, members: members,
                                                     summaries: summaries, query: participationQuery, today: today)))
    }

    mutating func receive(_ computed: ComputedReports) {
        guard computed.generation == reports.generation else { return }
        reports.participation = computed.participation
        reports.yearParticipation = computed.yearParticipation
        reports.compliance = computed.compliance
        reports.stale = false
        participation.cursor.clamp(computed.participation.rows.count)
    }

    /// The pledge list of a generation; an older one is dropped.
    mutating func receivePledges(_ entries: [PledgeEntry], generation: Int) {
        guard generation == reports.generation else { return }
        reports.meetingPledges = entries
        reports.pledges = PledgeLedger.merged(entries, talks.pledgeEntries)
        reports.pledgesReady = true
        reports.pledgesVersion &+= 1
    }

    /// Marks the cached reports out of date; new ones are asked for after this event.
    mutating func invalidateReports() {
        reports.stale = true
        reports.generation += 1
    }
}
