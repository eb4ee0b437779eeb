import PartyDayKit

/// The Dues screen's own state: the month it shows, its list of members with the
/// highlight and the search box, and whether the year grid is up. Everything else it
/// shows (the records, the register, the roster) it reads through the `ScreenContext`.
public struct DuesScreenState: Sendable {
    /// The month shown; nil for this month.
    public var month: YearMonth?
    /// The members of the month shown, their highlight and the search box (`/`: name or pinyin).
    public var list = SearchableList()
    /// The year at a glance (members × months) instead of one month's register.
    public var yearGrid = false

    /// The month shown.
    func shownMonth(_ context: ScreenContext) -> YearMonth { month ?? YearMonth(context.today) }

    /// The members listed for the month: those who owe it or have a base, narrowed by the search box.
    func members(_ context: ScreenContext, _ ledger: DuesLedger) -> [Member] {
        let query = NameMatcher.Query(list.search.text)
        let month = shownMonth(context)
        return context.members.filter {
            ledger.month(month, of: $0).status != .notOwed && (query.isEmpty || query.matches(name: $0.name, key: context.pinyin[$0.name]))
        }
    }

    /// The member highlighted.
    func selected(_ context: ScreenContext) -> Member? {
        let shown = members(context, context.duesLedger)
        return list.cursor.index < shown.count ? shown[list.cursor.index] : nil
    }

    /// Keeps the highlight on the list after the month changed.
    mutating func clampCursor(_ context: ScreenContext) {
        list.cursor.clamp(members(context, context.duesLedger).count)
    }
}

extension AppState {
    /// The member highlighted on the Dues screen (for disabled reasons and tests).
    var selectedDuesMember: Member? { duesScreen.selected(ScreenContext(app: self)) }
    /// The members the Dues screen lists.
    var duesScreenMembers: [Member] { duesScreen.members(ScreenContext(app: self), duesLedger) }
}
