import Foundation

/// How the plan went, as of a day: each planned meeting done (a meeting of its type — and
/// group — held in its month), scheduled (one planned in partyday for that month), still
/// due (its month not over), or missed; counted by quarter for the quarterly check.
public struct PlanProgress: Equatable, Sendable {
    public enum Status: String, Equatable, Sendable {
        case done, scheduled, due, missed
    }

    public struct Item: Equatable, Sendable {
        public var planned: PlannedMeeting
        public var status: Status
        /// The meeting that held (or will hold) it.
        public var meetingID: String?
    }

    public var items: [Item]

    public init(_ plan: YearPlan, summaries: [MeetingSummary], zone: TimeZone, asOf day: Day) {
        var used = Set<String>()
        items = plan.calendar.map { planned in
            let inMonth = summaries.filter { summary in
                let held = summary.day(in: zone)
                return held.year == plan.year && held.month == planned.month && summary.types.contains(planned.type)
                    && (planned.partyGroupID == nil || summary.partyGroupID == planned.partyGroupID) && !used.contains(summary.id)
            }.sorted { $0.start < $1.start }
            if let held = inMonth.first(where: { $0.state != .planned }) {
                used.insert(held.id)
                return Item(planned: planned, status: .done, meetingID: held.id)
            }
            if let scheduled = inMonth.first {
                used.insert(scheduled.id)
                return Item(planned: planned, status: .scheduled, meetingID: scheduled.id)
            }
            let monthEnd = Day(year: plan.year, month: planned.month, day: 1)!.adding(months: 1).adding(days: -1)
            return Item(planned: planned, status: day > monthEnd ? .missed : .due)
        }
    }

    /// The quarter's items: done, still due (or scheduled), missed.
    public func quarter(_ quarter: Int) -> (done: Int, due: Int, missed: Int) {
        let inQuarter = items.filter { ($0.planned.month - 1) / 3 + 1 == quarter }
        return (inQuarter.filter { $0.status == .done }.count, inQuarter.filter { $0.status == .due || $0.status == .scheduled }.count,
                inQuarter.filter { $0.status == .missed }.count)
    }

    /// This month's planned meetings not yet held nor scheduled: what home names.
    public func unscheduled(in month: Int) -> [Item] { items.filter { $0.planned.month == month && $0.status == .due } }
}
