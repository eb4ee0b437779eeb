import PartyDayKit

/// What a roster file would add, shown before anything is written: import it, create the
/// party groups it names, choose the day members without a roster date join, or cancel.
public struct ImportPreviewBox: Sendable {
    public var result: MemberImport
    /// The request that read the file, to read it again (another roster day, new groups).
    public var request: ImportRequest
    public var scroll = 0
}

extension AppState {
    /// The import preview, when it is the box open (its keys are scoped to it).
    var importPreviewBox: ImportPreviewBox? {
        get { if case let .importPreview(box) = modal { box } else { nil } }
        set {
            if let newValue { modal = .importPreview(newValue) } else if case .importPreview = modal { modal = nil }
        }
    }
}

extension ImportPreviewBox {
    /// The groups the file names that the branch lacks, as new groups (no leaders yet:
    /// Settings gives them), and the branch that has them; nil when none is missing.
    func branchWithNewGroups(_ context: ScreenContext, ids: inout SeededGenerator) -> BranchProfile? {
        guard var changed = context.branch else { return nil }
        for name in result.unknownGroups where !changed.partyGroups.contains(where: { $0.name == name }) {
            changed.partyGroups.append(PartyGroup(id: ids.shortID(), name: name))
        }
        return changed == context.branch ? nil : changed
    }
}

extension KeyScope {
    static let importPreviewKeys: [KeyBinding] = [
        KeyBinding([.char("y"), .char("Y"), .key(.enter)], label: Phrase("import", "导入"), help: Phrase("add the members listed", "添加所列党员"),
                   hint: 1, writes: true, ifPresent: \.importPreviewBox) { box, _, _ in
            [.closeBox] + (box.result.members.isEmpty ? [] : [.importRoster(box.result.members, creating: box.result.groupsToCreate)])
        },
        KeyBinding([.char("n"), .char("N"), .key(.escape)], label: Phrase("cancel", "取消"), help: Phrase("cancel: nothing is written", "取消：不写入任何内容"),
                   hint: 2, ifPresent: \.importPreviewBox) { _, _, _ in [.closeBox] },
        KeyBinding([.char("c")], label: Phrase("create groups", "新建党小组"),
                   help: Phrase("create the party groups the file names that the branch does not have, then read the file again", "新建文件中有而支部尚无的党小组，然后重新读取文件"),
                   hint: 4, writes: true, when: { !($0.importPreviewBox?.result.unknownGroups.isEmpty ?? true) },
                   ifPresent: \.importPreviewBox, ids: true) { box, context, _, ids in
            guard let changed = box.branchWithNewGroups(context, ids: &ids) else { return [] }
            var again = box.request
            again.branch = changed
            return [.changeSettings(.branch(changed, label: Phrase("the party groups the import named", "导入时新建的党小组"))),
                    .closeBox, .effect(Effect.previewImport(again).replying(to: .members))]
        },
        scroll([.key(.up), .char("k")], -1, Phrase("scroll up", "向上滚动")),
        scroll([.key(.down), .char("j")], 1, Phrase("scroll down", "向下滚动")),
        scroll([.key(.pageUp)], -10, Phrase("a page up", "向上翻页")),
        scroll([.key(.pageDown)], 10, Phrase("a page down", "向下翻页")),
        KeyBinding([.char("d")], label: Phrase("roster date", "在册日期"),
                   help: Phrase("the day members without a roster date in the file are on the roster from (default: 1 January, or the earliest meeting if earlier)",
                                "文件中未写转入日期的党员自哪一天起在册（默认：当年1月1日，若已有更早的会议则为最早会议日期）"),
                   hint: 3, ifPresent: \.importPreviewBox) { box, context, _ in
            [.openForm(Form(.importRosterSince(box.request), title: context.strings.rosterSinceTitle, fields: [
                FormField(.day, context.strings.fieldRosterSince, .day(required: true), value: box.request.rosterSince.description),
            ]))]
        },
    ]

    /// The preview scrolls when it lists more than fits.
    private static func scroll(_ keys: [KeyStroke], _ rows: Int, _ help: Phrase) -> KeyBinding {
        KeyBinding(keys, label: help, help: help, hint: rows == 1 ? 5 : nil, ifPresent: \.importPreviewBox) { box, _, _ in
            box.scroll = min(max(0, box.scroll + rows), 10_000)
            return []
        }
    }
}
