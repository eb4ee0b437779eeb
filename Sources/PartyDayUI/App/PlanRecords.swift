import PartyDayKit

/// The year plans as the screens share them (the Plan screen, home's "planned, not yet
/// scheduled"), one per year.
public struct PlanRecords: SharedRecords {
    public var records: [YearPlan] = []
    public var loaded = false
    var requested = false
    public var problems: [FileProblem] = []
    var version = 0
    /// Home's line about this month's planned meetings not yet scheduled, worked out when
    /// the plans, the meetings or the day change — not on every frame.
    var homeLine = HomeLineCache<[String]>()

    public func plan(_ year: Int) -> YearPlan? { records.first { $0.year == year } }

    static func ordered(_ records: [YearPlan]) -> [YearPlan] { records.sorted { $0.year < $1.year } }
}

/// A change to a year's plan (the whole plan as changed); through the pipe, so `u` undoes it.
public enum PlanChange: Sendable {
    case put(YearPlan, label: Phrase)
}

extension AppState {
    mutating func change(_ change: PlanChange, _ effects: inout [Effect]) {
        guard plans.loaded else { return }
        switch change {
        case let .put(plan, label):
            let before: RecordValue = plans.plan(plan.year).map { .plan($0) } ?? .noPlan(id: plan.id)
            if case let .plan(old) = before, old == plan { return }
            commit(RecordEdit(before: [before], after: [.plan(plan)], label: label), &effects)
        }
    }

    /// Works out home's plan line again when what it rests on changed.
    mutating func refreshPlanHomeLine() {
        guard plans.loaded else { return }
        let key = HomeLineKey(version: plans.version, inputs: summariesVersion, day: today, language: strings.language)
        guard !plans.homeLine.isCurrent(key) else { return }
        let (plan, summaries, zone, today, context) = (plans.plan(today.year), summaries, timeZone, today, ScreenContext(app: self))
        plans.homeLine.refresh(key) {
            guard let plan else { return [] }
            return PlanProgress(plan, summaries: summaries, zone: zone, asOf: today).unscheduled(in: today.month).map { context.plannedName($0.planned) }
        }
    }
}

extension ScreenContext {
    /// "党课（王建国主讲）", "党小组会（酸洗党小组）": a planned meeting as lists name it.
    func plannedName(_ planned: PlannedMeeting) -> String {
        let s = strings
        var name = s.typeName(planned.type)
        if let group = planned.partyGroupID.flatMap({ id in branch?.partyGroups.first { $0.id == id } }) { name += s.t(" (\(group.name))", "（\(group.name)）") }
        if let lecturer = planned.lecturer { name += s.t(" (\(lecturer.name) lectures)", "（\(lecturer.name)主讲）") }
        return name
    }
}
