import PartyDayKit

/// The Plan screen's own state: the year shown, the calendar of meetings or the tasks, and
/// the highlight. The plans themselves it reads through the `ScreenContext`.
public struct PlanScreenState: Sendable {
    public var year: Int?
    /// The tasks (四落实) instead of the meetings' calendar.
    public var showTasks = false
    public var cursor = ListCursor()

    func shownYear(_ context: ScreenContext) -> Int { year ?? context.today.year }

    /// The year's plan, or an empty one not yet saved.
    func plan(_ context: ScreenContext) -> YearPlan {
        let year = shownYear(context)
        return context.plans.plan(year) ?? YearPlan(year: year)
    }

    func progress(_ context: ScreenContext) -> PlanProgress {
        PlanProgress(plan(context), summaries: context.meetings, zone: context.timeZone, asOf: context.today)
    }

    /// The planned meeting highlighted (calendar order), or the task.
    func highlightedMeeting(_ context: ScreenContext) -> PlannedMeeting? {
        let calendar = plan(context).calendar
        return !showTasks && cursor.index < calendar.count ? calendar[cursor.index] : nil
    }

    func highlightedTask(_ context: ScreenContext) -> PlanTask? {
        let tasks = plan(context).tasks
        return showTasks && cursor.index < tasks.count ? tasks[cursor.index] : nil
    }
}

extension AppState {
    var planRowCount: Int {
        let plan = planScreen.plan(ScreenContext(app: self))
        return planScreen.showTasks ? plan.tasks.count : plan.meetings.count
    }
}
