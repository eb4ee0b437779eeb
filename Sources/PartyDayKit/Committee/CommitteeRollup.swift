import Foundation

/// One branch as the committee sees it: its duties this year and its members at risk,
/// read from its folder (its own, or the committee's clone) without writing anything.
public struct BranchStanding: Sendable {
    public var name: String
    public var folder: URL
    /// Why the branch could not be read at all (no clone yet, no branch.plist, damaged roster).
    public var problem: Wording?
    public var branch: BranchProfile?
    public var compliance: ComplianceReport?
    public var participation: ParticipationReport?
    /// Files left out as damaged (the rest was read).
    public var damaged: [FileProblem] = []
    public var today: Day?
    /// Whether `today` was given (`--as-of`): then what happened after it is left out exactly.
    public var asOfGiven = false
    /// Every meeting's summary, for the participation and pledges roll-ups.
    public var summaries: [MeetingSummary] = []
    /// Members whose dues are unpaid long enough for the branch's ladder, longest run first.
    public var duesAtRisk: [DuesRisk] = []
    /// When the branch last synced: its last commit (a clone) or its own last `partyday sync`.
    public var lastSync: Date?
}

/// The committee's figures, branch by branch, and the totals it reports upward
/// ("12 of 12 branches held their November theme Party Day").
public enum CommitteeRollup {
    /// Every branch of `committee`, read on all cores; `asOf` fixes "today" (else each
    /// branch's own today in its zone).
    public static func read(_ committee: Committee, in folder: CommitteeFolder, year: Int?, asOf: Day?, now: Date) -> [BranchStanding] {
        let jobs = committee.branches.enumerated().map { (index, branch) in
            (branch, folder.dataFolder(of: branch, at: index), folder.indexFolder(of: branch, at: index))
        }
        return jobs.parallelMap { branch, data, index in standing(name: branch.name, folder: data, year: year, asOf: asOf, now: now, indexFolder: index) }
    }

    /// `indexFolder`: where the committee keeps the branch's derived index warm, in its own
    /// folder (nil: none kept). Nothing is ever written into a branch's folder, a clone or not.
    static func standing(name: String, folder: URL, year: Int?, asOf: Day?, now: Date, indexFolder: URL?) -> BranchStanding {
        var standing = BranchStanding(name: name, folder: folder)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            standing.problem = Wording("no copy yet (partyday committee pull)", "还没有副本（partyday committee pull）")
            return standing
        }
        do {
            let store = try Store(folder: folder, access: .readOnly, indexFolder: indexFolder)
            store.writesBackIndex = false
            store.prefetchListing()
            guard let branch = try store.loadBranch() else {
                standing.problem = Wording("no branch.plist in \(folder.path)", "\(folder.path) 中没有 branch.plist")
                return standing
            }
            let members = try store.loadMembers()
            let listing = store.listMeetings()
            let today = asOf ?? Day(now, in: branch.timeZone)
            standing.branch = branch
            standing.today = today
            standing.asOfGiven = asOf != nil
            standing.damaged = listing.problems
            standing.summaries = listing.summaries
            standing.compliance = ComplianceReport(branch: branch, members: members, summaries: listing.summaries, year: year ?? today.year, today: today)
            standing.participation = ParticipationReport(branch: branch, members: members, summaries: listing.summaries,
                                                         query: ParticipationQuery.thisYear(today), today: today)
            // The dues half of the ladder; a damaged dues file is named and the rest still counts.
            var bases: [MemberDuesBasis] = []
            do { bases = try store.loadDuesBases() } catch {
                standing.damaged.append(FileProblem(path: "dues/bases.plist", error: error))
            }
            let dues = store.loadAllDues()
            standing.damaged += dues.problems
            standing.duesAtRisk = DuesLedger(members: members, bases: bases, years: dues.years, today: today).atRisk(branch.ladder)
            standing.lastSync = CommitteeSyncDate.read(folder)
        } catch {
            standing.problem = Wording(error: error)
        }
        return standing
    }

    /// A duty as the committee counts it in one branch: the period running on that
    /// branch's today, and whether every line of it (each party group's) was held.
    public struct DutyCell: Codable, Equatable, Sendable {
        public var type: MeetingType
        public var label: String
        public var status: DutyStatus
    }

    /// The branch's duties of the running month and quarter, one cell per meeting type.
    public static func currentDuties(_ report: ComplianceReport) -> [DutyCell] {
        var cells: [DutyCell] = []
        for frequency in [Frequency.monthly, .quarterly] {
            let current = report.current(frequency)
            var seen: [MeetingType] = []
            for (line, _) in current where !seen.contains(line.type) { seen.append(line.type) }
            for type in seen {
                let periods = current.filter { $0.line.type == type }.map(\.period)
                // Held when every line (each party group's) has held it; missing when any has missed.
                let status: DutyStatus = periods.allSatisfy { $0.status == .held } ? .held
                    : periods.contains { $0.status == .missing } ? .missing
                    : periods.contains { $0.status == .due } ? .due : periods.first?.status ?? .notOwed
                cells.append(DutyCell(type: type, label: periods.first?.label ?? "", status: status))
            }
        }
        return cells
    }

    /// For each duty cell shown, how many branches held it of those that owe it.
    public struct DutyTotal: Equatable, Sendable {
        public var type: MeetingType
        public var label: String
        public var held: Int
        public var owing: Int
    }

    /// One branch's attendance at its held meetings of one type in one month of the year.
    public struct AttendanceCell: Equatable, Sendable {
        public var month: YearMonth
        public var type: MeetingType
        public var meetings: Int
        public var expected: Int
        public var attended: Int
        public var rate: Double? { expected == 0 ? nil : Double(attended) / Double(expected) }
    }

    /// Each month's attendance by meeting type (held meetings of `year`, up to the branch's today).
    public static func attendance(_ standing: BranchStanding, year: Int) -> [AttendanceCell] {
        guard let branch = standing.branch else { return [] }
        var cells: [String: AttendanceCell] = [:]
        for summary in standing.summaries where summary.isHeld {
            let day = summary.day(in: branch.timeZone)
            guard day.year == year, standing.today.map({ day <= $0 }) ?? true else { continue }
            for type in summary.types {
                let key = "\(YearMonth(day)) \(type.rawValue)"
                var cell = cells[key] ?? AttendanceCell(month: YearMonth(day), type: type, meetings: 0, expected: 0, attended: 0)
                cell.meetings += 1
                cell.expected += summary.expected
                cell.attended += summary.attended
                cells[key] = cell
            }
        }
        return cells.values.sorted { ($0.month, $0.type.rawValue) < ($1.month, $1.type.rawValue) }
    }

    /// One branch's pledges: how many are open, overdue, kept and dropped, and the overdue ones.
    public struct PledgeTally: Equatable, Sendable {
        public var open = 0
        public var overdue: [PledgeEntry] = []
        public var kept = 0
        public var dropped = 0
    }

    /// Counted from each meeting's summary (its pledge counts and open due days); only the
    /// meetings with an overdue pledge have their pledges read, to name them. Reading every
    /// pledge of fifty decades took a second and a half.
    public static func pledges(_ standing: BranchStanding) -> PledgeTally {
        guard let branch = standing.branch, let today = standing.today else { return PledgeTally() }
        var tally = PledgeTally()
        // Nothing made after the report's day counts.
        let held = standing.summaries.filter { $0.day(in: branch.timeZone) <= today }
        if standing.asOfGiven {
            // A past day: each pledge as it stood then (kept later, it was open), read in full.
            for entry in PledgeLedger.entries(held, timeZone: branch.timeZone) {
                switch PledgeLedger.status(entry.pledge, asOf: today) {
                case .open:
                    tally.open += 1
                    if let due = entry.pledge.due, due < today { tally.overdue.append(entry) }
                case .kept: tally.kept += 1
                case .dropped: tally.dropped += 1
                }
            }
            tally.overdue.sort { ($0.pledge.due ?? $0.meetingDay, $0.meetingDay) < ($1.pledge.due ?? $1.meetingDay, $1.meetingDay) }
            return tally
        }
        var late: [MeetingSummary] = []
        for summary in held {
            tally.open += summary.openPledges
            tally.kept += summary.keptPledges
            tally.dropped += summary.droppedPledges
            if summary.overduePledges(today: today) > 0 { late.append(summary) }
        }
        tally.overdue = PledgeLedger.entries(late, timeZone: branch.timeZone).filter { $0.pledge.status == .open && $0.pledge.isOverdue(today: today) }
        tally.overdue.sort { ($0.pledge.due ?? $0.meetingDay, $0.meetingDay) < ($1.pledge.due ?? $1.meetingDay, $1.meetingDay) }
        return tally
    }

    /// How many open pledges are past their due day, from the summaries alone.
    public static func overduePledgeCount(_ standing: BranchStanding) -> Int {
        guard let today = standing.today else { return 0 }
        return standing.summaries.reduce(0) { $0 + $1.overduePledges(today: today) }
    }

    public static func totals(_ standings: [BranchStanding]) -> [DutyTotal] {
        totals(duties: standings.compactMap { $0.compliance.map(currentDuties) })
    }

    /// The same from each branch's duty cells (the committee screen keeps only those).
    public static func totals(duties branches: [[DutyCell]]) -> [DutyTotal] {
        var totals: [DutyTotal] = []
        for cells in branches {
            for cell in cells where cell.status != .notOwed && cell.status != .beforeRecords {
                if let index = totals.firstIndex(where: { $0.type == cell.type && $0.label == cell.label }) {
                    totals[index].owing += 1
                    if cell.status == .held { totals[index].held += 1 }
                } else {
                    totals.append(DutyTotal(type: cell.type, label: cell.label, held: cell.status == .held ? 1 : 0, owing: 1))
                }
            }
        }
        return totals
    }
}
