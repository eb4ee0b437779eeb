import PartyDayKit

/// Draws a form as a centred box; returns where the caret goes.
extension AppState {
    func renderForm(_ form: Form, _ grid: inout Grid) -> Point? {
        let width = min(grid.size.columns - 2, 78)
        // Labels take what they need up to 18 columns, more only when the box leaves a field of 30.
        let labelWidth = min(max(18, width - 35), (form.fields.map { displayWidth($0.label) }.max() ?? 0) + 1)
        let fieldWidth = width - labelWidth - 5
        let bodyRows = form.fields.map(\.height).reduce(0, +)
        // A long error wraps (up to three rows) and the box grows for it, never cut at the edge.
        let errorLines = form.error.map { wrap($0, width: width - 4, limit: 3) } ?? []
        let extra = max(0, errorLines.count - 1)
        let height = min(grid.size.rows - 2, bodyRows + 4 + extra)
        let x = (grid.size.columns - width) / 2, y = max(1, (grid.size.rows - height) / 2)
        frame(&grid, x: x, y: y, width: width, height: height, title: form.title)
        let visibleRows = height - 4 - extra
        // Scroll so the focused field is in view.
        let focusTop = form.fields.prefix(form.focus).map(\.height).reduce(0, +)
        let focusHeight = form.fields[safe: form.focus]?.height ?? 1
        let scroll = max(0, min(focusTop, focusTop + focusHeight - visibleRows))
        var row = -scroll
        var caret: Point?
        var dropdown: (Point, [PersonCandidate], Int)?
        for (index, field) in form.fields.enumerated() {
            defer { row += field.height }
            guard row + field.height > 0, row < visibleRows else { continue }
            let fy = y + 1 + row
            let focused = index == form.focus
            grid.put(field.label, x: x + 2, y: max(y + 1, fy), style: Style(bold: focused), limit: labelWidth)
            let fx = x + 3 + labelWidth
            for line in max(0, row)..<min(visibleRows, row + field.height) {
                grid.target(.formField(index), x: x + 1, y: y + 1 + line, width: width - 2)
            }
            switch field.kind {
            case let .choice(options):
                let value = options.isEmpty ? "" : options[field.choice]
                grid.put("‹ \(value) ›", x: fx, y: fy, style: Style(reverse: focused), limit: fieldWidth)
            case .toggle:
                grid.put(field.choice == 1 ? "[x]" : "[ ]", x: fx, y: fy, style: Style(reverse: focused))
            case let .multiChoice(options):
                for (offset, option) in options.enumerated() where row + offset >= 0 && row + offset < visibleRows {
                    let mark = field.chosen.contains(offset) ? "[x]" : "[ ]"
                    grid.put("\(offset + 1) \(mark) \(option)", x: fx, y: y + 1 + row + offset,
                             style: Style(reverse: focused && field.choice == offset), limit: fieldWidth)
                }
            default:
                let boxHeight = field.height
                let point = field.input.draw(into: &grid, x: fx, y: fy, width: fieldWidth, height: boxHeight,
                                             style: Style(underline: true))
                if focused {
                    caret = point
                    if case .person = field.kind {
                        let matches = form.matches(index, pinyin)
                        if !matches.isEmpty { dropdown = (Point(x: fx, y: fy + 1), matches, field.pick) }
                    }
                }
            }
        }
        if !errorLines.isEmpty {
            for (line, text) in errorLines.enumerated() {
                grid.put(text, x: x + 2, y: y + height - 2 - extra + line, style: Style(role: .danger, bold: true), limit: width - 4)
            }
        } else {
            grid.put(hintBar(width: width - 4), x: x + 2, y: y + height - 2, style: Style(role: .muted), limit: width - 4)
        }
        if let (origin, matches, pick) = dropdown {
            // Six names at most, scrolled so the highlighted one — the one Tab, Enter and
            // Ctrl-S take — is shown, in reverse video like every highlight.
            let first = max(0, min(pick - 5, matches.count - 6))
            for (row, index) in (first..<min(matches.count, first + 6)).enumerated() where origin.y + row < grid.size.rows - 1 {
                let candidate = matches[index]
                let text = candidate.detail.isEmpty ? candidate.person.name : "\(candidate.person.name)  \(candidate.detail)"
                let style = index == pick ? Style(role: .accent, bold: true, reverse: true) : Style(role: .accent, underline: true)
                grid.fill(x: origin.x, y: origin.y + row, width: fieldWidth, style: style)
                grid.put(text, x: origin.x, y: origin.y + row, style: style, limit: fieldWidth)
            }
        }
        return caret
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
