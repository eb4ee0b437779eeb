import PartyDayKit

/// What a form does with a key; `Form` performs it.
public enum FormCommand: Sendable, Equatable {
    case cancel, submit, nextField, previousField
    /// Next field, or save on the last; a new line in a multi-line field.
    case enter
    /// Next field, or the next name or option in a person or checkbox field.
    case down
    case up
    case previousOption, nextOption, toggleOption, pickNumber
}

/// What a text field does with a key; `TextField` performs it.
public enum TextCommand: Sendable, Equatable {
    case left, right, lineStart, lineEnd, deleteBack, deleteForward, deleteToStart, deleteToEnd, newLine, lineUp, lineDown
}

extension KeyScope {
    /// The action of the first binding of this scope that names `stroke`.
    func action(for stroke: KeyStroke) -> KeyAction? {
        bindings.first { $0.keys.contains(stroke) }?.action
    }

    static let formKeys: [KeyBinding] = [
        form([.key(.tab)], .nextField, Phrase("next", "下一项"), Phrase("next field", "下一项"), hint: 1),
        form([.key(.backTab)], .previousField, Phrase("previous", "上一项"), Phrase("previous field", "上一项")),
        form([.key(.enter)], .enter, Phrase("next", "下一项"), Phrase("next field; on the last field, save. In a multi-line field, a new line", "下一项；在最后一项时保存。多行输入框中为换行")),
        form([.key(.down)], .down, Phrase("down", "下"),
             Phrase("next field; in a person field, the next name that matches (Chinese, Latin or pinyin initials); in a list of checkboxes, the next box",
                    "下一项；人员输入框中为下一个匹配的姓名（汉字、拼音或拼音首字母）；复选列表中为下一项")),
        form([.key(.up)], .up, Phrase("up", "上"), Phrase("previous field, name or box", "上一项、上一个姓名或复选项")),
        form([.key(.control("s")), .key(.function(2))], .submit, Phrase("save", "保存"), Phrase("save from any field", "在任意一项保存"), hint: 2),
        form([.key(.escape)], .cancel, Phrase("cancel", "取消"), Phrase("cancel: nothing is saved", "取消：不保存"), hint: 3),
    ]

    static let formOptionKeys: [KeyBinding] = [
        form([.key(.left)], .previousOption, Phrase("previous", "上一个"), Phrase("previous choice (a yes/no field flips)", "上一个选项（是/否项切换）")),
        form([.key(.right)], .nextOption, Phrase("next", "下一个"), Phrase("next choice (a yes/no field flips)", "下一个选项（是/否项切换）")),
        form([.char(" ")], .toggleOption, Phrase("tick", "勾选"), Phrase("next choice; in a list of checkboxes, tick or untick the highlighted box", "下一个选项；复选列表中勾选或取消所选项")),
        KeyBinding(KeyStroke.chars("123456789"), keyText: "1–9", label: Phrase("pick", "选择"),
                   help: Phrase("pick the option of that number (in checkboxes: tick or untick it)", "选择该编号的选项（复选列表中勾选或取消）"), action: .form(.pickNumber)),
    ]

    private static func form(_ keys: [KeyStroke], _ command: FormCommand, _ label: Phrase, _ help: Phrase, hint: Int? = nil) -> KeyBinding {
        KeyBinding(keys, label: label, help: help, hint: hint, action: .form(command))
    }

    static let textEditingKeys: [KeyBinding] = [
        text([.key(.left)], .left, Phrase("move one character left (a Chinese character, an emoji with its modifiers)", "左移一个字符（一个汉字、一个表情符号）")),
        text([.key(.right)], .right, Phrase("move one character right", "右移一个字符")),
        text([.key(.home), .key(.control("a"))], .lineStart, Phrase("to the start (of the line, in a multi-line field)", "到开头（多行输入框中为行首）")),
        text([.key(.end), .key(.control("e"))], .lineEnd, Phrase("to the end (of the line, in a multi-line field)", "到末尾（多行输入框中为行尾）")),
        text([.key(.backspace)], .deleteBack, Phrase("delete the character before the caret", "删除光标前的字符")),
        text([.key(.delete), .key(.control("d"))], .deleteForward, Phrase("delete the character under the caret", "删除光标处的字符")),
        text([.key(.control("u"))], .deleteToStart, Phrase("delete to the start (of the line)", "删除到开头（行首）")),
        text([.key(.control("k"))], .deleteToEnd, Phrase("delete to the end (of the line)", "删除到末尾（行尾）")),
        text([.key(.enter)], .newLine, Phrase("(multi-line) a new line", "（多行）换行")),
        text([.key(.up)], .lineUp, Phrase("(multi-line) the line above, at the same display column", "（多行）上一行的同一列")),
        text([.key(.down)], .lineDown, Phrase("(multi-line) the line below", "（多行）下一行")),
    ]

    private static func text(_ keys: [KeyStroke], _ command: TextCommand, _ help: Phrase) -> KeyBinding {
        KeyBinding(keys, label: help, help: help, action: .text(command))
    }
}
