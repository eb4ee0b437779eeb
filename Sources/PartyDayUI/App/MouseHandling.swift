import PartyDayKit

/// The mouse, for those who reach for it: the wheel scrolls the list (or the help box),
/// a click selects a row, a pane tab or a form field, and a click on the row already
/// highlighted opens it, as Enter would. A terminal without a mouse loses nothing.
extension AppState {
    mutating func handleMouse(_ mouse: MouseEvent, _ effects: inout [Effect]) {
        guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else { return }
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let key: Key = mouse.kind == .wheelUp ? .up : .down
            switch modal {
            case var .help(box):
                box.scroll = min(max(0, box.scroll + (key == .up ? -3 : 3)), maxHelpScroll)
                modal = .help(box)
            case nil:
                for _ in 0..<3 { moveSelection(key) }
            case .form, .confirm, .importPreview, .duties, .conflicts:
                break
            }
        case .press:
            // Where the click lands, on the screen as it is drawn now.
            guard let action = render(self, size).grid.action(at: mouse.at) else { return }
            click(action, &effects)
        }
    }

    private mutating func click(_ action: ClickAction, _ effects: inout [Effect]) {
        switch action {
        case let .formField(index):
            guard case var .form(form) = modal, index < form.fields.count else { return }
            form.focus = index
            modal = .form(form)
        case let .pane(pane):
            guard modal == nil else { return }
            showPane(pane)
        case let .row(index):
            guard modal == nil else { return }
            if index == selectionIndex {
                // A second click on the highlighted row: Enter.
                _ = dispatch(.key(.enter), &effects)
            } else {
                select(index)
            }
        }
    }

    /// The highlighted row of the list on screen.
    var selectionIndex: Int? { selectionCursor?.index }

    /// Highlights row `index` of the list on screen.
    mutating func select(_ index: Int) {
        guard var cursor = selectionCursor else { return }
        cursor.index = index
        cursor.clamp(selectionCount)
        selectionCursor = cursor
    }
}
