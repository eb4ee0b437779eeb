import PartyDayKit

/// The Members screen's forms for a member away (`o`): first what to record, then its form.
public enum AwayForm: Equatable, AddressedForm {
    case choose(memberID: String)
    case letter(memberID: String, TransferLetter.Direction)
    case receipt(memberID: String)
    case mobile(memberID: String)
    case report(memberID: String)
    case lost(memberID: String)
    case attempt(memberID: String)
    case decision(memberID: String)
    /// A member who arrives with a letter of transfer in: added to the roster with the letter.
    case arrival

    var purpose: FormPurpose { .addressed(FormAddress(.members, self)) }

    var memberID: String {
        switch self {
        case let .choose(id), let .letter(id, _), let .receipt(id), let .mobile(id), let .report(id), let .lost(id), let .attempt(id), let .decision(id): id
        case .arrival: ""
        }
    }
}

extension FieldKey {
    static let number = FieldKey.named("number")
    static let validUntil = FieldKey.named("valid-until")
    static let duesThrough = FieldKey.named("dues-through")
    static let scope = FieldKey.named("scope")
    static let employer = FieldKey.named("employer")
    static let contact = FieldKey.named("contact")
    static let card = FieldKey.named("card")
    static let result = FieldKey.named("result")
}

enum AwayForms {
    /// What `o` offers, in the order a year brings them.
    static let choices: [(english: String, chinese: String)] = [
        ("letter of transfer out (介绍信)", "转出组织关系介绍信"), ("letter of transfer in", "转入组织关系介绍信"), ("the receipt came back (回执)", "介绍信回执返回"),
        ("working away: a mobile member (流动党员)", "外出流动（流动党员登记）"), ("a mobile member's report back", "流动党员汇报"),
        ("out of contact since (失联)", "失去联系"), ("an attempt to reach them", "联系记录"), ("the general meeting's decision (停止/恢复党籍、除名)", "支部大会决定（停止党籍、恢复党籍、除名）"),
    ]

    static func choose(_ member: Member, _ context: ScreenContext) -> Form {
        let s = context.strings
        return Form(AwayForm.choose(memberID: member.id).purpose, title: s.t("\(member.name): away, moving or out of contact", "\(member.name)：组织关系转接、流动和失联"),
                    fields: [.choice(.kind, s.t("Record", "记录"), choices.map { s.t($0.english, $0.chinese) }, selected: 0)])
    }

    static func form(_ purpose: AwayForm, _ member: Member, _ context: ScreenContext) -> Form {
        let s = context.strings, today = context.today.description
        let record = context.away.record(member.id)
        func form(_ english: String, _ chinese: String, _ fields: [FormField]) -> Form {
            Form(purpose.purpose, title: s.t("\(member.name): \(english)", "\(member.name)：\(chinese)"), fields: fields)
        }
        switch purpose {
        case .choose: return choose(member, context)
        case .arrival: return ArrivalForm.form(context)
        case let .letter(_, direction):
            return form(direction == .out ? "letter of transfer out" : "letter of transfer in", direction == .out ? "转出组织关系介绍信" : "转入组织关系介绍信", [
                .choice(.kind, s.t("Kind", "类别"), [s.t("permanent", "正式转移"), s.t("temporary (study, secondment, work away)", "临时转移（学习、借调、外出务工）")], selected: 0),
                .choice(.scope, s.t("Within the system or across", "系统内/跨系统"), [s.t("within the system", "系统内"), s.t("across systems", "跨系统")], selected: 0),
                FormField(.number, s.t("Letter number", "介绍信编号"), .text(required: false)),
                FormField(.organization, direction == .out ? s.t("To (the receiving organization)", "转往（接收党组织）") : s.t("From", "转自"), .text(required: true)),
                FormField(.day, s.t("Issued on", "开出日期"), .day(required: true), value: today),
                FormField(.validUntil, s.t("Valid until", "有效期至"), .day(required: false), value: direction == .out ? context.today.adding(months: 1).description : ""),
                FormField(.duesThrough, s.t("Dues paid up to (YYYY-MM)", "党费交至（年-月）"), .text(required: false), value: direction == .out ? paidThrough(member, context).map { "\($0)" } ?? "" : ""),
                FormField(.note, s.t("Note", "备注"), .text(required: false)),
            ])
        case .receipt:
            let open = record?.letters.filter { $0.direction == .out && $0.receiptOn == nil } ?? []
            return form("the receipt came back", "介绍信回执返回", [
                .choice(.entry, s.t("Letter", "介绍信"), open.map { "\($0.issuedOn) \($0.number) → \($0.organization)" }, selected: max(0, open.count - 1)),
                FormField(.day, s.t("Receipt on (the member leaves the roster that day)", "回执日期（当日起不在本支部名册）"), .day(required: true), value: today),
            ])
        case .mobile:
            let stay = record?.mobile
            return form("working away (mobile member)", "外出流动登记", [
                FormField(.since, s.t("Since", "外出日期"), .day(required: true), value: (stay?.since ?? context.today).description),
                FormField(.place, s.t("Where", "外出地点"), .text(required: true), value: stay?.place ?? member.mobileLocation),
                FormField(.employer, s.t("For whom", "工作单位"), .text(required: false), value: stay?.employer ?? ""),
                FormField(.organization, s.t("Party organization there", "参加活动的党组织"), .text(required: false), value: stay?.organization ?? ""),
                FormField(.contact, s.t("Its contact", "联系人和电话"), .text(required: false), value: stay?.contact ?? ""),
                FormField(.card, s.t("Card number (流动党员活动证)", "流动党员活动证编号"), .text(required: false), value: stay?.cardNumber ?? ""),
                FormField(.to, s.t("Back on (empty: still away)", "返回日期（空：仍在外）"), .day(required: false), value: stay?.until?.description ?? ""),
            ])
        case .report:
            return form("a report back", "流动党员汇报", [
                FormField(.day, s.t("Day", "日期"), .day(required: true), value: today),
                FormField(.by, s.t("How (phone, letter, in person)", "方式（电话、书面、当面）"), .text(required: false)),
                FormField(.text, s.t("What", "汇报内容"), .multiline),
            ])
        case .lost:
            return form("out of contact", "失去联系", [
                FormField(.since, s.t("Last contact (out of contact since)", "最后联系日期（失联起始）"), .day(required: true), value: (record?.lostSince ?? context.today).description),
            ])
        case .attempt:
            return form("an attempt to reach them", "联系记录", [
                FormField(.day, s.t("Day", "日期"), .day(required: true), value: today),
                FormField(.method, s.t("How (phone, visit, letter, the unit)", "方式（电话、走访家属、函询、单位）"), .text(required: true)),
                FormField(.result, s.t("Result", "结果"), .text(required: false)),
            ])
        case .decision:
            let meetings = context.meetings.filter { $0.types.contains(.generalMeeting) }.prefix(20)
            return form("the general meeting's decision", "支部大会决定", [
                .choice(.kind, s.t("Decision", "决定"), MembershipDecision.Kind.allCases.map { $0.name.text(s.language) }, selected: 0),
                FormField(.day, s.t("Day", "日期"), .day(required: true), value: today),
                .choice(.meeting, s.t("At the meeting", "会议"), [s.t("— not in partyday —", "— 未在 partyday 中记录 —")] + meetings.map { "\($0.day(in: context.timeZone)) \($0.theme)" }, selected: 0),
            ])
        }
    }

    /// The last month the member has paid up to, from the dues register (for the letter).
    static func paidThrough(_ member: Member, _ context: ScreenContext) -> YearMonth? {
        var month = YearMonth(context.today)
        for _ in 0..<36 {
            let status = context.duesLedger.month(month, of: member).status
            if status == .paid || status == .exempt { return month }
            month = month.previous
        }
        return nil
    }

    static func receive(_ form: Form, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        let s = context.strings
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? AwayForm else { return [] }
        guard context.away.loaded else { return [.note(s.t("The away files are not read yet.", "组织关系转接等文件尚未读入。"), error: true)] }
        if case .arrival = purpose { return ArrivalForm.receive(form, context, &ids) }
        guard let member = context.members.first(where: { $0.id == purpose.memberID }) else { return [] }
        let refuse = form.refusal(s.language)
        var record = context.away.record(member.id) ?? AwayRecord(memberID: member.id, name: member.name)
        func day(_ key: FieldKey, required: Bool = true) -> (Day?, [Intent]?) {
            let text = form.text(key)
            if text.isEmpty && !required { return (nil, nil) }
            guard let day = form.day(key) else { return (nil, refuse(Wording("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。"))) }
            guard day <= context.today || key == .validUntil else { return (nil, refuse(Wording("\(day) is after today.", "\(day) 晚于今天。"))) }
            return (day, nil)
        }
        func put(_ english: String, _ chinese: String, roster: Member? = nil) -> [Intent] {
            if let issue = AwayValidation.issue(record) { return refuse(issue.sentence) }
            return [.changeAway(.put(record, label: Phrase("\(member.name): \(english)", "\(member.name)：\(chinese)"), member: roster)),
                    .note(s.t("\(member.name): \(english).", "\(member.name)：\(chinese)。"), error: false)]
        }
        switch purpose {
        case .choose:
            let kinds: [AwayForm] = [.letter(memberID: member.id, .out), .letter(memberID: member.id, .in), .receipt(memberID: member.id), .mobile(memberID: member.id),
                                     .report(memberID: member.id), .lost(memberID: member.id), .attempt(memberID: member.id), .decision(memberID: member.id)]
            let chosen = kinds[min(form.choice(.kind), kinds.count - 1)]
            if case .receipt = chosen, !(record.letters.contains { $0.direction == .out && $0.receiptOn == nil }) {
                return [.note(s.t("\(member.name) has no letter of transfer out waiting for its receipt.", "\(member.name)没有等待回执的转出介绍信。"), error: true)]
            }
            return [.openForm(self.form(chosen, member, context))]
        case let .letter(_, direction):
            let (issued, problem) = day(.day)
            if let problem { return problem }
            let (valid, validProblem) = day(.validUntil, required: false)
            if let validProblem { return validProblem }
            let dues = form.text(.duesThrough)
            guard dues.isEmpty || YearMonth(dues) != nil else { return refuse(Wording("Dues paid up to is written YYYY-MM.", "党费交至的格式为 年-月（如 2026-11）。")) }
            record.letters.append(TransferLetter(direction: direction, kind: form.choice(.kind) == 1 ? .temporary : .permanent,
                                                 scope: form.choice(.scope) == 1 ? .acrossSystems : .withinSystem, number: form.text(.number),
                                                 organization: form.text(.organization), issuedOn: issued!, validUntil: valid, duesPaidThrough: YearMonth(dues), note: form.text(.note)))
            return direction == .out ? put("letter of transfer out to \(form.text(.organization))", "开出转往\(form.text(.organization))的介绍信")
                : put("letter of transfer in from \(form.text(.organization))", "转入介绍信（转自\(form.text(.organization))）")
        case .arrival:
            return []
        case .receipt:
            let open = record.letters.indices.filter { record.letters[$0].direction == .out && record.letters[$0].receiptOn == nil }
            guard !open.isEmpty else { return [] }
            let (received, problem) = day(.day)
            if let problem { return problem }
            let index = open[min(form.choice(.entry), open.count - 1)]
            record.letters[index].receiptOn = received
            var leaving = member
            if member.snapshot(on: received!) != nil { leaving.rosterStatus.set(.transferredOut, from: received!) }
            return put("the receipt came back: off the roster from \(received!)", "介绍信回执已返回，自 \(received!) 起不在本支部名册", roster: leaving)
        case .mobile:
            let (since, problem) = day(.since)
            if let problem { return problem }
            let (until, untilProblem) = day(.to, required: false)
            if let untilProblem { return untilProblem }
            record.mobile = MobileStay(since: since!, place: form.text(.place), employer: form.text(.employer), organization: form.text(.organization),
                                       contact: form.text(.contact), cardNumber: form.text(.card), until: until)
            return put(until == nil ? "away at \(form.text(.place)) since \(since!)" : "back on \(until!)",
                       until == nil ? "自 \(since!) 外出在\(form.text(.place))" : "已于 \(until!) 返回")
        case .report:
            let (reported, problem) = day(.day)
            if let problem { return problem }
            record.reports.append(DatedNote(day: reported!, by: form.text(.by), text: form.text(.text)))
            return put("a report back on \(reported!)", "\(reported!) 向支部汇报")
        case .lost:
            let (since, problem) = day(.since)
            if let problem { return problem }
            record.lostSince = since
            return put("out of contact since \(since!)", "自 \(since!) 失去联系")
        case .attempt:
            let (tried, problem) = day(.day)
            if let problem { return problem }
            record.attempts.append(ContactAttempt(day: tried!, how: form.text(.method), result: form.text(.result)))
            return put("an attempt to reach them on \(tried!)", "\(tried!) 联系记录")
        case .decision:
            let (decided, problem) = day(.day)
            if let problem { return problem }
            let kind = MembershipDecision.Kind.allCases[min(form.choice(.kind), 2)]
            let meetings = Array(context.meetings.filter { $0.types.contains(.generalMeeting) }.prefix(20))
            let choice = form.choice(.meeting)
            let decision = MembershipDecision(day: decided!, kind: kind, meetingID: choice > 0 && choice <= meetings.count ? meetings[choice - 1].id : nil)
            if let problem = MembershipTicks.problem(member, kind, on: decided!) { return refuse(problem) }
            record.decisions.append(decision)
            record.decisions.sort { $0.day < $1.day }
            return put(kind.name.english + " on \(decided!)", "\(decided!) \(kind.name.chinese)", roster: MembershipTicks.roster(member, after: decision))
        }
    }
}
