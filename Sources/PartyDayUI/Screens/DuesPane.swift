import Foundation
import PartyDayKit

/// Dues taken at the meeting: opened with p on the "pay Party dues" agenda step, it lists
/// the meeting's expected members with this month's amount. Space marks the highlighted
/// member paid in full (the meeting's day, this meeting), P everyone present who has not
/// paid, n several months or another amount; / finds a member as in attendance.
extension AgendaStep {
    /// A step where dues are paid: its title names Party dues (缴纳党费, 交纳党费, "Pay
    /// membership dues"), as the theme Party Day templates write it.
    public var isDuesStep: Bool {
        title.contains("党费") || title.lowercased().contains("dues")
    }
}

extension WorkspaceState {
    /// The meeting's month and its day: what the pane takes dues for.
    func duesMonthAndDay(_ timeZone: TimeZone) -> (month: YearMonth, day: Day) {
        let day = DateText.day(meeting.start, in: timeZone)
        return (YearMonth(day), day)
    }

    /// The member on the highlighted attendance row.
    func duesPaneMember(_ context: ScreenContext) -> Member? {
        guard cursor.index < meeting.attendance.count else { return nil }
        let id = meeting.attendance[cursor.index].memberID
        return context.members.first { $0.id == id }
    }

    /// Back to the agenda; the dues step's notes say who paid here, and the step is ticked
    /// once someone has. Changed in place; the change is reported as `meetingEdited`.
    mutating func closeDuesPane(_ context: ScreenContext) -> [Intent] {
        duesOpen = false
        pane = .agenda
        let paid = context.dues.paidAt(meeting.id)
        guard paid.count > 0, let index = meeting.agenda.firstIndex(where: \.isDuesStep) else { return [] }
        // Each month its own sum: another month's prepayment is not this month's dues.
        let english = paid.months.map { "\($0.month) \($0.total) (\($0.members))" }.joined(separator: ", ")
        let chinese = paid.months.map { "\($0.month.year)年\($0.month.month)月份\($0.total)元（\($0.members)人）" }.joined(separator: "，")
        let line = context.strings.t("Dues: \(paid.count) members paid at the meeting: \(english); \(paid.total) in all.",
                                     "党费：\(paid.count)名党员当场交纳党费：\(chinese)；合计\(paid.total)元。")
        // Live, the clock; written up afterwards, a time inside the meeting (as a tick does).
        let stamp = meeting.tickTime(forStep: index, now: TextSanitizer.wholeSeconds(context.now))
        let before = meeting
        var lines = meeting.agenda[index].notes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeAll { $0.hasPrefix("Dues: ") || $0.hasPrefix("党费：") }
        lines.insert(line, at: 0)
        meeting.agenda[index].notes = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if meeting.agenda[index].status == .pending {
            meeting.tick(stepAt: index, at: stamp, members: context.members, branch: context.branch)
        }
        // The highlight follows ▸, the next step: left on the ticked step, the natural Space unticked it.
        setCursor(currentStepIndex ?? index)
        return meeting == before ? [] : [.meetingEdited(before: before)]
    }
}

extension WorkspaceState {
    func renderDuesPane(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let open = self
        let (month, day) = open.duesMonthAndDay(context.timeZone)
        let at = (meeting: open.meeting, month: month, day: day)
        let s = context.strings, l = s.labels
        guard context.dues.loaded else {
            grid.put(s.loading, x: 1, y: top + 1, style: Style(role: .muted))
            return nil
        }
        let ledger = context.duesLedger(asOf: at.day)
        let byID = Dictionary(context.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = at.meeting.attendance.map { row -> [String] in
            guard let member = byID[row.memberID] else { return [row.name, s.statusName(row.status), "", "", ""] }
            let standing = ledger.month(at.month, of: member)
            let paidHere = standing.payments.contains { $0.meetingID == at.meeting.id }
            let run = ledger.arrears(of: member).count
            let status = l.duesStatusName(standing.status) + (paidHere ? s.t(" here", "（本次会上）") : "")
                + (run > 0 ? s.t(" · \(run) months unpaid", " · 连续\(run)个月未交") : "")
            return [row.name, s.statusName(row.status), standing.due?.description ?? "?",
                    standing.paid == .zero && standing.extra == .zero ? "" : (standing.paid + standing.extra).description, status]
        }
        let paidHere = context.dues.paidAt(at.meeting.id)
        let heading = s.t("Party dues for \(at.month): \(paidHere.count) paid here, \(paidHere.total) · Esc back to the agenda",
                          "\(at.month)党费：本次会上 \(paidHere.count) 人交纳，合计 \(paidHere.total) 元 · Esc 返回议程")
        grid.put(heading, x: 1, y: top, style: Style(bold: true), limit: grid.size.columns - 2, ellipsis: true)
        if let problem = context.dues.problems.first {
            grid.put(s.t("\(problem.path) is damaged: dues cannot be recorded.", "\(problem.path) 已损坏：不能记录党费。"), x: 1, y: top + 1,
                     style: Style(role: .danger), limit: grid.size.columns - 2, ellipsis: true)
        }
        let columns = fitColumns([ColumnSpec(title: s.columnName, minimum: 8, maximum: 20),
                                  ColumnSpec(title: s.t("Came", "出席"), minimum: 6, maximum: 12),
                                  ColumnSpec(title: s.t("Due", "应交"), minimum: 6, maximum: 9),
                                  ColumnSpec(title: s.t("Paid", "实交"), minimum: 6, maximum: 9),
                                  ColumnSpec(title: s.columnStatus, minimum: 8, maximum: 60, flexible: true)], rows: rows, total: grid.size.columns)
        let findHeight = open.find == nil ? 0 : 1
        let tableTop = top + (context.dues.problems.isEmpty ? 1 : 2)
        grid.table(top: tableTop, height: height - (tableTop - top) - findHeight, columns: columns, rows: rows, selected: open.cursor.index) { index in
            guard let member = byID[at.meeting.attendance[index].memberID] else { return .plain }
            switch ledger.month(at.month, of: member).status {
            case .paid, .exempt: return Style(role: .good)
            case .arrears: return Style(role: .warning)
            default: return .plain
            }
        }
        return renderFindLine(&grid, context, top: top, height: height)
    }
}

extension WorkspaceState {
    /// The dues pane, over the attendance list (the "pay Party dues" step's `p`).
    mutating func openDuesPane() {
        pane = .attendance
        duesOpen = true
        setCursor(0)
    }
}

extension DuesRecords {
    /// Payments made at this meeting: by how many members, and how much.
    func paidAt(_ meetingID: String) -> (count: Int, total: Money, months: [(month: YearMonth, members: Int, total: Money)]) {
        let payments = years.values.flatMap(\.payments).filter { $0.meetingID == meetingID }
        // Each payment shared out over its months as the register shares it: each month what
        // it is due, the last month the rest (a prepayment of December is December's).
        var byMonth: [YearMonth: (members: Set<String>, total: Money)] = [:]
        for payment in payments {
            var left = payment.amount
            for (position, month) in payment.months.enumerated() {
                let due = bases.first { $0.memberID == payment.memberID }?.basis(in: month).flatMap(DuesRate.monthly)
                let share = position == payment.months.count - 1 ? left : min(left, due ?? Money(fen: left.fen / (payment.months.count - position)))
                left = left - share
                var entry = byMonth[month] ?? ([], .zero)
                entry.members.insert(payment.memberID)
                entry.total += share
                byMonth[month] = entry
            }
        }
        let months = byMonth.keys.sorted().map { ($0, byMonth[$0]!.members.count, byMonth[$0]!.total) }
        return (Set(payments.map(\.memberID)).count, payments.reduce(Money.zero) { $0 + $1.amount }, months)
    }
}

extension KeyScope {
    static let duesPaneKeys: [KeyBinding] = [
        KeyBinding([.char(" ")], label: Phrase("paid", "已交"), help: Phrase("the highlighted member paid this month in full at the meeting; the highlight moves on", "所选党员在会上交清本月党费；光标下移"),
                   hint: 1, writes: true, ifPresent: \.workspace) { open, context, _ in
            guard let member = open.duesPaneMember(context) else { return [] }
            let (month, day) = open.duesMonthAndDay(context.timeZone)
            open.setCursor(open.cursor.index + 1)
            return DuesForms.payInFull(member, month: month, on: day, meetingID: open.meeting.id, context).intents
        },
        KeyBinding([.char("P")], label: Phrase("all present paid", "出席者均已交"),
                   help: Phrase("everyone present who has not paid this month pays it in full (the exceptions first: mark them, or leave them)", "出席且本月未交的党员均交清本月党费（先处理例外情况）"),
                   hint: 2, writes: true, ifPresent: \.workspace) { open, context, _ in
            let (month, day) = open.duesMonthAndDay(context.timeZone)
            guard context.dues.writable else { return [.note(DuesForms.notLoaded(context.strings), error: true)] }
            let ledger = context.duesLedger(asOf: day)
            var payments: [(memberID: String, months: [YearMonth], amount: Money)] = []
            for row in open.meeting.attendance where row.attended {
                guard let member = context.members.first(where: { $0.id == row.memberID }) else { continue }
                let status = ledger.month(month, of: member).status
                guard status == .due || status == .arrears, let due = ledger.month(month, of: member).due else { continue }
                payments.append((member.id, [month], due))
            }
            let count = payments.count
            let note = Intent.note(context.strings.t("\(count) members marked paid for \(month).", "已记录 \(count) 名党员交纳\(month)党费。"), error: false)
            guard count > 0 else { return [note] }
            return [.changeDues(.payments(payments, on: day, meetingID: open.meeting.id, receivedBy: nil,
                                          label: Phrase("dues for \(month) of \(count) present", "出席的\(count)名党员\(month)的党费"))), note]
        },
        KeyBinding([.char("n")], label: Phrase("months", "多月"), help: Phrase("paid several months (back months first) or another amount: a form", "交纳多个月（先补交以前的月份）或其他金额：填写表单"),
                   hint: 3, writes: true, ifPresent: \.workspace) { open, context, _ in
            guard let member = open.duesPaneMember(context), context.dues.writable else { return [] }
            let (month, day) = open.duesMonthAndDay(context.timeZone)
            return [.openForm(DuesForms.payment(member, through: month, day: day, meetingID: open.meeting.id, months: nil, context))]
        },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("remove", "删除"), help: Phrase("remove the member's payment of this month", "删除该党员本月的交纳记录"),
                   hint: 5, writes: true, ifPresent: \.workspace) { open, context, _ in
            guard let member = open.duesPaneMember(context) else { return [] }
            return DuesForms.remove(member, month: open.duesMonthAndDay(context.timeZone).month, context)
        },
        KeyBinding([.char("/")], label: Phrase("find", "查找"), help: Phrase("find by name or pinyin initials", "按姓名或拼音首字母查找"), hint: 4,
                   ifPresent: \.workspace) { open, _, _ in
            open.startFind()
            return []
        },
        KeyBinding([.key(.escape), .char("q")], label: Phrase("back", "返回"), help: Phrase("back to the agenda; the step's notes say who paid", "返回议程；议程记录写明交纳情况"),
                   hint: 6, ifPresent: \.workspace) { open, context, _ in
            open.closeDuesPane(context)
        },
    ]
}
