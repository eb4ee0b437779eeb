import PartyDayKit

/// What a Plan form is for; its answer comes back to `PlanForms.receive`.
public enum PlanForm: Equatable, AddressedForm {
    case meeting(year: Int, id: String?)
    case task(year: Int, id: String?)
    case adopt(year: Int)

    var purpose: FormPurpose { .addressed(FormAddress(.plan, self)) }
}

extension FieldKey {
    static let month = FieldKey.named("month")
    static let themeDay = FieldKey.named("theme-day")
    static let responsible = FieldKey.named("responsible")
    static let check = FieldKey.named("check")
}

enum PlanForms {
    static let types = MeetingType.allCases

    static func meeting(_ planned: PlannedMeeting?, year: Int, _ context: ScreenContext) -> Form {
        let s = context.strings
        let groups = context.branch?.activeGroups(on: context.today) ?? []
        let month = planned?.month ?? (year == context.today.year ? context.today.month : 1)
        return Form(PlanForm.meeting(year: year, id: planned?.id).purpose,
                    title: planned == nil ? s.t("A planned meeting (\(year))", "\(year)年度计划：新增会议") : s.t("A planned meeting", "计划会议"), fields: [
                        .choice(.kind, s.fieldTypes, types.map(s.typeName), selected: planned.flatMap { types.firstIndex(of: $0.type) } ?? types.firstIndex(of: .partyLecture)!),
                        FormField(.month, s.t("Month", "月份"), .number(1...12), value: "\(month)"),
                        .choice(.group, s.fieldPartyGroup, [s.none] + groups.map(\.name),
                                selected: planned?.partyGroupID.flatMap { id in groups.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0),
                        FormField(.theme, s.fieldTheme, .text(required: false), value: planned?.theme ?? ""),
                        .person(.lecturer, s.t("Lecturer (a lecture)", "主讲人（党课）"), planned?.lecturer, required: false),
                    ], candidates: context.members.filter { $0.snapshot(on: context.today) != nil }.map { PersonCandidate(person: .member($0), detail: "") })
    }

    static func task(_ task: PlanTask?, year: Int, _ context: ScreenContext) -> Form {
        let s = context.strings
        return Form(PlanForm.task(year: year, id: task?.id).purpose, title: s.t("A task of the plan (四落实)", "计划任务（四落实）"), fields: [
            FormField(.text, s.t("Content", "任务内容"), .multiline, value: task?.content ?? ""),
            FormField(.time, s.t("Time", "完成时间"), .text(required: false), value: task?.time ?? ""),
            FormField(.measures, s.t("Measures", "工作措施"), .text(required: false), value: task?.measures ?? ""),
            FormField(.responsible, s.t("Responsible", "责任人"), .text(required: false), value: task?.responsible ?? ""),
            FormField(.check, s.t("Check", "检查考核"), .text(required: false), value: task?.check ?? ""),
            FormField(.day, s.t("Done on (empty: not yet)", "完成日期（空：未完成）"), .day(required: false), value: task?.doneOn?.description ?? ""),
        ])
    }

    static func adopt(_ plan: YearPlan, _ context: ScreenContext) -> Form {
        let s = context.strings
        let meetings = committeeMeetings(plan.year, context)
        return Form(PlanForm.adopt(year: plan.year).purpose, title: s.t("The plan of \(plan.year): adopted", "\(plan.year)年度计划：通过"), fields: [
            FormField(.day, s.t("Adopted on", "通过日期"), .day(required: true), value: (plan.adoptedOn ?? context.today).description),
            .choice(.meeting, s.t("At the meeting", "通过的会议"), [s.t("— not in partyday —", "— 未在 partyday 中记录 —")] + meetings.map { "\($0.day(in: context.timeZone)) \($0.theme)" },
                    selected: plan.adoptedAtMeetingID.flatMap { id in meetings.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0),
            FormField(.themeDay, s.t("Theme Party Day: day of the month (empty: none fixed)", "主题党日固定日期（每月几日，空：不固定）"), .number(1...31),
                      value: plan.themePartyDayDay.map(String.init) ?? ""),
        ])
    }

    /// The committee and general meetings around the plan's start (the year before's end included).
    static func committeeMeetings(_ year: Int, _ context: ScreenContext) -> [MeetingSummary] {
        Array(context.meetings.filter { summary in
            (summary.types.contains(.committeeMeeting) || summary.types.contains(.generalMeeting)) && [year - 1, year].contains(summary.day(in: context.timeZone).year)
        }.prefix(30))
    }

    static let replies = FormReplies.asking(receive)

    static func receive(_ form: Form, _ context: ScreenContext) -> [Intent] {
        let s = context.strings
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? PlanForm else { return [] }
        guard context.plans.loaded else { return [.note(s.t("The plan files are not read yet.", "年度计划文件尚未读入。"), error: true)] }
        let refuse = form.refusal(s.language)
        func put(_ plan: YearPlan, _ english: String, _ chinese: String) -> [Intent] {
            if let issue = PlanValidation.issue(plan) { return refuse(issue.sentence) }
            return [.changePlan(.put(plan, label: Phrase("the plan of \(plan.year): \(english)", "\(plan.year)年度计划：\(chinese)"))),
                    .note(s.t("The plan of \(plan.year): \(english).", "\(plan.year)年度计划：\(chinese)。"), error: false)]
        }
        switch purpose {
        case let .meeting(year, id):
            var plan = context.plans.plan(year) ?? YearPlan(year: year)
            guard let month = Int(form.text(.month)), (1...12).contains(month) else { return refuse(Wording("The month is 1 to 12.", "月份为 1 至 12。")) }
            let type = types[min(form.choice(.kind), types.count - 1)]
            let groups = context.branch?.activeGroups(on: context.today) ?? []
            let choice = form.choice(.group)
            let group = choice > 0 && choice <= groups.count ? groups[choice - 1].id : nil
            if type == .partyGroupMeeting && group == nil { return refuse(Wording("A party group meeting names its group.", "党小组会要选择党小组。")) }
            let lecturer = form.person(.lecturer).map(context.onRoster)
            var planned = PlannedMeeting(id: id ?? ShortID.make(), type: type, month: month, partyGroupID: group, theme: form.text(.theme), lecturer: lecturer)
            if let id, let index = plan.meetings.firstIndex(where: { $0.id == id }) {
                planned.id = id
                plan.meetings[index] = planned
            } else {
                plan.meetings.append(planned)
            }
            return put(plan, "\(context.plannedName(planned)) in month \(month)", "\(month)月\(context.plannedName(planned))")
        case let .task(year, id):
            var plan = context.plans.plan(year) ?? YearPlan(year: year)
            let content = form.text(.text).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !content.isEmpty else { return refuse(Wording("A task needs its content.", "任务内容不能为空。")) }
            let doneText = form.text(.day)
            let done = doneText.isEmpty ? nil : form.day(.day)
            if !doneText.isEmpty && done == nil { return refuse(Wording("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。")) }
            let task = PlanTask(id: id ?? ShortID.make(), content: content, time: form.text(.time), measures: form.text(.measures),
                                responsible: form.text(.responsible), check: form.text(.check), doneOn: done)
            if let id, let index = plan.tasks.firstIndex(where: { $0.id == id }) { plan.tasks[index] = task } else { plan.tasks.append(task) }
            return put(plan, "a task", "任务“\(content.prefix(12))”")
        case let .adopt(year):
            var plan = context.plans.plan(year) ?? YearPlan(year: year)
            guard let day = form.day(.day) else { return refuse(Wording("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。")) }
            let meetings = committeeMeetings(year, context)
            let choice = form.choice(.meeting)
            plan.adoptedOn = day
            plan.adoptedAtMeetingID = choice > 0 && choice <= meetings.count ? meetings[choice - 1].id : nil
            plan.themePartyDayDay = Int(form.text(.themeDay)).flatMap { (1...31).contains($0) ? $0 : nil }
            return put(plan, "adopted on \(day)", "\(day) 通过")
        }
    }
}
