import PartyDayKit

/// The conflict copies a sync left (C on the home screen), one at a time: what this PC's
/// version and the other PC's hold, what differs, and a key for each choice.
/// The box's own state: the copies left, and which one shows.
public struct ConflictsBox: Sendable {
    public var copies: [ConflictCopy]
    public var index = 0
}

extension AppState {
    /// The conflicts box, when it is the one open (its keys are scoped to it).
    var conflictsBox: ConflictsBox? {
        get { if case let .conflicts(box) = modal { box } else { nil } }
        set {
            if let newValue { modal = .conflicts(newValue) } else if case .conflicts = modal { modal = nil }
        }
    }
}

extension KeyScope {
    static let conflictKeys: [KeyBinding] = [
        KeyBinding([.char("m")], label: Phrase("keep mine", "保留本机"),
                   help: Phrase("keep this PC's version; the other PC's copy is removed", "保留本机的版本，删除另一台电脑的副本"),
                   hint: 1, writes: true, ifPresent: \.conflictsBox) { box, _, _ in
            [.effect(.resolveConflict(copy: box.copies[box.index].copy, keepTheirs: false))]
        },
        KeyBinding([.char("t")], label: Phrase("take theirs", "采用对方"),
                   help: Phrase("take the other PC's version: it replaces this PC's record", "采用另一台电脑的版本，替换本机的记录"),
                   hint: 2, writes: true, ifPresent: \.conflictsBox) { box, _, _ in
            [.effect(.resolveConflict(copy: box.copies[box.index].copy, keepTheirs: true))]
        },
        step([.key(.down), .char("j")], 1, Phrase("next", "下一个")),
        step([.key(.up), .char("k")], -1, Phrase("previous", "上一个")),
        KeyBinding([.key(.escape), .char("q")], label: Phrase("close", "关闭"), help: Phrase("close; the copies stay until settled", "关闭；副本保留到处理为止"),
                   hint: 4, ifPresent: \.conflictsBox) { _, _, _ in [.closeBox] },
    ]

    private static func step(_ keys: [KeyStroke], _ by: Int, _ label: Phrase) -> KeyBinding {
        KeyBinding(keys, label: label, help: label, hint: by == 1 ? 3 : nil, ifPresent: \.conflictsBox) { box, _, _ in
            box.index = min(max(0, box.index + by), box.copies.count - 1)
            return []
        }
    }
}

extension Strings {
    func conflictsTitle(_ number: Int, _ count: Int) -> String {
        t("Conflict copy \(number) of \(count)", "冲突副本 \(number)/\(count)")
    }

    func conflictLines(_ copy: ConflictCopy) -> [String] {
        var lines = [copy.title, ""]
        // Each file's path last, on a line of its own: a long path wraps without
        // splitting the words around it.
        lines.append(t("This PC's version:", "本机的版本："))
        lines += copy.mine.map { "  " + $0 }
        lines.append(copy.record)
        lines.append(t("The other PC's version:", "另一台电脑的版本："))
        lines += copy.theirs.map { "  " + $0 }
        lines.append(copy.copy)
        if !copy.differs.isEmpty {
            lines.append(t("The other PC's version changes: ", "另一台电脑的版本改动了：") + copy.differs.joined(separator: t(", ", "、")))
        }
        lines.append("")
        lines.append(t("m keep this PC's · t take the other PC's · j next · Esc close", "m 保留本机 · t 采用对方 · j 下一个 · Esc 关闭"))
        return lines
    }

    var noConflicts: String { t("No conflict copies left.", "没有待处理的冲突副本。") }
    var conflictKeptMine: String { t("Kept this PC's version; the copy is removed. The next sync sends the choice.", "已保留本机的版本并删除副本，下次同步时发送。") }
    var conflictTookTheirs: String { t("Took the other PC's version; it is read again. The next sync sends the choice.", "已采用另一台电脑的版本并重新读取，下次同步时发送。") }
}
