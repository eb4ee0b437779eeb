import PartyDayKit

/// What a Talks form is for; its answer comes back to `TalkForms.receive`.
public enum TalkForm: Equatable, AddressedForm {
    case add
    case edit(id: String)

    /// Addressed to the Talks screen.
    var purpose: FormPurpose { .addressed(FormAddress(.talks, self)) }
}

extension FieldKey {
    static let talker = FieldKey.named("talker")
    static let partner = FieldKey.named("partner")
    static let occasion = FieldKey.named("occasion")
    static let topics = FieldKey.named("topics")
    static let agreed = FieldKey.named("agreed")
    static let followUp = FieldKey.named("follow-up")
    static let makePledge = FieldKey.named("make-pledge")
}

/// The Talks screen's form, built from the context, and its answer.
enum TalkForms {
    /// A talk to record (`talk` nil) or correct; a new one is led by the secretary.
    static func talk(_ talk: Talk?, partner: PersonRef?, _ context: ScreenContext) -> Form {
        let s = context.strings, language = s.language
        let secretary = context.members.first { $0.role.value(on: context.today)?.kind == .secretary && $0.snapshot(on: context.today) != nil }
        let talker = talk?.talker ?? secretary.map(PersonRef.member)
        let occasions = occasionChoices(talk, context)
        return Form((talk.map { TalkForm.edit(id: $0.id) } ?? .add).purpose,
                    title: talk == nil ? s.t("A talk (谈心谈话)", "记录谈心谈话") : s.t("The talk \(talk!.name)", "谈心谈话：\(talk!.name)"),
                    // The one talked with first: the secretary leads most talks, and it is today.
                    fields: [
                        .person(.partner, s.t("With", "谈话对象"), talk?.partner ?? partner, required: true),
                        FormField(.day, s.t("Day", "日期"), .day(required: true), value: (talk?.day ?? context.today).description),
                        .person(.talker, s.t("Talked (who led it)", "谈话人"), talker, required: true),
                        .choice(.occasion, s.t("Occasion", "事由"), occasions,
                                selected: talk.map { occasions.firstIndex(of: $0.occasionText(language)) ?? occasions.count - 1 } ?? 0),
                        FormField(.topics, s.t("Topics", "谈话内容"), .multiline, value: talk?.topics ?? ""),
                        FormField(.agreed, s.t("Agreed", "商定事项"), .text(required: false), value: talk?.agreed ?? ""),
                        .toggle(.makePledge, s.t("Agreed: a pledge to follow up", "商定事项作为承诺跟踪"), on: talk?.pledge != nil),
                        FormField(.due, s.t("Pledge due by", "承诺兑现期限"), .day(required: false), value: talk?.pledge?.due?.description ?? ""),
                        FormField(.followUp, s.t("Follow-up", "后续跟进"), .text(required: false), value: talk?.followUp ?? ""),
                    ],
                    candidates: context.members.filter { $0.snapshot(on: context.today) != nil }.map { PersonCandidate(person: .member($0), detail: "") })
    }

    static let replies = FormReplies.scoped(\.talksScreen, ids: true) { screen, form, context, ids in
        let intents = receive(form, context, &ids)
        // A talk added shows on the register of its year.
        if case let .addressed(address) = form.purpose, address.form as? TalkForm == .add, let day = form.day(.day),
           intents.contains(where: { if case .changeTalks = $0 { true } else { false } }) {
            screen.year = day.year
        }
        return intents
    }

    static func receive(_ form: Form, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        let s = context.strings
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? TalkForm else { return [] }
        guard context.talks.loaded else { return [.note(s.t("The talk files are not read yet.", "谈心谈话文件尚未读入。"), error: true)] }
        let refuse = form.refusal(s.language)
        guard let day = form.day(.day) else { return refuse(Wording("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。")) }
        guard day <= context.today else { return refuse(Wording("\(day) is after today: a talk is recorded once held.", "\(day) 晚于今天：谈话后再记录。")) }
        guard let talker = form.person(.talker).map(context.onRoster), let partner = form.person(.partner).map(context.onRoster) else {
            return refuse(Wording("Both people are needed.", "谈话人和谈话对象都要填写。"))
        }
        let occasions = occasionChoices(editedTalk(purpose, context), context)
        let chosen = min(form.choice(.occasion), occasions.count - 1)
        let (occasion, occasionName) = chosen == 0 ? (.yearly, nil) : chosen == occasions.count - 1 ? (.other, nil) : TalkOccasion.named(occasions[chosen])
        var talk = Talk(id: "new", day: day, talker: talker, partner: partner, occasion: occasion,
                        topics: form.text(.topics), agreed: form.text(.agreed), followUp: form.text(.followUp))
        talk.occasionName = occasionName
        if form.isOn(.makePledge) {
            guard !form.text(.agreed).isEmpty else { return refuse(Wording("A pledge needs what was agreed.", "作为承诺跟踪，要先填写商定事项。")) }
            // Corrected, the pledge keeps its id, status and reviews.
            var pledge = editedTalk(purpose, context)?.pledge ?? Pledge(id: ids.shortID(), by: partner, text: "")
            pledge.by = partner
            pledge.text = form.text(.agreed)
            pledge.due = form.day(.due)
            talk.pledge = pledge
        }
        switch purpose {
        case .add:
            if let issue = TalkValidation.issue(talk) { return refuse(issue.sentence) }
            return [.changeTalks(.add(talk)), .note(s.t("Recorded the talk \(talk.name) (\(day)).", "已记录谈心谈话 \(talk.name)（\(day)）。"), error: false)]
        case let .edit(id):
            guard context.talks.talk(id) != nil else { return [] }
            talk.id = id
            if let issue = TalkValidation.issue(talk) { return refuse(issue.sentence) }
            return [.changeTalks(.update(talk)), .note(s.t("The talk \(talk.name) is corrected.", "谈心谈话 \(talk.name) 已更正。"), error: false)]
        }
    }

    /// What the occasion choice offers: the yearly talk, the branch's list (or the common
    /// one), a talk's own occasion no longer listed, and "other".
    static func occasionChoices(_ talk: Talk?, _ context: ScreenContext) -> [String] {
        let language = context.strings.language
        var listed = TalkOccasion.listed(by: context.branch, language)
        if let talk, talk.occasion != .yearly, talk.occasion != .other || talk.occasionName != nil, !listed.contains(talk.occasionText(language)) {
            listed.append(talk.occasionText(language))
        }
        return [TalkOccasion.yearly.name.text(language)] + listed + [TalkOccasion.other.name.text(language)]
    }

    static func editedTalk(_ purpose: TalkForm, _ context: ScreenContext) -> Talk? {
        if case let .edit(id) = purpose { context.talks.talk(id) } else { nil }
    }
}
