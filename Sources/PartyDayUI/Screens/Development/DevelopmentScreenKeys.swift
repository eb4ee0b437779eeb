import PartyDayKit

/// The Development screen's keys: the pipeline's and a person's timeline's. Each changes
/// the screen's own state and asks for the rest (a form, a message) as intents.
extension KeyScope {
    static let developmentKeys: [KeyBinding] = [
        KeyBinding([.key(.enter)], label: Phrase("timeline", "时间线"), help: Phrase("the highlighted person's 25 steps", "所选人员的 25 个步骤"), hint: 1,
                   scope: \.developmentScreen) { screen, context, _ in
            guard let person = screen.highlighted(context) else { return [] }
            screen.personID = person.id
            // The highlight starts on the next step to take.
            let next = DevelopmentStatus(person, asOf: context.today, rules: DevelopmentRules(limits: context.branch?.development ?? .defaults, members: context.members)).next
            screen.step.index = (next?.rawValue ?? 1) - 1
            return []
        }.disabled(Unavailable.noPersonHighlighted),
        KeyBinding([.char("a")], label: Phrase("applicant", "新申请人"), help: Phrase("a new applicant: who, and the day the application was received", "新的入党申请人：基本信息和收到申请书的日期"),
                   hint: 2, writes: true, scope: \.developmentScreen) { _, context, _ in
            [.openForm(DevelopmentForms.person(nil, context))]
        }.disabled(Unavailable.developmentNotRead),
        KeyBinding([.char("/")], label: Phrase("find", "查找"), help: Phrase("find a person by name, part of it, or pinyin initials", "按姓名、部分姓名或拼音首字母查找"),
                   hint: 3, scope: \.developmentScreen) { screen, _, _ in
            screen.list.startSearch()
            return []
        },
        KeyBinding([.char("l")], label: Phrase("limits", "时限"), help: Phrase("the local time limits a committee adds (reports, assessments, notices …)", "上级党委规定的本地时限（思想汇报、考察、公示等）"),
                   writes: true, scope: \.developmentScreen) { _, context, _ in
            [.openForm(DevelopmentForms.limits(context))]
        },
        KeyBinding([.char("v")], label: Phrase("all", "全部"), help: Phrase("list also those who left or are converted and archived", "同时列出已退出和已转正归档的人员"),
                   hint: 4, scope: \.developmentScreen) { screen, _, _ in
            screen.showAll.toggle()
            screen.list.cursor.index = 0
            return []
        },
    ]

    static let developmentTimelineKeys: [KeyBinding] = [
        KeyBinding([.key(.enter)], label: Phrase("record", "记录"), help: Phrase("record the highlighted step: its day, who, the meeting, its paper", "记录所选步骤：日期、经办人、会议、文件"),
                   hint: 1, writes: true, scope: \.developmentScreen) { screen, context, _ in
            guard let person = screen.open(context) else { return [] }
            return [.openForm(DevelopmentForms.form(for: screen.highlightedStep, person, context))]
        },
        KeyBinding([.char("w")], label: Phrase("report", "思想汇报"), help: Phrase("a written report (思想汇报) received", "收到一份思想汇报"), hint: 2, writes: true,
                   scope: \.developmentScreen) { screen, context, _ in
            screen.open(context).map { [.openForm(DevelopmentForms.dated($0, report: true, context))] } ?? []
        },
        KeyBinding([.char("k")], label: Phrase("assess", "考察"), help: Phrase("an assessment (half-yearly as an activist, on probation as the branch sets)", "一次考察（积极分子每半年，预备期按支部设置）"),
                   hint: 3, writes: true, scope: \.developmentScreen) { screen, context, _ in
            screen.open(context).map { [.openForm(DevelopmentForms.dated($0, report: false, context))] } ?? []
        },
        KeyBinding([.char("c")], label: Phrase("contact", "联系人"), help: Phrase("a contact (培养联系人): a full member, from a day", "培养联系人：正式党员，自某日起"), writes: true,
                   scope: \.developmentScreen) { screen, context, _ in
            screen.open(context).map { [.openForm(DevelopmentForms.sponsorship($0, sponsor: false, context))] } ?? []
        },
        KeyBinding([.char("s")], label: Phrase("sponsor", "介绍人"), help: Phrase("a sponsor (入党介绍人): a full member", "入党介绍人：正式党员"), writes: true,
                   scope: \.developmentScreen) { screen, context, _ in
            screen.open(context).map { [.openForm(DevelopmentForms.sponsorship($0, sponsor: true, context))] } ?? []
        },
        KeyBinding([.char("p")], label: Phrase("notice", "公示"), help: Phrase("the public notice (公示) of the highlighted step", "所选步骤的公示日期"), hint: 4, writes: true,
                   scope: \.developmentScreen) { screen, context, _ in
            screen.open(context).map { [.openForm(DevelopmentForms.notice($0, step: screen.highlightedStep, context))] } ?? []
        },
        KeyBinding([.char("i")], label: Phrase("details", "信息"), help: Phrase("name, gender, birth date, unit and post", "姓名、性别、出生日期、单位和职务"), writes: true,
                   scope: \.developmentScreen) { screen, context, _ in
            screen.open(context).map { [.openForm(DevelopmentForms.person($0, context))] } ?? []
        },
        KeyBinding([.char("x")], label: Phrase("leaves", "退出"), help: Phrase("the person leaves the pipeline (withdrew, not accepted, moved away); the file is kept",
                                                                             "此人退出发展程序（撤回申请、未被接收、调离）；档案保留"), writes: true,
                   scope: \.developmentScreen) { screen, context, _ in
            screen.open(context).map { [.openForm(DevelopmentForms.departure($0, context))] } ?? []
        },
        KeyBinding([.char("e")], label: Phrase("export", "导出"), help: Phrase("write the person's record (发展党员纪实) as .docx and .md into exports/", "将此人的发展党员纪实导出为 .docx 和 .md（exports/）"),
                   hint: 5, scope: \.developmentScreen) { screen, context, _ in
            guard let person = screen.open(context) else { return [] }
            guard let branch = context.branch else { return [] }
            let names = Dictionary(context.meetings.filter { id in person.steps.contains { $0.meetingID == id.id } }
                .map { ($0.id, DevelopmentForms.meetingName($0, context)) }, uniquingKeysWith: { first, _ in first })
            let request = DevelopmentExportRequest(person: person, branch: branch, members: context.members, meetingNames: names,
                                                   today: context.today, language: context.strings.language)
            return [.effect(Effect.exportDevelopment(request).replying(to: .development))]
        },
        KeyBinding([.key(.escape), .key(.backspace)], label: Phrase("back", "返回"), help: Phrase("back to the pipeline", "返回发展党员列表"), hint: 6,
                   scope: \.developmentScreen) { screen, _, _ in
            screen.personID = nil
            return []
        },
    ]
}
