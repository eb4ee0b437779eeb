import PartyDayKit

/// Keys shared by many screens, and the keys of the root's boxes (help, a question, the
/// duties grid).
extension KeyScope {
    static let globalKeys: [KeyBinding] = [
        KeyBinding([.char("?"), .key(.function(1))], label: Phrase("more", "更多"), help: Phrase("this list of keys", "本按键说明")) { state, _, _ in
            state.modal = .help(HelpBox())
        },
        KeyBinding([.char("u")], label: Phrase("undo", "撤销"),
                   help: Phrase("undo the last change of this session, whatever it was (a meeting, the roster, dues, settings, a delete); says what it undid",
                                "撤销本次运行中的上一次修改，无论是哪类（会议、名册、党费、设置、删除）；并说明撤销了什么"),
                   writes: true) { state, _, effects in state.undoLast(&effects) },
        KeyBinding([.key(.control("r"))], label: Phrase("redo", "重做"), help: Phrase("make the last undone change again", "重做上一次撤销的修改"),
                   writes: true) { state, _, effects in state.redoLast(&effects) },
    ]

    /// In force everywhere, in forms and boxes too.
    static let anywhereKeys: [KeyBinding] = [
        KeyBinding([.key(.control("c"))], label: Phrase("quit", "退出"), help: Phrase("quit; everything already typed is saved first", "退出；已输入的内容先全部保存")) { _, _, effects in
            effects.append(.quit)
        },
        KeyBinding([.key(.control("l"))], label: Phrase("redraw", "重绘"), help: Phrase("redraw the whole screen", "重新绘制整个屏幕")) { _, _, effects in
            effects.append(.redraw)
        },
        KeyBinding([.key(.control("z"))], label: Phrase("suspend", "挂起"), help: Phrase("suspend to the shell (saves first); fg brings partyday back", "挂起到命令行（先保存）；输入 fg 返回")) { _, _, effects in
            effects.append(.suspend)
        },
    ]

    /// The go keys come from the screens' rows (ScreenRegistry.swift).
    static let screenKeys: [KeyBinding] = AppState.screenEntries.compactMap { entry in entry.go.map { go($0.key, entry.screen, $0.label) } } + [
        KeyBinding([.key(.escape)], label: Phrase("back", "返回"), help: Phrase("home", "返回首页"), hint: 20) { state, _, _ in
            state.screen = state.branch == nil ? .welcome : .home
        },
        KeyBinding([.char("q")], label: Phrase("committee", "返回党委"),
                   help: Phrase("back to the committee screen (a branch the committee opened)", "返回党委汇总（由党委打开的支部）"), hint: 0,
                   when: { $0.committeeBranch != nil }) { _, _, effects in
            effects.append(.leaveBranch)
        },
        KeyBinding([.char("q")], label: Phrase("quit", "退出"),
                   help: Phrase("quit (asks first when changes could not be saved)", "退出（有修改未能保存时先询问）"),
                   when: { $0.committeeBranch == nil }) { state, _, effects in
            if let problem = state.saveProblem {
                state.modal = .confirm(Confirmation(question: state.strings.quitUnsaved(problem.text(state.strings.language)), action: .quitUnsaved))
            } else {
                effects.append(.quit)
            }
        },
    ]

    private static func go(_ digit: Character, _ screen: AppState.Screen, _ name: Phrase) -> KeyBinding {
        KeyBinding([.char(digit)], label: name, help: name) { state, _, _ in state.go(to: screen) }
    }

    static let listKeys: [KeyBinding] = [
        move([.key(.up), .char("k")], .up, Phrase("up", "上移"), Phrase("move the highlight up", "向上移动")),
        move([.key(.down), .char("j")], .down, Phrase("down", "下移"), Phrase("move the highlight down", "向下移动")),
        move([.key(.pageUp), .char("K")], .pageUp, Phrase("page up", "上翻"), Phrase("move 10 rows up", "向上移动 10 行")),
        move([.key(.pageDown), .char("J")], .pageDown, Phrase("page down", "下翻"), Phrase("move 10 rows down", "向下移动 10 行")),
        move([.key(.home)], .home, Phrase("first", "首行"), Phrase("first row", "第一行")),
        move([.key(.end)], .end, Phrase("last", "末行"), Phrase("last row", "最后一行")),
    ]

    private static func move(_ keys: [KeyStroke], _ key: Key, _ label: Phrase, _ help: Phrase) -> KeyBinding {
        KeyBinding(keys, label: label, help: help) { state, _, _ in state.moveSelection(key) }
    }

    static let helpKeys: [KeyBinding] = [
        scroll([.key(.up), .char("k")], -1, Phrase("scroll up", "向上滚动")),
        scroll([.key(.down), .char("j")], 1, Phrase("scroll down", "向下滚动")),
        scroll([.key(.pageUp)], -10, Phrase("a page up", "向上翻页")),
        scroll([.key(.pageDown), .char(" ")], 10, Phrase("a page down", "向下翻页")),
        scroll([.key(.home)], Int.min / 2, Phrase("to the top", "到顶部")),
        scroll([.key(.end)], Int.max / 2, Phrase("to the end", "到底部")),
        KeyBinding([.key(.escape), .char("?"), .char("q"), .key(.enter)], label: Phrase("close", "关闭"), help: Phrase("close the list", "关闭按键说明"), hint: 1) { state, _, _ in
            state.modal = nil
        },
    ]

    private static func scroll(_ keys: [KeyStroke], _ rows: Int, _ help: Phrase) -> KeyBinding {
        KeyBinding(keys, label: help, help: help, hint: rows == 1 ? 2 : nil) { state, _, _ in
            guard case var .help(box) = state.modal else { return }
            box.scroll = min(max(0, box.scroll + rows), state.maxHelpScroll)
            state.modal = .help(box)
        }
    }

    static let confirmKeys: [KeyBinding] = [
        KeyBinding([.char("y"), .char("Y")], label: Phrase("yes", "确定"),
                   help: Phrase("yes, do it (deleting takes a capital Y, typed after the question shows)", "确定执行（删除须在提问显示后按大写 Y）"),
                   hint: 1) { state, stroke, effects in
            guard case let .confirm(confirmation) = state.modal else { return }
            // A stray sequence or a paste must not delete: capital Y, after a pause in input.
            if confirmation.isDestructive && (stroke != .char("Y") || !confirmation.armed) { return }
            state.modal = nil
            state.confirmed(confirmation.action, &effects)
        },
        KeyBinding([.char("n"), .char("N"), .key(.escape)], label: Phrase("no", "取消"), help: Phrase("no, leave it", "不执行"), hint: 2) { state, _, _ in
            state.modal = nil
        },
    ]

    /// The search box of the screen on display (its registry row names it).
    static let searchKeys: [KeyBinding] = [
        KeyBinding([.key(.enter), .key(.down), .key(.up)], label: Phrase("done", "完成"), help: Phrase("done: the list keeps the filter", "完成：列表保留筛选"), hint: 1) { state, _, _ in
            state.endSearch(clear: false)
        },
        KeyBinding([.key(.escape)], label: Phrase("clear", "清除"), help: Phrase("clear the search", "清除搜索"), hint: 2) { state, _, _ in
            state.endSearch(clear: true)
        },
    ]

    static let dutiesKeys: [KeyBinding] = [
        KeyBinding([.key(.escape), .char("d"), .char("q"), .key(.enter)], label: Phrase("close", "关闭"), help: Phrase("close", "关闭"), hint: 1) { state, _, _ in
            state.modal = nil
        },
    ]
}

/// The `?` box: how far it is scrolled.
public struct HelpBox: Equatable, Sendable {
    public var scroll = 0
    public init() {}
}
