import PartyDayKit

/// The answers to the Development forms, addressed back here (`FormAddress` naming the Development screen):
/// a value that does not read reopens the form with a message; a good one asks for the
/// change, which the root makes through the pipe.
extension DevelopmentForms {
    /// The answers, to the screen's own state too: a step recorded moves the highlight to
    /// the step after it, as a secretary goes through a file.
    static let replies = FormReplies.scoped(\.developmentScreen) { screen, form, context in
        let intents = receive(form, context)
        if case let .addressed(address) = form.purpose, case let .step(_, step)? = address.form as? DevelopmentForm,
           intents.contains(where: { if case .changeDevelopment = $0 { true } else { false } }), !form.text(.day).isEmpty {
            screen.step.index = min(step.rawValue, DevelopmentStep.allCases.count - 1)
        }
        return intents
    }

    static func receive(_ form: Form, _ context: ScreenContext) -> [Intent] {
        let s = context.strings
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? DevelopmentForm else { return [] }
        guard context.development.loaded else { return [.note(s.t("The development files are not read yet.", "发展党员文件尚未读入。"), error: true)] }
        func refuse(_ english: String, _ chinese: String) -> [Intent] { [.note(s.t(english, chinese), error: true), .openForm(form)] }
        func update(_ person: DevelopmentPerson, _ english: String, _ chinese: String, roster: RosterStep? = nil) -> [Intent] {
            if let issue = DevelopmentValidation.issue(person) { return refuse(issue.english.capitalizedFirst + ".", issue.chinese + "。") }
            // Undo names whose file it was ("已撤销：钱晓：2026-03-01 考察意见").
            return [.changeDevelopment(.update(person, label: Phrase("\(person.name): \(english)", "\(person.name)：\(chinese)"), roster: roster)),
                    .note(s.t("\(person.name): \(english).", "\(person.name)：\(chinese)。"), error: false)]
        }
        switch purpose {
        case .addPerson:
            guard let applied = form.day(.day) else { return refuse("The day the application was received is needed.", "需要填写收到申请书的日期。") }
            guard applied <= context.today else { return refuse("\(applied) is after today.", "\(applied) 晚于今天。") }
            var person = DevelopmentPerson(id: "new", name: form.text(.name).trimmingCharacters(in: .whitespaces), gender: form.text(.gender),
                                           birthDate: form.day(.birth), unit: form.text(.unit), post: form.text(.post))
            person.record(DevelopmentStepEntry(.application, on: applied))
            if let issue = DevelopmentValidation.issue(person) { return refuse(issue.english.capitalizedFirst + ".", issue.chinese + "。") }
            return [.changeDevelopment(.add(person, label: Phrase("adding the applicant \(person.name)", "新增入党申请人\(person.name)"))),
                    .note(s.t("\(person.name) added as an applicant (application of \(applied)).", "已新增入党申请人\(person.name)（\(applied) 递交申请书）。"), error: false)]
        case let .editPerson(id):
            guard var person = context.development.person(id) else { return [] }
            person.name = form.text(.name).trimmingCharacters(in: .whitespaces)
            person.gender = form.text(.gender)
            person.birthDate = form.day(.birth)
            person.unit = form.text(.unit)
            person.post = form.text(.post)
            return update(person, "details changed", "基本信息已修改")
        case let .step(id, step):
            guard var person = context.development.person(id) else { return [] }
            guard !form.text(.day).isEmpty else {
                guard person.entry(step) != nil else { return [] }
                person.steps.removeAll { $0.step == step }
                return update(person, "step \(step.number) cleared", "第\(step.number)步已清除")
            }
            guard let day = form.day(.day) else { return refuse("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。") }
            guard day <= context.today else { return refuse("\(day) is after today: a step is recorded once done.", "\(day) 晚于今天：步骤完成后才记录。") }
            var entry = DevelopmentStepEntry(step, on: day, by: form.text(.by), document: form.text(.document), note: form.text(.note))
            if step.isMeetingStep {
                let meetings = deciding(context)
                let chosen = form.choice(.meeting)
                if chosen > 0, chosen <= meetings.count {
                    entry.meetingID = meetings[chosen - 1].id
                    entry.body = DecidingBody.of(meetings[chosen - 1].types)
                } else {
                    entry.body = DecidingBody.allCases[min(form.choice(.kind), DecidingBody.allCases.count - 1)]
                }
            } else if !step.decidingBodies.isEmpty {
                entry.body = step.decidingBodies.first
            }
            if step == .training {
                entry.days = form.number(.days)
                entry.hours = form.number(.hours)
            }
            if [.admissionVote, .admissionApproval, .conversionVote, .conversionApproval].contains(step) {
                let outcomes: [DevelopmentOutcome] = step == .conversionVote ? DevelopmentOutcome.allCases : [.passed, .refused]
                entry.outcome = outcomes[min(form.choice(.outcome), outcomes.count - 1)]
                if entry.outcome == .passed { entry.outcome = nil }
            }
            if step == .conversionVote {
                let months = form.number(.extensionMonths)
                if entry.outcome == .extended {
                    guard (6...12).contains(months) else { return refuse("An extension is 6 to 12 months.", "延长预备期为六个月至一年。") }
                    entry.extensionMonths = months
                } else if let earlier = person.entry(.conversionVote)?.extensionMonths {
                    // Voting again after an extension keeps the extension on the file.
                    entry.extensionMonths = earlier
                }
            }
            person.record(entry)
            let label = ("step \(step.number), \(step.name.english), on \(day)", "第\(step.number)步“\(step.name.chinese)”（\(day)）")
            // Admission approved: the person joins the roster from the general meeting's day.
            if step == .admissionApproval, entry.outcome == nil, person.memberID == nil, let admitted = person.entry(.admissionVote), admitted.outcome == nil {
                let groups = context.branch?.activeGroups(on: context.today) ?? []
                let group = form.choice(.group)
                let member = Member(name: person.name, joinedOn: admitted.day, onRosterSince: admitted.day, category: .probationary,
                                    probationStart: admitted.day, partyGroupID: group > 0 && group <= groups.count ? groups[group - 1].id : nil)
                return update(person, label.0 + "; joins the roster as a probationary member from \(admitted.day)",
                              label.1 + "；自 \(admitted.day) 起作为预备党员列入名册", roster: .join(member))
            }
            // Conversion approved: full from the end of probation, the vote from the approval.
            if step == .conversionApproval, entry.outcome == nil, let memberID = person.memberID, let end = DevelopmentRules.probationEnd(person) {
                return update(person, label.0 + "; a full member from \(end)", label.1 + "；自 \(end) 起为正式党员", roster: .convert(memberID: memberID, fullFrom: end, approvedOn: day))
            }
            return update(person, label.0, label.1)
        case let .contact(id), let .sponsor(id):
            guard var person = context.development.person(id), let from = form.day(.from) else { return [] }
            guard let who = form.person(.name) else { return refuse("Pick a member.", "请选择一名党员。") }
            let to = form.day(.to)
            if let to, to < from { return refuse("The last day is before the first.", "截止日期早于开始日期。") }
            let sponsorship = Sponsorship(memberID: who.memberID, name: who.name, from: from, to: to)
            if case .sponsor = purpose {
                person.sponsors.removeAll { $0.name == who.name }
                person.sponsors.append(sponsorship)
                return update(person, "\(who.name) is a sponsor from \(from)", "\(who.name)自 \(from) 起为入党介绍人")
            }
            person.contacts.removeAll { $0.name == who.name }
            person.contacts.append(sponsorship)
            if person.entry(.contactsAssigned) == nil { person.record(DevelopmentStepEntry(.contactsAssigned, on: from)) }
            return update(person, "\(who.name) is a contact from \(from)", "\(who.name)自 \(from) 起为培养联系人")
        case let .report(id), let .assessment(id):
            guard var person = context.development.person(id), let day = form.day(.day) else { return [] }
            let note = DatedNote(day: day, by: form.text(.by), text: form.text(.text))
            if case .report = purpose {
                person.reports.append(note)
                person.reports.sort { $0.day < $1.day }
                return update(person, "written report of \(day)", "\(day) 思想汇报")
            }
            person.assessments.append(note)
            person.assessments.sort { $0.day < $1.day }
            return update(person, "assessment of \(day)", "\(day) 考察意见")
        case let .notice(id, step):
            guard var person = context.development.person(id), let from = form.day(.from), let to = form.day(.to) else { return [] }
            guard from <= to else { return refuse("The notice ends before it starts.", "公示截止日期早于开始日期。") }
            person.notices.removeAll { $0.step == step }
            person.notices.append(PublicNotice(step: step, from: from, to: to))
            person.notices.sort { $0.from < $1.from }
            return update(person, "notice of “\(step.name.english)” from \(from) to \(to)", "“\(step.name.chinese)”公示 \(from) 至 \(to)")
        case .limits:
            let steps: [DevelopmentStep] = [.activistDecided, .candidateDecided, .committeeReview, .conversionRequest]
            let chosen = form.chosen(.kind)
            let limits = DevelopmentLimits(monthsBeforeActivist: form.number(.months), reportMonths: form.number(.text),
                                           probationAssessmentMonths: form.number(.step), reviewValidMonths: form.number(.since),
                                           preReviewMonths: form.number(.to), archiveDays: form.number(.days),
                                           noticeSteps: steps.indices.filter(chosen.contains).map { steps[$0] }, noticeWorkingDays: form.number(.hours))
            if let problem = limits.problem { return refuse(problem.english.capitalizedFirst + ".", problem.chinese + "。") }
            let unchanged = limits == (context.branch?.development ?? .defaults)
            return unchanged ? [] : [.changeDevelopment(.limits(limits == .defaults ? nil : limits)),
                                     .note(s.t("The development time limits are saved.", "发展党员时限设置已保存。"), error: false)]
        case let .departure(id):
            guard var person = context.development.person(id), let day = form.day(.day) else { return [] }
            let reason = Departure.Reason.allCases[min(form.choice(.reason), Departure.Reason.allCases.count - 1)]
            person.departure = Departure(day: day, reason: reason, note: form.text(.note))
            return update(person, "left the pipeline on \(day) (\(reason.name.english))", "\(day) 退出发展程序（\(reason.name.chinese)）")
        }
    }
}
