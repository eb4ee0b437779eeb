import Foundation
import PartyDayKit

/// Participation and compliance over the whole decade: once the summaries are in memory
/// (`report_ms`), and from a fresh store on the folder (`reports_ready_ms`), which reads
/// the branch, the roster and the derived index but decodes no meeting file.
enum ReportsBench {
    struct Result {
        var reportMs: Double
        var reportsReadyMs: Double
    }

    static func run(folder: URL) throws -> Result {
        let store = try Store(folder: folder, access: .readOnly)
        guard let branch = try store.loadBranch() else { throw BenchError.noBranch }
        let members = try store.loadMembers()
        let summaries = store.listMeetings().summaries
        let reportMs = Bench.median(runs: 15) { _ = reports(branch: branch, members: members, summaries: summaries) }
        let readyMs = Bench.median(runs: 7) {
            let fresh = try Store(folder: folder, access: .readOnly)
            guard let branch = try fresh.loadBranch() else { throw BenchError.noBranch }
            let members = try fresh.loadMembers()
            let list = fresh.listMeetings()
            precondition(list.problems.isEmpty)
            let done = reports(branch: branch, members: members, summaries: list.summaries)
            precondition(done.participation.rows.count == members.count && !done.compliance.isEmpty)
        }
        return Result(reportMs: reportMs, reportsReadyMs: readyMs)
    }

    /// Participation over every day the data covers, and compliance for each of its years.
    static func reports(branch: BranchProfile, members: [Member], summaries: [MeetingSummary])
        -> (participation: ParticipationReport, compliance: [ComplianceReport]) {
        let zone = branch.timeZone
        let days = summaries.map { $0.day(in: zone) }
        let first = days.min()!, last = days.max()!
        let participation = ParticipationReport(branch: branch, members: members, summaries: summaries,
                                                query: ParticipationQuery(period: Period(from: first, to: last)), today: last)
        let compliance = (first.year...last.year).map { year in
            ComplianceReport(branch: branch, members: members, summaries: summaries, year: year, today: last)
        }
        return (participation, compliance)
    }

    enum BenchError: Error { case noBranch }
}
