import PartyDayKit

/// The Dues screen's keys: each acts on the screen's own state and asks for the rest
/// (a form, a change to the records, a message) as intents.
extension KeyScope {
    static let duesKeys: [KeyBinding] = [
        KeyBinding([.char(" ")], label: Phrase("paid", "已交"), help: Phrase("the highlighted member paid this month in full, today", "所选党员今天交清本月党费"),
                   hint: 1, writes: true, scope: \.duesScreen) { screen, context, _ in
            guard let member = screen.selected(context) else { return [] }
            let (paid, intents) = DuesForms.payInFull(member, month: screen.shownMonth(context), on: context.today, meetingID: nil, context)
            // The highlight moves on to the next member (the list is the same after the payment).
            if paid { screen.list.cursor.index = min(screen.list.cursor.index + 1, max(0, screen.members(context, context.duesLedger).count - 1)) }
            return intents
        }.disabled(Unavailable.noMemberSelected),
        KeyBinding([.char("n")], label: Phrase("months", "多月"), help: Phrase("paid several months (back months first) or another amount: a form", "交纳多个月（先补交以前的月份）或其他金额：填写表单"),
                   hint: 2, writes: true, scope: \.duesScreen) { screen, context, _ in
            guard let member = screen.selected(context), context.dues.writable else { return [] }
            return [.openForm(DuesForms.payment(member, through: screen.shownMonth(context), day: context.today, meetingID: nil, months: nil, context))]
        }.disabled(Unavailable.noDuesMemberOrFiles),
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("remove", "删除"),
                   help: Phrase("remove the member's payment of this month (one of several months goes whole)", "删除该党员本月的交纳记录（多月一次交纳的整笔删除）"),
                   hint: 5, writes: true, scope: \.duesScreen) { screen, context, _ in
            guard let member = screen.selected(context) else { return [] }
            return DuesForms.remove(member, month: screen.shownMonth(context), context)
        }.disabled(Unavailable.noMemberSelected),
        KeyBinding([.char("b")], label: Phrase("base", "基数"), help: Phrase("the member's dues base from a month on: wage or pension, kind, monthly or quarterly", "自某月起的党费基数：工资或养老金、类别、按月或按季"),
                   hint: 3, writes: true, scope: \.duesScreen) { screen, context, _ in
            guard let member = screen.selected(context), context.dues.writable else { return [] }
            return [.openForm(DuesForms.basis(member, month: screen.shownMonth(context), context))]
        }.disabled(Unavailable.noDuesMemberOrFiles),
        KeyBinding([.char("h")], label: Phrase("hand over", "上缴"), help: Phrase("record dues handed over to the higher committee", "记录上缴上级党委的党费"),
                   hint: 6, writes: true, scope: \.duesScreen) { screen, context, _ in
            guard context.dues.writable else { return [] }
            return [.openForm(DuesForms.handover(through: screen.shownMonth(context), context))]
        },
        KeyBinding([.char("/")], label: Phrase("find", "查找"), help: Phrase("find a member by name, part of it, or pinyin initials (Enter keeps it, Esc clears it)",
                                                                            "按姓名、部分姓名或拼音首字母查找党员（Enter 保留，Esc 清除）"), hint: 8, scope: \.duesScreen) { screen, _, _ in
            screen.list.startSearch()
            return []
        },
        KeyBinding([.char("g")], label: Phrase("year", "全年"), help: Phrase("the year at a glance (members × months) or one month's register", "全年一览（党员 × 月份）或单月登记表"),
                   hint: 7, scope: \.duesScreen) { screen, _, _ in
            screen.yearGrid.toggle()
            return []
        },
        KeyBinding([.key(.left), .char("[")], label: Phrase("month", "上月"), help: Phrase("the month before", "上一个月"), hint: 4, scope: \.duesScreen) { screen, context, _ in
            screen.month = screen.shownMonth(context).previous
            screen.clampCursor(context)
            return []
        },
        KeyBinding([.key(.right), .char("]")], label: Phrase("next month", "下月"), help: Phrase("the month after", "下一个月"), scope: \.duesScreen) { screen, context, _ in
            screen.month = screen.shownMonth(context).next
            screen.clampCursor(context)
            return []
        },
    ]
}
