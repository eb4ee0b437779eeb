import PartyDayKit

/// The answers to the dues forms, addressed back here (`FormAddress` naming the Dues screen): a value that does not read reopens the form with a message; a good
/// one asks for the change.
extension DuesForms {
    static func receive(_ form: Form, _ context: ScreenContext) -> [Intent] {
        let s = context.strings
        func refuse(_ english: String, _ chinese: String) -> [Intent] {
            [.note(s.t(english, chinese), error: true), .openForm(form)]
        }
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? DuesForm else { return [] }
        guard context.dues.writable else { return [.note(notLoaded(s), error: true)] }
        switch purpose {
        case let .payment(memberID, meetingID, through):
            guard let member = context.members.first(where: { $0.id == memberID }), let day = form.day(.day) else { return [] }
            guard let typed = Money(yuan: form.text(.amount)) else {
                return refuse("The amount is yuan with at most two decimals (e.g. 45.50).", "金额以元为单位，最多两位小数（如 45.50）。")
            }
            var amount = typed
            guard !(DuesValidation.largestPayment < amount) else {
                return refuse("A payment is at most \(DuesValidation.largestPayment) yuan.", "一笔交纳最多 \(DuesValidation.largestPayment) 元。")
            }
            let large = s.t("\(amount) yuan is far more than a member's dues. Save again (Ctrl-S or F2) to record it.",
                            "\(amount) 元远超党员应交的党费。再次保存（Ctrl-S 或 F2）即记录。")
            if DuesValidation.paymentToAsk < amount && !form.overrides(large) { return [.openForm(form.warning(large))] }
            // At a meeting, the month of the day it is paid; on the Dues screen, the month shown.
            let through = meetingID != nil ? YearMonth(day) : through
            let ledger = context.duesLedger
            let months = ledger.monthsToPay(member, count: max(1, form.number(.months)), through: through)
            let owed = months.reduce(Money.zero) { $0 + max(.zero, (ledger.month($1, of: member).due ?? .zero) - ledger.month($1, of: member).paid) }
            // The amount follows the months: left as the form first offered it, it is what the
            // months now chosen come to (2 months for one month's money was recorded silently).
            let offered = payment(member, through: through, day: day, meetingID: meetingID, months: nil, context)
            if form.text(.amount) == offered.text(.amount), form.number(.months) != offered.number(.months), owed > .zero { amount = owed }
            let short = s.t("\(amount) does not cover the \(months.count) month(s) chosen (\(owed) owed). Save again (Ctrl-S or F2) to record it as paid in part.",
                            "\(amount) 元不足所选 \(months.count) 个月的应交金额（\(owed) 元）。再次保存（Ctrl-S 或 F2）即按部分交纳记录。")
            if amount < owed && !form.overrides(short) {
                var again = form.warning(short)
                if let index = again.fields.firstIndex(where: { $0.key == .amount }) { again.fields[index].input = TextField(amount.description) }
                return [.openForm(again)]
            }
            return [.changeDues(.payments([(memberID, months, amount)], on: day, meetingID: meetingID, receivedBy: form.person(.receivedBy)?.name,
                                          label: label(member, months, s))),
                    .note(s.t("\(member.name): \(amount) for \(months.first!)\(months.count > 1 ? " to \(months.last!)" : "").",
                              "\(member.name)：\(amount) 元，\(months.first!)\(months.count > 1 ? " 至 \(months.last!)" : "")。"), error: false)]
        case let .basis(memberID):
            guard let member = context.members.first(where: { $0.id == memberID }) else { return [] }
            guard let from = YearMonth(form.text(.from)) else { return refuse("The month is written YYYY-MM.", "月份格式为 YYYY-MM。") }
            let kind = DuesBasis.Kind.allCases[form.choice(.kind)]
            let figure = form.text(.base).isEmpty ? nil : Money(yuan: form.text(.base))
            if !form.text(.base).isEmpty && figure == nil {
                return refuse("The amount is yuan with at most two decimals.", "金额以元为单位，最多两位小数。")
            }
            let usesBase = kind == .inService || kind == .retired
            let basis = DuesBasis(from: from, kind: kind, base: usesBase ? figure : nil, amount: usesBase || kind == .exempt ? nil : figure,
                                  cycle: DuesBasis.Cycle.allCases[form.choice(.cycle)], decidedOn: form.day(.day), reason: form.text(.reason))
            if let problem = basis.problem { return refuse(problem.english.prefix(1).uppercased() + problem.english.dropFirst() + ".", problem.chinese + "。") }
            let amount = DuesRate.monthly(basis).map { s.t(", \($0) a month", "，每月 \($0) 元") } ?? ""
            return [.changeDues(.basis(memberID: memberID, basis)),
                    .note(s.t("\(member.name): \(s.labels.duesKindName(kind)) from \(from)\(amount).",
                              "\(member.name)：自\(from)起\(s.labels.duesKindName(kind))\(amount)。"), error: false)]
        case .handover:
            guard let day = form.day(.day) else { return [] }
            guard let first = YearMonth(form.text(.from)), let last = YearMonth(form.text(.to)), first <= last, first.months(through: last) <= 24 else {
                return refuse("The months are written YYYY-MM, the first not after the last.", "月份格式为 YYYY-MM，起始月份不晚于截止月份。")
            }
            guard let total = Money(yuan: form.text(.amount)) else { return refuse("The total is yuan with at most two decimals.", "金额以元为单位，最多两位小数。") }
            guard !(DuesValidation.largestHandover < total) else {
                return refuse("A hand-over is at most \(DuesValidation.largestHandover) yuan.", "一次上缴最多 \(DuesValidation.largestHandover) 元。")
            }
            var months: [YearMonth] = []
            var month = first
            while month <= last { months.append(month); month = month.next }
            return [.changeDues(.handover(on: day, months: months, total: total, note: form.text(.note))),
                    .note(s.t("Handed over \(total) for \(first) to \(last).", "已记录上缴 \(total) 元（\(first) 至 \(last)）。"), error: false)]
        }
    }
}
