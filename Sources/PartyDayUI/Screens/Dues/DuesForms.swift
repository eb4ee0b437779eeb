import PartyDayKit

/// What a dues form is for; its answer comes back to `DuesForms.receive` (the Dues
/// screen's registry row), wherever it was asked — the Dues screen or a meeting's dues pane.
public enum DuesForm: Equatable, AddressedForm {
    /// A payment of several months or of another amount, for a member; at a meeting or not.
    /// `through`: the month shown where it was asked (the Dues screen's, or the meeting's).
    case payment(memberID: String, meetingID: String?, through: YearMonth)
    /// A member's dues base from a month on.
    case basis(memberID: String)
    /// Dues handed up to the higher committee.
    case handover

    var purpose: FormPurpose { .addressed(FormAddress(.dues, self)) }
}

/// The dues forms and what their answers ask for, shared by the Dues screen and the dues
/// pane of a meeting: each builds from the context and answers with intents, so neither
/// writes a record itself (the root makes the change through the pipe).
enum DuesForms {
    /// Space: the month paid in full, on `day`. Whether it was recorded, and what to ask.
    static func payInFull(_ member: Member, month: YearMonth, on day: Day, meetingID: String?, _ context: ScreenContext) -> (paid: Bool, intents: [Intent]) {
        let s = context.strings
        guard context.dues.writable else { return (false, [.note(notLoaded(s), error: true)]) }
        // As of the day it is paid: at a meeting written up afterwards, the meeting's day.
        let standing = context.duesLedger(asOf: day).month(month, of: member)
        switch standing.status {
        case .paid:
            return (false, [.note(s.t("\(member.name) has paid \(month) already (d removes the payment).", "\(member.name)已交\(month)党费（d 可删除该笔）。"), error: false)])
        case .exempt, .notOwed, .unrecorded:
            return (false, [.note(s.t("\(member.name) owes nothing recorded for \(month)\(standing.status == .unrecorded ? ": b records the base" : "").",
                                      "\(member.name)\(month)没有应交党费\(standing.status == .unrecorded ? "：按 b 录入基数" : "")。"), error: false)])
        case .due, .arrears, .partly:
            guard let due = standing.due else { return (false, []) }
            let amount = due - standing.paid
            return (true, [.changeDues(.payments([(member.id, [month], amount)], on: day, meetingID: meetingID, receivedBy: nil,
                                                 label: label(member, [month], s))),
                           .note(s.t("\(member.name): \(month) paid, \(amount).", "\(member.name)：已交\(month)党费 \(amount) 元。"), error: false)])
        }
    }

    /// d: the member's payments covering `month` removed, saying how many.
    static func remove(_ member: Member, month: YearMonth, _ context: ScreenContext) -> [Intent] {
        let s = context.strings
        guard context.dues.writable else { return [.note(notLoaded(s), error: true)] }
        let removed = context.dues.years.values.reduce(0) { $0 + $1.payments.filter { $0.memberID == member.id && $0.months.contains(month) }.count }
        guard removed > 0 else {
            return [.note(s.t("No payment of \(member.name) covers \(month).", "\(member.name)没有\(month)的交纳记录。"), error: false)]
        }
        return [.changeDues(.removePayments(memberID: member.id, month: month)),
                .note(s.t("Removed \(removed) payment(s) of \(member.name).", "已删除\(member.name)的 \(removed) 笔交纳记录。"), error: false)]
    }

    /// "李振华's dues for 2026-12": how undo names a member's payment.
    static func label(_ member: Member, _ months: [YearMonth], _ s: Strings) -> Phrase {
        let span = months.count > 1 ? "\(months.first!)–\(months.last!)" : months.first.map { "\($0)" } ?? ""
        return Phrase("\(member.name)'s dues for \(span)", "\(member.name)\(span)的党费")
    }

    static func notLoaded(_ s: Strings) -> String {
        s.t("The dues files are not loaded (or one is damaged): nothing recorded.", "党费文件未载入（或已损坏）：未记录。")
    }

    /// The form for a payment of several months or another amount.
    static func payment(_ member: Member, through month: YearMonth, day: Day, meetingID: String?, months count: Int?, _ context: ScreenContext) -> Form {
        let s = context.strings
        let ledger = context.duesLedger
        // By default every month unpaid up to this one (a quarterly payer: to the quarter's end).
        let last = ledger.month(month, of: member).basis?.cycle == .quarterly ? YearMonth(year: month.year, month: month.quarter * 3) : month
        let unpaid = ledger.monthsToPay(member, count: 36, through: month).filter { $0 <= last }
        let months = ledger.monthsToPay(member, count: count ?? max(1, unpaid.count), through: month)
        let amount = months.reduce(Money.zero) { $0 + max(.zero, (ledger.month($1, of: member).due ?? .zero) - ledger.month($1, of: member).paid) }
        let receiver = context.duesReceiver
        return Form(DuesForm.payment(memberID: member.id, meetingID: meetingID, through: month).purpose,
                    title: s.t("\(member.name) pays dues (from \(months.first?.description ?? "\(month)"), the oldest month unpaid)",
                               "\(member.name)交纳党费（从最早未交的 \(months.first?.description ?? "\(month)") 起）"),
                    fields: [
                        FormField(.months, s.t("Months", "月数"), .number(1...24), value: "\(months.count)"),
                        FormField(.amount, s.t("Amount (yuan)", "金额（元）"), .text(required: true), value: amount.description),
                        FormField(.day, s.t("Paid on", "交纳日期"), .day(required: true), value: day.description),
                        // Whoever took the money: by default the organization member (else the secretary);
                        // a group leader collecting at a group meeting is picked here.
                        .person(.receivedBy, s.t("Received by", "收缴人"),
                                context.members.first { $0.name == receiver }.map(PersonRef.member) ?? PersonRef(name: receiver), required: true),
                    ], candidates: context.members.filter { $0.snapshot(on: day) != nil }
                        .map { PersonCandidate(person: .member($0), detail: s.roleName($0.role.value(on: day) ?? $0.role.current)) })
    }

    /// The form for a member's dues base from a month on.
    static func basis(_ member: Member, month: YearMonth, _ context: ScreenContext) -> Form {
        let s = context.strings, l = context.strings.labels
        let current = context.dues.bases.first { $0.memberID == member.id }?.basis(in: month)
        let kinds = DuesBasis.Kind.allCases, cycles = DuesBasis.Cycle.allCases
        return Form(DuesForm.basis(memberID: member.id).purpose, title: s.t("\(member.name): dues base from a month on", "\(member.name)：党费基数（自某月起）"),
                    fields: [
                        .choice(.kind, s.t("Kind", "类别"), kinds.map(l.duesKindName), selected: kinds.firstIndex(of: current?.kind ?? .inService) ?? 0),
                        FormField(.base, s.t("Wage after tax, pension, or the fixed amount (yuan)", "税后工资、养老金或定额（元）"), .text(required: false),
                                  value: (current?.base ?? current?.amount)?.description ?? ""),
                        FormField(.from, s.t("From month (YYYY-MM)", "起始月份（YYYY-MM）"), .text(required: true), value: month.description),
                        .choice(.cycle, s.t("Pays", "交纳方式"), cycles.map(l.duesCycleName), selected: cycles.firstIndex(of: current?.cycle ?? .monthly) ?? 0),
                        FormField(.day, s.t("Branch decision (reduced or exempt)", "支部决定日期（减交、免交）"), .day(required: false),
                                  value: current?.decidedOn?.description ?? ""),
                        FormField(.reason, s.t("Reason", "原因"), .text(required: false), value: current?.reason ?? ""),
                    ])
    }

    /// The form for dues handed over, the quarter up to `month` offered.
    static func handover(through month: YearMonth, _ context: ScreenContext) -> Form {
        let s = context.strings
        let first = YearMonth(year: month.year, month: (month.quarter - 1) * 3 + 1)
        let ledger = context.duesLedger
        var total = Money.zero
        var probe = first
        while probe <= month { total += ledger.totals(for: probe).notHandedOver; probe = probe.next }
        return Form(DuesForm.handover.purpose, title: s.t("Dues handed over to the higher committee", "党费上缴上级党委"),
                    fields: [
                        FormField(.day, s.t("Handed over on", "上缴日期"), .day(required: true), value: context.today.description),
                        FormField(.from, s.t("First month (YYYY-MM)", "起始月份（YYYY-MM）"), .text(required: true), value: first.description),
                        FormField(.to, s.t("Last month (YYYY-MM)", "截止月份（YYYY-MM）"), .text(required: true), value: month.description),
                        FormField(.amount, s.t("Total (yuan)", "金额（元）"), .text(required: true), value: total.description),
                        FormField(.note, s.t("Note", "备注"), .text(required: false)),
                    ])
    }
}
