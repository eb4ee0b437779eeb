import PartyDayKit

/// The smallest terminal the screens are laid out for; below it a notice is shown.
public let minimumSize = Size(columns: 60, rows: 16)

/// Draws the state into a grid of `size`. Pure: the same state and size give the same frame.
public func render(_ state: AppState, _ size: Size) -> Frame {
    var grid = Grid(size: size)
    let s = state.strings
    guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else {
        grid.paragraph(s.tooSmall(size.columns, size.rows, minimumSize.columns, minimumSize.rows),
                       x: 0, y: 0, width: size.columns, height: size.rows, style: Style(role: .warning, bold: true))
        return Frame(grid: grid, cursor: nil)
    }
    state.renderTitleBar(&grid)
    let top = 1, height = size.rows - 3
    var caret = state.screenEntry.render(state, &grid, top, height)
    state.renderStatusLine(&grid)
    state.renderHintBar(&grid)
    switch state.modal {
    case let .form(form): caret = state.renderForm(form, &grid)
    case let .confirm(confirmation):
        caret = nil
        state.renderBox(&grid, title: s.confirmTitle, lines: [confirmation.question, "", confirmation.isDestructive ? s.yesNoDestructive : s.yesNo])
    case let .help(box):
        caret = nil
        state.renderHelp(box, &grid)
    case .duties:
        caret = nil
        state.renderBox(&grid, title: s.dutiesTitle(state.today.year, state.today.description), lines: ScreenContext(app: state).dutyGridLines)
    case let .importPreview(box):
        caret = nil
        state.renderBox(&grid, title: s.importPreviewTitle(box.request.path), lines: s.importPreviewLines(box.result), scroll: box.scroll)
    case let .conflicts(box):
        caret = nil
        state.renderBox(&grid, title: s.conflictsTitle(box.index + 1, box.copies.count), lines: s.conflictLines(box.copies[box.index]))
    case nil:
        break
    }
    return Frame(grid: grid, cursor: caret)
}

extension AppState {
    func renderTitleBar(_ grid: inout Grid) {
        let s = strings
        let bar = Style(role: .title, reverse: true)
        grid.fill(x: 0, y: 0, width: grid.size.columns, style: bar)
        let screenName = screenEntry.title.text(s.language)
        var x = grid.put(" partyday · \(screenName)", x: 0, y: 0, style: Style(role: .title, bold: true, reverse: true))
        if let name = branch?.name ?? committee?.request.committee.name {
            x += grid.put(" · ", x: x, y: 0, style: bar)
            grid.put(name, x: x, y: 0, style: bar, limit: grid.size.columns - x - 24)
        }
        let status: String
        if screen == .committee {
            // The committee reads its branches and writes nothing: not a warning.
            let badge = s.committeeBadge
            grid.put(badge, x: grid.size.columns - displayWidth(badge) - 1, y: 0, style: Style(role: .title, bold: true, reverse: true))
            return
        } else if readOnly != nil { status = s.readOnlyBadge } else if saveProblem != nil { status = s.saveFailedBadge } else { status = s.savedBadge }
        grid.put(status, x: grid.size.columns - displayWidth(status) - 1, y: 0,
                 style: Style(role: readOnly != nil || saveProblem != nil ? .danger : .title, bold: true, reverse: true))
    }

    func renderStatusLine(_ grid: inout Grid) {
        let y = grid.size.rows - 2
        if let saveProblem {
            grid.put(strings.saveFailed(saveProblem.text(strings.language)), x: 1, y: y, style: Style(role: .danger, bold: true), limit: grid.size.columns - 2)
        } else if let message {
            grid.put(message.text, x: 1, y: y, style: Style(role: message.isError ? .danger : .good, bold: message.isError),
                     limit: grid.size.columns - 2)
        } else if let readOnly {
            grid.put(readOnly, x: 1, y: y, style: Style(role: .warning), limit: grid.size.columns - 2)
        } else if opening != nil {
            grid.put(strings.loading, x: 1, y: y, style: Style(role: .muted))
        }
    }

    func renderHintBar(_ grid: inout Grid) {
        let y = grid.size.rows - 1
        grid.fill(x: 0, y: y, width: grid.size.columns, style: Style(reverse: true))
        grid.put(" " + hintBar(width: grid.size.columns - 2), x: 0, y: y, style: Style(reverse: true), limit: grid.size.columns)
    }

    /// A centred box with a title and lines of text; a line wider than the box wraps, and
    /// a box taller than the screen scrolls from `scroll` (its title then says which rows).
    func renderBox(_ grid: inout Grid, title: String, lines: [String], scroll: Int = 0) {
        let width = min(grid.size.columns - 4, max(displayWidth(title) + 6, (lines.map(displayWidth).max() ?? 0) + 4))
        let rows = lines.flatMap { line in line.isEmpty ? [""] : wrap(line, width: width - 4) }
        let height = min(grid.size.rows - 2, rows.count + 2)
        let x = (grid.size.columns - width) / 2, y = (grid.size.rows - height) / 2
        let visible = height - 2
        let first = min(max(0, scroll), max(0, rows.count - visible))
        let heading = rows.count > visible ? title + " " + strings.helpScrolls(from: first + 1, to: first + visible, of: rows.count) : title
        frame(&grid, x: x, y: y, width: width, height: height, title: heading)
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            grid.put(row, x: x + 2, y: y + 1 + offset, limit: width - 4)
        }
    }

    func frame(_ grid: inout Grid, x: Int, y: Int, width: Int, height: Int, title: String) {
        // What is under the box cannot be clicked.
        grid.clearTargets(x: x, y: y, width: width, height: height)
        for row in y..<(y + height) { grid.fill(x: x, y: row, width: width, style: .plain) }
        grid.put("┌" + String(repeating: "─", count: max(0, width - 2)) + "┐", x: x, y: y, style: Style(role: .accent))
        grid.put("└" + String(repeating: "─", count: max(0, width - 2)) + "┘", x: x, y: y + height - 1, style: Style(role: .accent))
        for row in (y + 1)..<(y + height - 1) {
            grid.put("│", x: x, y: row, style: Style(role: .accent))
            grid.put("│", x: x + width - 1, y: row, style: Style(role: .accent))
        }
        grid.put(" \(title) ", x: x + 2, y: y, style: Style(role: .accent, bold: true), limit: width - 4)
    }
}
