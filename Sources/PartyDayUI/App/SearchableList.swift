import PartyDayKit

/// The list behind the Meetings, Members and Pledges screens (and, without its search
/// box, Participation): a highlight that stays inside the list, a search box that filters
/// it, and the same keys on every screen that shows one.
public struct SearchableList: Equatable, Sendable {
    public var cursor = ListCursor()
    public var search = TextField()
    /// The search box has the keys.
    public var searching = false

    public init() {}

    /// What the search box holds.
    public var query: String { search.text }

    mutating func startSearch() { searching = true }

    /// Enter keeps the filter, Esc clears it.
    mutating func endSearch(clear: Bool) {
        searching = false
        if clear { search = TextField() }
    }

    /// An edit of the search box; the list starts again at its top.
    mutating func type(_ event: Event) {
        if search.handle(event) { cursor.index = 0 }
    }

    /// The search box at (`x`, `y`), while it is open or holds a filter; the caret while typing.
    func drawSearch(into grid: inout Grid, label: String, x: Int, y: Int, width: Int) -> Point? {
        guard searching || !search.text.isEmpty else { return nil }
        let boxX = x + grid.put(label, x: x, y: y, style: Style(role: .muted)) + 1
        let caret = search.draw(into: &grid, x: boxX, y: y, width: max(1, width - (boxX - x)), style: Style(underline: true))
        return searching ? caret : nil
    }
}

extension AppState {
    /// The searchable list of the screen on display, if it has one.
    var searchableList: WritableKeyPath<AppState, SearchableList>? { screenEntry.search }
}
