import PartyDayKit

/// The Talks screen's keys: each changes the screen's own state and asks for the rest (a
/// form, a change to the talks, a message) as intents.
extension KeyScope {
    static let talksKeys: [KeyBinding] = [
        KeyBinding([.char("a")], label: Phrase("talk", "记录谈话"),
                   help: Phrase("record a talk: day, who talked with whom, occasion, topics, what was agreed (on the grid: with the highlighted member)",
                                "记录一次谈心谈话：日期、谈话人、谈话对象、事由、内容、商定事项（在一览表中：与所选党员）"),
                   hint: 1, writes: true, scope: \.talksScreen) { screen, context, _ in
            let partner = screen.showGrid ? screen.highlightedMember(context).map { PersonRef(name: $0.name, memberID: $0.memberID) } : nil
            return [.openForm(TalkForms.talk(nil, partner: partner, context))]
        }.disabled(Unavailable.talksNotRead),
        KeyBinding([.key(.enter)], label: Phrase("open", "打开"), help: Phrase("the highlighted talk, to read or correct", "打开所选谈话记录，查看或更正"),
                   hint: 2, writes: true, scope: \.talksScreen) { screen, context, _ in
            guard !screen.showGrid, let talk = screen.highlighted(context) else { return [] }
            return [.openForm(TalkForms.talk(talk, partner: nil, context))]
        }.disabled(Unavailable.noTalkHighlighted),
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("remove", "删除"), help: Phrase("remove the highlighted talk (u brings it back)", "删除所选谈话记录（u 可撤销）"),
                   hint: 6, writes: true, scope: \.talksScreen) { screen, context, _ in
            guard !screen.showGrid, let talk = screen.highlighted(context) else { return [] }
            let s = context.strings
            return [.changeTalks(.delete(id: talk.id)), .note(s.t("Removed the talk \(talk.name) (\(talk.day)); u brings it back.", "已删除谈心谈话 \(talk.name)（\(talk.day)）；按 u 可撤销。"), error: false)]
        }.disabled(Unavailable.noTalkHighlighted),
        KeyBinding([.char("g")], label: Phrase("coverage", "覆盖"), help: Phrase("who has talked with whom this year (members × the committee), or the register",
                                                                                "本年度谁与谁谈过（党员 × 支委）一览，或谈话登记"),
                   hint: 3, scope: \.talksScreen) { screen, _, _ in
            screen.showGrid.toggle()
            return []
        },
        KeyBinding([.char("D")], label: Phrase("dossier", "党员情况"),
                   help: Phrase("write the dossier before the organizational-life meeting of the year shown to exports/ (.docx): a page per member — attendance, absences, dues in arrears, open pledges, this year's talks, the last grade",
                                "将所示年度组织生活会前党员情况导出到 exports/（.docx）：每人一页——参加组织生活、缺席、党费欠交、未兑现承诺、本年度谈话、最近评议等次"),
                   scope: \.talksScreen) { screen, context, _ in
            KeyScope.exportYear(.dossier, year: screen.shownYear(context), context, Wording("the dossier", "党员情况"), replyingTo: .talks)
        },
        KeyBinding([.char("/")], label: Phrase("find", "查找"), help: Phrase("find talks by either person's name, part of it, or pinyin initials", "按谈话任一方的姓名、部分姓名或拼音首字母查找"),
                   hint: 5, scope: \.talksScreen) { screen, _, _ in
            screen.showGrid = false
            screen.list.startSearch()
            return []
        },
        KeyBinding([.key(.left), .char("[")], label: Phrase("year", "上一年"), help: Phrase("the year before", "上一年"), hint: 4, scope: \.talksScreen) { screen, context, _ in
            screen.year = screen.shownYear(context) - 1
            screen.list.cursor.index = 0
            return []
        },
        KeyBinding([.key(.right), .char("]")], label: Phrase("next year", "下一年"), help: Phrase("the year after", "下一年"), scope: \.talksScreen) { screen, context, _ in
            screen.year = screen.shownYear(context) + 1
            screen.list.cursor.index = 0
            return []
        },
    ]
}

extension Unavailable {
    @Sendable static func talksNotRead(_ state: AppState) -> Phrase? {
        state.talks.loaded ? nil : Phrase("the talk files are not read yet", "谈心谈话文件尚未读入")
    }

    @Sendable static func noTalkHighlighted(_ state: AppState) -> Phrase? {
        if let reason = talksNotRead(state) { return reason }
        if state.talksScreen.showGrid { return Phrase("the grid shows members, not talks: g goes back to the register", "一览表列的是党员，不是谈话：按 g 回到登记表") }
        return state.talksScreen.highlighted(ScreenContext(app: state)) == nil
            ? Phrase("no talk on the list (none this year, or the find matches none): a records one", "列表中没有谈话（本年尚无，或查找没有匹配）：按 a 记录") : nil
    }
}
