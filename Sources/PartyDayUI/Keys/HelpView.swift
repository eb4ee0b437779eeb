import PartyDayKit

/// The `?` box: every key in force, grouped by where it applies, wrapped to the box and
/// scrolled when it does not fit.
extension AppState {
    /// One row of the box: a heading, or a key and (a line of) what it does.
    struct HelpRow: Equatable {
        var key: String
        var text: String
        var heading: Bool
    }

    /// The box's frame and its rows at the current size.
    func helpLayout() -> (x: Int, y: Int, width: Int, height: Int, rows: [HelpRow]) {
        let language = strings.language
        let width = min(size.columns - 4, 84)
        let keyWidth = 16
        let textWidth = max(10, width - 4 - keyWidth - 1)
        var rows: [HelpRow] = []
        for scope in screenScopes + [.anywhere] {
            let bindings = scope.bindings.filter { $0.applies(to: self) }
            guard !bindings.isEmpty else { continue }
            if !rows.isEmpty { rows.append(HelpRow(key: "", text: "", heading: false)) }
            rows.append(HelpRow(key: "", text: scope.title.text(language), heading: true))
            for binding in bindings {
                var key = binding.keyName(language)
                // A key list wider than its column wraps onto its own row first.
                if displayWidth(key) > keyWidth {
                    rows.append(HelpRow(key: key, text: "", heading: false))
                    key = ""
                }
                var help = binding.help.text(language)
                if let why = binding.whyDisabled(in: self) { help += strings.t(" — not now: \(why)", "——暂不可用：\(why)") }
                for (index, line) in wrap(help, width: textWidth).enumerated() {
                    rows.append(HelpRow(key: index == 0 ? key : "", text: line, heading: false))
                }
            }
        }
        let height = min(size.rows - 2, rows.count + 2)
        return ((size.columns - width) / 2, (size.rows - height) / 2, width, height, rows)
    }

    /// How far the box can scroll at this size.
    var maxHelpScroll: Int {
        let layout = helpLayout()
        return max(0, layout.rows.count - (layout.height - 2))
    }

    func renderHelp(_ box: HelpBox, _ grid: inout Grid) {
        let layout = helpLayout()
        let visible = layout.height - 2
        let scroll = min(box.scroll, max(0, layout.rows.count - visible))
        var title = strings.helpTitle
        if layout.rows.count > visible {
            title += " " + strings.helpScrolls(from: scroll + 1, to: scroll + visible, of: layout.rows.count)
        }
        frame(&grid, x: layout.x, y: layout.y, width: layout.width, height: layout.height, title: title)
        for (offset, row) in layout.rows.dropFirst(scroll).prefix(visible).enumerated() {
            let y = layout.y + 1 + offset
            if row.heading {
                grid.put(row.text, x: layout.x + 2, y: y, style: .heading, limit: layout.width - 4)
            } else {
                grid.put(row.key, x: layout.x + 2, y: y, style: Style(role: .accent, bold: true), limit: layout.width - 4)
                grid.put(row.text, x: layout.x + 2 + 17, y: y, limit: layout.width - 4 - 17)
            }
        }
    }
}
