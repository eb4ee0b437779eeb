import PartyDayKit

/// `T` on the Members screen: a member arrives with a letter of transfer in (组织关系介绍信).
/// One form holds the person and the letter; the roster gains the member from the day they
/// report (status "transferred in"), their away record keeps the letter, in one change.
enum ArrivalForm {
    static let kinds: [TransferLetter.Kind] = [.permanent, .temporary]
    static let scopes: [TransferLetter.Scope] = [.withinSystem, .acrossSystems]

    static func form(_ context: ScreenContext) -> Form {
        let s = context.strings
        let groups = context.branch?.activeGroups(on: context.today) ?? []
        return Form(AwayForm.arrival.purpose, title: s.t("A member arrives with a letter of transfer in", "党员转入（持组织关系介绍信）"), fields: [
            FormField(.name, s.fieldName, .text(required: true)),
            FormField(.gender, s.fieldGender, .text(required: false)),
            FormField(.joined, s.fieldJoined, .day(required: false)),
            .choice(.category, s.fieldCategory, MemberCategory.allCases.map(s.categoryName), selected: 0),
            FormField(.probationStart, s.fieldProbationStart, .day(required: false)),
            .choice(.group, s.fieldPartyGroup, [s.none] + groups.map(\.name), selected: 0),
            FormField(.organization, s.t("From (the issuing organization)", "转自（开出介绍信的党组织）"), .text(required: true)),
            FormField(.number, s.t("Letter number", "介绍信编号"), .text(required: false)),
            .choice(.kind, s.t("Kind", "类别"), [s.t("permanent", "正式转移"), s.t("temporary (study, secondment, work away)", "临时转移（学习、借调、外出务工）")], selected: 0),
            .choice(.scope, s.t("Within the system or across", "系统内/跨系统"), [s.t("within the system", "系统内"), s.t("across systems", "跨系统")], selected: 0),
            FormField(.day, s.t("Letter issued on", "介绍信开出日期"), .day(required: true)),
            FormField(.validUntil, s.t("Valid until", "有效期至"), .day(required: false)),
            FormField(.duesThrough, s.t("Dues paid up to (YYYY-MM)", "党费交至（年-月）"), .text(required: false)),
            FormField(.since, s.t("Reported on (on the roster from)", "报到日期（自该日列入名册）"), .day(required: true), value: context.today.description),
            FormField(.phone, s.fieldPhone, .text(required: false)),
        ])
    }

    static func receive(_ form: Form, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        let s = context.strings
        func refuse(_ english: String, _ chinese: String) -> [Intent] {
            var shown = form
            shown.error = s.t(english, chinese)
            return [.openForm(shown)]
        }
        let name = form.text(.name)
        guard let issued = form.day(.day), let reported = form.day(.since) else { return refuse("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。") }
        guard reported <= context.today else { return refuse("\(reported) is after today.", "\(reported) 晚于今天。") }
        guard issued <= reported else { return refuse("The letter is issued on or before the day the member reports.", "介绍信开出日期应不晚于报到日期。") }
        if let joined = form.day(.joined), joined > reported { return refuse("Joined the Party after reporting here?", "入党时间晚于报到日期。") }
        let dues = form.text(.duesThrough)
        guard dues.isEmpty || YearMonth(dues) != nil else { return refuse("Dues paid up to is written YYYY-MM.", "党费交至的格式为 年-月（如 2026-11）。") }
        if context.members.contains(where: { $0.name == name && $0.snapshot(on: reported) != nil }) {
            return refuse("\(name) is on the roster already: record the letter with o on them.", "\(name)已在名册上：请在该党员上按 o 录入介绍信。")
        }
        let groups = context.branch?.activeGroups(on: context.today) ?? []
        let groupChoice = form.choice(.group)
        let category = MemberCategory.allCases[min(form.choice(.category), MemberCategory.allCases.count - 1)]
        var member = Member(id: ids.id(), name: name, joinedOn: form.day(.joined), onRosterSince: reported, category: category,
                            probationStart: category == .probationary ? form.day(.probationStart) : nil,
                            partyGroupID: groupChoice > 0 && groupChoice <= groups.count ? groups[groupChoice - 1].id : nil, status: .transferredIn)
        member.setContact(gender: form.text(.gender), phone: form.text(.phone), notes: "")
        if category == .probationary, let start = member.probationStart { member.plannedConversion = start.adding(months: 12) }
        // The branch returns the receipt (回执) to the sender the day the member reports.
        let letter = TransferLetter(id: ids.shortID(), direction: .in, kind: kinds[min(form.choice(.kind), 1)], scope: scopes[min(form.choice(.scope), 1)],
                                    number: form.text(.number), organization: form.text(.organization), issuedOn: issued,
                                    validUntil: form.day(.validUntil), duesPaidThrough: YearMonth(dues), receiptOn: reported)
        let record = AwayRecord(memberID: member.id, name: name, letters: [letter])
        if let issue = AwayValidation.issue(record) { return refuse(issue.sentence.english, issue.sentence.chinese) }
        return [.changeAway(.arrive(member, record, label: Phrase("\(name) transferred in", "\(name)转入"))),
                .note(s.t("\(name) is on the roster from \(reported), transferred in from \(letter.organization).",
                          "\(name)自 \(reported) 列入名册（转自\(letter.organization)）。"), error: false)]
    }
}
