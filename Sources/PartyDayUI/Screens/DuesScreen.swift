import PartyDayKit

/// The Dues screen: one month of the register (members, base, due, paid, status, the
/// unpaid run), the month's totals and hand-overs; payments and bases are recorded here
/// outside a meeting.
extension AppState {
    func renderDues(_ grid: inout Grid, top: Int, height: Int) -> Point? {
        let s = strings
        let caret = dues.list.drawSearch(into: &grid, label: s.searchLabel, x: grid.size.columns - 22 - displayWidth(s.searchLabel),
                                         y: top, width: 21 + displayWidth(s.searchLabel))
        renderDuesRegister(&grid, top: top, height: height)
        return caret
    }

    private func renderDuesRegister(_ grid: inout Grid, top: Int, height: Int) {
        let s = strings, l = strings.labels
        let month = duesMonth
        grid.put(s.t("Party dues · \(month)", "党费 · \(month)"), x: 1, y: top, style: .heading,
                 limit: grid.size.columns - 2 - (dues.list.searching || !dues.list.query.isEmpty ? 24 + displayWidth(s.searchLabel) : 0))
        guard dues.loaded else {
            grid.put(s.loading, x: 1, y: top + 2, style: Style(role: .muted))
            return
        }
        var y = top + 1
        if let problem = dues.problems.first {
            y += grid.paragraph(s.t("\(problem.path): \(problem.message). Left untouched; dues cannot be recorded until it is repaired or moved away (partyday check names it).",
                                    "\(problem.path)：\(problem.message)。文件未改动；修复或移走该文件之前不能记录党费（partyday check 会列出）。"),
                                x: 1, y: y, width: grid.size.columns - 2, height: 2, style: Style(role: .danger))
            // The table's row counter sits on the line above its header: keep it off the message.
            y += 1
        }
        let ledger = duesLedger
        let shown = duesMembers(ledger)
        if shown.isEmpty && !dues.list.query.isEmpty {
            grid.put(s.t("No member matches “\(dues.list.query)” (Esc clears the search).", "没有与“\(dues.list.query)”相符的党员（Esc 清除搜索）。"),
                     x: 1, y: y + 1, style: Style(role: .muted), limit: grid.size.columns - 2)
            return
        }
        if shown.isEmpty {
            grid.paragraph(s.t("No member owes dues in \(month). Press b on a member to record a base (or: partyday import dues-bases FILE).",
                               "\(month)没有应交党费的党员。在党员上按 b 录入党费基数（或：partyday import dues-bases 文件）。"),
                           x: 1, y: y + 1, width: grid.size.columns - 2, height: 3, style: Style(role: .muted))
            return
        }
        if dues.yearGrid { return renderDuesYear(&grid, top: y, bottom: top + height, ledger: ledger, shown: shown) }
        let rows = shown.map { member -> [String] in
            let standing = ledger.month(month, of: member)
            let arrears = ledger.arrears(of: member)
            return [member.name, standing.basis.map { l.duesKindName($0.kind) } ?? "—", standing.basis?.base?.description ?? "",
                    standing.due?.description ?? "?", standing.paid == .zero && standing.extra == .zero ? "" : (standing.paid + standing.extra).description,
                    l.duesStatusName(standing.status), arrears.count == 0 ? "" : "\(arrears.count)"]
        }
        let specs = [ColumnSpec(title: s.t("Name", "姓名"), minimum: 6, maximum: 20),
                     ColumnSpec(title: s.t("Kind", "类别"), minimum: 6, maximum: 12),
                     ColumnSpec(title: s.t("Base", "基数"), minimum: 8, maximum: 10),
                     ColumnSpec(title: s.t("Due", "应交"), minimum: 6, maximum: 9),
                     ColumnSpec(title: s.t("Paid", "实交"), minimum: 6, maximum: 9),
                     ColumnSpec(title: s.t("Status", "状态"), minimum: 6, maximum: 16, flexible: true),
                     ColumnSpec(title: s.t("Unpaid", "连续未交"), minimum: 6, maximum: 8)]
        let columns = fitColumns(specs, rows: rows, total: grid.size.columns)
        let totals = ledger.totals(for: month)
        let summaryRows = 2
        grid.table(top: y, height: top + height - y - summaryRows, columns: columns, rows: rows, selected: dues.list.cursor.index) { index in
            switch ledger.month(month, of: shown[index]).status {
            case .arrears: Style(role: ledger.arrears(of: shown[index]).level(branch?.ladder ?? .defaults) >= .urgent ? .danger : .warning)
            case .paid, .exempt: Style(role: .good)
            default: .plain
            }
        }
        let bottom = top + height - summaryRows
        grid.put(s.t("Due \(totals.due) · collected \(totals.collected) (\(totals.settled) of \(totals.owing) settled) · extra \(totals.extra)",
                     "应交 \(totals.due) · 实收 \(totals.collected)（\(totals.owing) 人中 \(totals.settled) 人已交清）· 多交 \(totals.extra)"),
                 x: 1, y: bottom, limit: grid.size.columns - 2, ellipsis: true)
        let handed = totals.handedOverOn.isEmpty ? s.t("not handed over yet", "尚未上缴")
            : s.t("handed over \(totals.handedOver) on \(totals.handedOverOn.map(\.description).joined(separator: ", "))",
                  "已上缴 \(totals.handedOver)（\(totals.handedOverOn.map(\.description).joined(separator: "、"))）")
        grid.put(handed + s.t(" · not handed over \(totals.notHandedOver)", " · 未上缴 \(totals.notHandedOver)"), x: 1, y: bottom + 1,
                 style: Style(role: .muted), limit: grid.size.columns - 2, ellipsis: true)
    }

    /// Members × the twelve months of the shown month's year, one mark a month, and the run.
    private func renderDuesYear(_ grid: inout Grid, top: Int, bottom: Int, ledger: DuesLedger, shown: [Member]) {
        let s = strings, l = strings.labels
        let year = duesMonth.year
        let rows = shown.map { member -> [String] in
            [member.name] + (1...12).map { l.duesMark(ledger.month(YearMonth(year: year, month: $0), of: member).status) }
                + ["\(ledger.arrears(of: member).count)"]
        }
        let specs = [ColumnSpec(title: s.t("Name \(year)", "姓名 \(year)"), minimum: 8, maximum: 20)]
            + (1...12).map { ColumnSpec(title: "\($0)", minimum: 2, maximum: 2) }
            + [ColumnSpec(title: s.t("Unpaid", "连续未交"), minimum: 6, maximum: 8, flexible: true)]
        let columns = fitColumns(specs, rows: rows, total: grid.size.columns)
        grid.table(top: top, height: bottom - top - 1, columns: columns, rows: rows, selected: dues.list.cursor.index)
        grid.put(s.t("✓ paid  ½ partly  ✗ in arrears  · due  ex exempt  – not owed   g one month", "✓ 已交  ½ 部分  ✗ 欠交  · 待交  免 免交  – 不需交   g 单月"),
                 x: 1, y: bottom - 1, style: Style(role: .muted), limit: grid.size.columns - 2, ellipsis: true)
    }

    /// The member highlighted on the Dues screen.
    var selectedDuesMember: Member? {
        let shown = duesMembers(duesLedger)
        return dues.list.cursor.index < shown.count ? shown[dues.list.cursor.index] : nil
    }

    /// Space on the Dues screen or in the dues pane: the month paid in full, on `day`.
    mutating func payInFull(_ member: Member, month: YearMonth, on day: Day, meetingID: String?, _ effects: inout [Effect]) -> Bool {
        // As of the day it is paid: at a meeting written up afterwards, the meeting's day.
        let standing = duesLedger(asOf: day).month(month, of: member)
        switch standing.status {
        case .paid:
            note(strings.t("\(member.name) has paid \(month) already (d removes the payment).", "\(member.name)已交\(month)党费（d 可删除该笔）。"), error: false)
            return false
        case .exempt, .notOwed, .unrecorded:
            note(strings.t("\(member.name) owes nothing recorded for \(month)\(standing.status == .unrecorded ? ": b records the base" : "").",
                           "\(member.name)\(month)没有应交党费\(standing.status == .unrecorded ? "：按 b 录入基数" : "")。"), error: false)
            return false
        case .due, .arrears, .partly:
            guard let due = standing.due else { return false }
            let amount = due - standing.paid
            recordDuesPayment(memberID: member.id, months: [month], amount: amount, on: day, meetingID: meetingID, &effects)
            note(strings.t("\(member.name): \(month) paid, \(amount).", "\(member.name)：已交\(month)党费 \(amount) 元。"), error: false)
            return true
        }
    }

    /// The form for a payment of several months or another amount.
    func duesPaymentForm(_ member: Member, through month: YearMonth, day: Day, meetingID: String?, months count: Int?) -> Form {
        let ledger = duesLedger
        // By default every month unpaid up to this one (a quarterly payer: to the quarter's end).
        let last = ledger.month(month, of: member).basis?.cycle == .quarterly ? YearMonth(year: month.year, month: month.quarter * 3) : month
        let unpaid = monthsToPay(member, count: 36, through: month, ledger).filter { $0 <= last }
        let months = monthsToPay(member, count: count ?? max(1, unpaid.count), through: month, ledger)
        let amount = months.reduce(Money.zero) { $0 + max(.zero, (ledger.month($1, of: member).due ?? .zero) - ledger.month($1, of: member).paid) }
        return Form(.duesPayment(memberID: member.id, meetingID: meetingID),
                    title: strings.t("\(member.name) pays dues (from \(months.first?.description ?? "\(month)"), the oldest month unpaid)",
                                     "\(member.name)交纳党费（从最早未交的 \(months.first?.description ?? "\(month)") 起）"),
                    fields: [
                        FormField(.months, strings.t("Months", "月数"), .number(1...24), value: "\(months.count)"),
                        FormField(.amount, strings.t("Amount (yuan)", "金额（元）"), .text(required: true), value: amount.description),
                        FormField(.day, strings.t("Paid on", "交纳日期"), .day(required: true), value: day.description),
                        // Whoever took the money: by default the organization member (else the secretary);
                        // a group leader collecting at a group meeting is picked here.
                        .person(.receivedBy, strings.t("Received by", "收缴人"),
                                members.first { $0.name == duesReceiver }.map(PersonRef.member) ?? PersonRef(name: duesReceiver), required: true),
                    ], candidates: members.filter { $0.snapshot(on: day) != nil }
                        .map { PersonCandidate(person: .member($0), detail: strings.roleName($0.role.value(on: day) ?? $0.role.current)) })
    }

    func duesBasisForm(_ member: Member) -> Form {
        let current = dues.bases.first { $0.memberID == member.id }?.basis(in: duesMonth)
        let kinds = DuesBasis.Kind.allCases, cycles = DuesBasis.Cycle.allCases
        let l = strings.labels
        return Form(.duesBasis(memberID: member.id), title: strings.t("\(member.name): dues base from a month on", "\(member.name)：党费基数（自某月起）"),
                    fields: [
                        .choice(.kind, strings.t("Kind", "类别"), kinds.map(l.duesKindName), selected: kinds.firstIndex(of: current?.kind ?? .inService) ?? 0),
                        FormField(.base, strings.t("Wage after tax, pension, or the fixed amount (yuan)", "税后工资、养老金或定额（元）"), .text(required: false),
                                  value: (current?.base ?? current?.amount)?.description ?? ""),
                        FormField(.from, strings.t("From month (YYYY-MM)", "起始月份（YYYY-MM）"), .text(required: true), value: duesMonth.description),
                        .choice(.cycle, strings.t("Pays", "交纳方式"), cycles.map(l.duesCycleName), selected: cycles.firstIndex(of: current?.cycle ?? .monthly) ?? 0),
                        FormField(.day, strings.t("Branch decision (reduced or exempt)", "支部决定日期（减交、免交）"), .day(required: false),
                                  value: current?.decidedOn?.description ?? ""),
                        FormField(.reason, strings.t("Reason", "原因"), .text(required: false), value: current?.reason ?? ""),
                    ])
    }

    func duesHandoverForm() -> Form {
        let month = duesMonth
        let first = YearMonth(year: month.year, month: (month.quarter - 1) * 3 + 1)
        let ledger = duesLedger
        var total = Money.zero
        var probe = first
        while probe <= month { total += ledger.totals(for: probe).notHandedOver; probe = probe.next }
        return Form(.duesHandover, title: strings.t("Dues handed over to the higher committee", "党费上缴上级党委"),
                    fields: [
                        FormField(.day, strings.t("Handed over on", "上缴日期"), .day(required: true), value: today.description),
                        FormField(.from, strings.t("First month (YYYY-MM)", "起始月份（YYYY-MM）"), .text(required: true), value: first.description),
                        FormField(.to, strings.t("Last month (YYYY-MM)", "截止月份（YYYY-MM）"), .text(required: true), value: month.description),
                        FormField(.amount, strings.t("Total (yuan)", "金额（元）"), .text(required: true), value: total.description),
                        FormField(.note, strings.t("Note", "备注"), .text(required: false)),
                    ])
    }

    /// Acts on a submitted dues form; a value that does not read reopens the form with a message.
    mutating func submitDues(_ form: Form, _ effects: inout [Effect]) {
        func refuse(_ english: String, _ chinese: String) {
            note(strings.t(english, chinese), error: true)
            modal = .form(form)
        }
        switch form.purpose {
        case let .duesPayment(memberID, meetingID):
            guard let member = members.first(where: { $0.id == memberID }), let day = form.day(.day) else { return }
            guard let typed = Money(yuan: form.text(.amount)) else {
                return refuse("The amount is yuan with at most two decimals (e.g. 45.50).", "金额以元为单位，最多两位小数（如 45.50）。")
            }
            var amount = typed
            guard !(DuesValidation.largestPayment < amount) else {
                return refuse("A payment is at most \(DuesValidation.largestPayment) yuan.", "一笔交纳最多 \(DuesValidation.largestPayment) 元。")
            }
            let large = strings.t("\(amount) yuan is far more than a member's dues. Save again (Ctrl-S or F2) to record it.",
                                  "\(amount) 元远超党员应交的党费。再次保存（Ctrl-S 或 F2）即记录。")
            if DuesValidation.paymentToAsk < amount && !form.overrides(large) {
                modal = .form(form.warning(large))
                return
            }
            let through = meetingID != nil ? YearMonth(day) : duesMonth
            let ledger = duesLedger
            let months = monthsToPay(member, count: max(1, form.number(.months)), through: through, ledger)
            let owed = months.reduce(Money.zero) { $0 + max(.zero, (ledger.month($1, of: member).due ?? .zero) - ledger.month($1, of: member).paid) }
            // The amount follows the months: left as the form first offered it, it is what the
            // months now chosen come to (2 months for one month's money was recorded silently).
            let offered = duesPaymentForm(member, through: through, day: day, meetingID: meetingID, months: nil)
            if form.text(.amount) == offered.text(.amount), form.number(.months) != offered.number(.months), owed > .zero { amount = owed }
            let short = strings.t("\(amount) does not cover the \(months.count) month(s) chosen (\(owed) owed). Save again (Ctrl-S or F2) to record it as paid in part.",
                                  "\(amount) 元不足所选 \(months.count) 个月的应交金额（\(owed) 元）。再次保存（Ctrl-S 或 F2）即按部分交纳记录。")
            if amount < owed && !form.overrides(short) {
                var again = form.warning(short)
                if let index = again.fields.firstIndex(where: { $0.key == .amount }) { again.fields[index].input = TextField(amount.description) }
                modal = .form(again)
                return
            }
            recordDuesPayment(memberID: memberID, months: months, amount: amount, on: day, meetingID: meetingID,
                              receivedBy: form.person(.receivedBy)?.name, &effects)
            note(strings.t("\(member.name): \(amount) for \(months.first!)\(months.count > 1 ? " to \(months.last!)" : "").",
                           "\(member.name)：\(amount) 元，\(months.first!)\(months.count > 1 ? " 至 \(months.last!)" : "")。"), error: false)
        case let .duesBasis(memberID):
            guard let member = members.first(where: { $0.id == memberID }) else { return }
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
            setDuesBasis(memberID: memberID, basis, &effects)
            let amount = DuesRate.monthly(basis).map { strings.t(", \($0) a month", "，每月 \($0) 元") } ?? ""
            note(strings.t("\(member.name): \(strings.labels.duesKindName(kind)) from \(from)\(amount).",
                           "\(member.name)：自\(from)起\(strings.labels.duesKindName(kind))\(amount)。"), error: false)
        case .duesHandover:
            guard let day = form.day(.day) else { return }
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
            recordDuesHandover(DuesHandover(id: ids.id(), on: day, months: months, total: total, note: form.text(.note)), &effects)
            note(strings.t("Handed over \(total) for \(first) to \(last).", "已记录上缴 \(total) 元（\(first) 至 \(last)）。"), error: false)
        default:
            return
        }
    }
}

extension KeyScope {
    static let duesKeys: [KeyBinding] = [
        KeyBinding([.char(" ")], label: Phrase("paid", "已交"), help: Phrase("the highlighted member paid this month in full, today", "所选党员今天交清本月党费"),
                   hint: 1, writes: true) { state, _, effects in
            guard let member = state.selectedDuesMember else { return }
            if state.payInFull(member, month: state.duesMonth, on: state.today, meetingID: nil, &effects) {
                state.dues.list.cursor.index = min(state.dues.list.cursor.index + 1, max(0, state.duesMembers(state.duesLedger).count - 1))
            }
        }.disabled(Unavailable.noMemberSelected),
        KeyBinding([.char("n")], label: Phrase("months", "多月"), help: Phrase("paid several months (back months first) or another amount: a form", "交纳多个月（先补交以前的月份）或其他金额：填写表单"),
                   hint: 2, writes: true) { state, _, _ in
            guard let member = state.selectedDuesMember, state.duesWritable else { return }
            state.modal = .form(state.duesPaymentForm(member, through: state.duesMonth, day: state.today, meetingID: nil, months: nil))
        }.disabled(Unavailable.noDuesMemberOrFiles),
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("remove", "删除"),
                   help: Phrase("remove the member's payment of this month (one of several months goes whole)", "删除该党员本月的交纳记录（多月一次交纳的整笔删除）"),
                   hint: 5, writes: true) { state, _, effects in
            guard let member = state.selectedDuesMember else { return }
            let removed = state.removeDuesPayments(memberID: member.id, month: state.duesMonth, &effects)
            state.note(removed == 0 ? state.strings.t("No payment of \(member.name) covers \(state.duesMonth).", "\(member.name)没有\(state.duesMonth)的交纳记录。")
                       : state.strings.t("Removed \(removed) payment(s) of \(member.name).", "已删除\(member.name)的 \(removed) 笔交纳记录。"), error: false)
        }.disabled(Unavailable.noMemberSelected),
        KeyBinding([.char("b")], label: Phrase("base", "基数"), help: Phrase("the member's dues base from a month on: wage or pension, kind, monthly or quarterly", "自某月起的党费基数：工资或养老金、类别、按月或按季"),
                   hint: 3, writes: true) { state, _, _ in
            guard let member = state.selectedDuesMember, state.duesWritable else { return }
            state.modal = .form(state.duesBasisForm(member))
        }.disabled(Unavailable.noDuesMemberOrFiles),
        KeyBinding([.char("h")], label: Phrase("hand over", "上缴"), help: Phrase("record dues handed over to the higher committee", "记录上缴上级党委的党费"),
                   hint: 6, writes: true) { state, _, _ in
            guard state.duesWritable else { return }
            state.modal = .form(state.duesHandoverForm())
        },
        KeyBinding([.char("/")], label: Phrase("find", "查找"), help: Phrase("find a member by name, part of it, or pinyin initials (Enter keeps it, Esc clears it)",
                                                                            "按姓名、部分姓名或拼音首字母查找党员（Enter 保留，Esc 清除）"), hint: 8) { state, _, _ in
            state.dues.list.startSearch()
        },
        KeyBinding([.char("g")], label: Phrase("year", "全年"), help: Phrase("the year at a glance (members × months) or one month's register", "全年一览（党员 × 月份）或单月登记表"), hint: 7) { state, _, _ in
            state.dues.yearGrid.toggle()
        },
        KeyBinding([.key(.left), .char("[")], label: Phrase("month", "上月"), help: Phrase("the month before", "上一个月"), hint: 4) { state, _, _ in
            state.dues.month = state.duesMonth.previous
            state.dues.list.cursor.clamp(state.duesMembers(state.duesLedger).count)
        },
        KeyBinding([.key(.right), .char("]")], label: Phrase("next month", "下月"), help: Phrase("the month after", "下一个月")) { state, _, _ in
            state.dues.month = state.duesMonth.next
            state.dues.list.cursor.clamp(state.duesMembers(state.duesLedger).count)
        },
    ]
}
