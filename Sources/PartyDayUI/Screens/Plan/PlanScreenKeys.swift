import PartyDayKit

/// The Plan screen's keys: the calendar's and the tasks'.
extension KeyScope {
    static let planKeys: [KeyBinding] = [
        KeyBinding([.char("a")], label: Phrase("add", "添加"), help: Phrase("add a planned meeting to the calendar (or a task, in the tasks)", "在计划中添加一次会议（在任务列表中添加任务）"),
                   hint: 1, writes: true, scope: \.planScreen) { screen, context, _ in
            let year = screen.shownYear(context)
            return [.openForm(screen.showTasks ? PlanForms.task(nil, year: year, context) : PlanForms.meeting(nil, year: year, context))]
        }.disabled(Unavailable.plansNotRead),
        KeyBinding([.char("n")], label: Phrase("new meeting", "新建会议"),
                   help: Phrase("the highlighted planned meeting as a new meeting: its type, group, theme and lecturer filled in", "按所选计划新建会议：类型、党小组、主题和主讲人已填好"),
                   hint: 2, writes: true, scope: \.planScreen) { screen, context, _ in
            guard let planned = screen.highlightedMeeting(context), let form = context.newMeetingForm(from: planned, year: screen.shownYear(context)) else { return [] }
            return [.openForm(form)]
        }.disabled(Unavailable.noPlannedMeeting),
        KeyBinding([.key(.enter)], label: Phrase("edit", "修改"), help: Phrase("change the highlighted planned meeting or task", "修改所选计划会议或任务"),
                   hint: 3, writes: true, scope: \.planScreen) { screen, context, _ in
            let year = screen.shownYear(context)
            if let task = screen.highlightedTask(context) { return [.openForm(PlanForms.task(task, year: year, context))] }
            return screen.highlightedMeeting(context).map { [.openForm(PlanForms.meeting($0, year: year, context))] } ?? []
        },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("remove", "删除"), help: Phrase("remove the highlighted entry from the plan (u brings it back)", "从计划中删除所选条目（u 可撤销）"),
                   hint: 6, writes: true, scope: \.planScreen) { screen, context, _ in
            var plan = screen.plan(context)
            if let task = screen.highlightedTask(context) {
                plan.tasks.removeAll { $0.id == task.id }
            } else if let planned = screen.highlightedMeeting(context) {
                plan.meetings.removeAll { $0.id == planned.id }
            } else {
                return []
            }
            return [.changePlan(.put(plan, label: Phrase("removing an entry of the plan of \(plan.year)", "删除\(plan.year)年度计划中的一项")))]
        },
        KeyBinding([.char("t")], label: Phrase("tasks", "任务"), help: Phrase("the plan's tasks (四落实), or its calendar of meetings", "计划任务（四落实），或会议安排"),
                   hint: 4, scope: \.planScreen) { screen, _, _ in
            screen.showTasks.toggle()
            screen.cursor.index = 0
            return []
        },
        KeyBinding([.char("A")], label: Phrase("adopted", "通过"), help: Phrase("the day and meeting that adopted the plan, and the theme Party Day's fixed day",
                                                                                "计划通过的日期和会议，以及主题党日的固定日期"),
                   hint: 5, writes: true, scope: \.planScreen) { screen, context, _ in
            [.openForm(PlanForms.adopt(screen.plan(context), context))]
        }.disabled(Unavailable.plansNotRead),
        KeyBinding([.key(.left), .char("[")], label: Phrase("year", "上一年"), help: Phrase("the year before", "上一年"), scope: \.planScreen) { screen, context, _ in
            screen.year = screen.shownYear(context) - 1
            screen.cursor.index = 0
            return []
        },
        KeyBinding([.key(.right), .char("]")], label: Phrase("next year", "下一年"), help: Phrase("the year after (plan next year in December)", "下一年（十二月可制定下一年计划）"),
                   scope: \.planScreen) { screen, context, _ in
            screen.year = screen.shownYear(context) + 1
            screen.cursor.index = 0
            return []
        },
    ]
}

extension Unavailable {
    @Sendable static func plansNotRead(_ state: AppState) -> Phrase? {
        state.plans.loaded ? nil : Phrase("the plan files are not read yet", "年度计划文件尚未读入")
    }

    @Sendable static func noPlannedMeeting(_ state: AppState) -> Phrase? {
        if let reason = plansNotRead(state) { return reason }
        if state.planScreen.showTasks { return Phrase("the tasks are shown: t goes back to the meetings", "当前显示任务：按 t 回到会议安排") }
        return state.planScreen.highlightedMeeting(ScreenContext(app: state)) == nil ? Phrase("no planned meeting: a adds one", "没有计划会议：按 a 添加") : nil
    }
}
