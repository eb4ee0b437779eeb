import PartyDayKit

/// The Talks screen's own state: the year shown, the register (highlight, search box) or
/// the coverage grid (members × the committee). The talks themselves it reads through the
/// `ScreenContext`.
public struct TalksScreenState: Sendable {
    /// The year shown; nil: this year.
    public var year: Int?
    /// The coverage grid instead of the register.
    public var showGrid = false
    /// The register, its highlight and search box (`/`: either person's name or pinyin initials).
    public var list = SearchableList()
    /// The grid's highlighted member.
    public var member = ListCursor()

    func shownYear(_ context: ScreenContext) -> Int { year ?? context.today.year }

    /// The register of the year shown, newest first, narrowed by the search box.
    func rows(_ context: ScreenContext) -> [Talk] {
        let year = shownYear(context)
        let query = NameMatcher.Query(list.search.text)
        return context.talks.talks.filter { talk in
            talk.day.year == year && (query.isEmpty || [talk.talker.name, talk.partner.name].contains { query.matches(name: $0, key: context.pinyin[$0]) })
        }.reversed()
    }

    /// The talk highlighted on the register.
    func highlighted(_ context: ScreenContext) -> Talk? {
        let shown = rows(context)
        return list.cursor.index < shown.count ? shown[list.cursor.index] : nil
    }

    /// The year's coverage, on its last day (or today, while it runs).
    func coverage(_ context: ScreenContext) -> TalkCoverage {
        let year = shownYear(context)
        let asOf = min(context.today, Day(year: year, month: 12, day: 31)!)
        return TalkCoverage(year: year, talks: context.talks.talks, members: context.members, asOf: asOf)
    }

    /// The member highlighted on the grid.
    func highlightedMember(_ context: ScreenContext) -> TalkCoverage.Person? {
        let people = coverage(context).members
        return member.index < people.count ? people[member.index] : nil
    }
}

extension AppState {
    /// How many rows the Talks screen's list has (register or grid).
    var talksRowCount: Int {
        let context = ScreenContext(app: self)
        return talksScreen.showGrid ? talksScreen.coverage(context).members.count : talksScreen.rows(context).count
    }
}
