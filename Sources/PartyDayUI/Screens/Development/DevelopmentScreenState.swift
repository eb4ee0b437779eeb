import PartyDayKit

/// The Development screen's own state: the pipeline's list (highlight, search box), and
/// the person whose timeline of 25 steps is open. The people themselves it reads through
/// the `ScreenContext`.
public struct DevelopmentScreenState: Sendable {
    /// The pipeline, its highlight and search box (`/`: name or pinyin initials).
    public var list = SearchableList()
    /// The person whose timeline is open; nil: the pipeline.
    public var personID: String?
    /// The step highlighted on the timeline.
    public var step = ListCursor()
    /// People who left the pipeline (or converted and archived) are listed too.
    public var showAll = false

    /// One person on the pipeline, as of today.
    struct Row {
        var person: DevelopmentPerson
        var status: DevelopmentStatus
        /// Something is overdue or wrong: listed first.
        var urgent: Bool
    }

    /// The pipeline: overdue first, then by stage, then by name; narrowed by the search box.
    func rows(_ context: ScreenContext) -> [Row] {
        let query = NameMatcher.Query(list.search.text)
        let rules = DevelopmentRules(limits: context.branch?.development ?? .defaults, members: context.members)
        return context.development.people.compactMap { person -> Row? in
            guard query.isEmpty || query.matches(name: person.name, key: context.pinyin[person.name]) else { return nil }
            let status = DevelopmentStatus(person, asOf: context.today, rules: rules)
            if !showAll && status.next == nil { return nil }
            let urgent = status.findings.contains { $0.severity == .violation } || (status.deadline.map { $0 < context.today } ?? false)
            return Row(person: person, status: status, urgent: urgent)
        }.sorted { a, b in
            if a.urgent != b.urgent { return a.urgent }
            if a.status.stage != b.status.stage { return a.status.stage < b.status.stage }
            return (a.person.name, a.person.id) < (b.person.name, b.person.id)
        }
    }

    /// The person highlighted on the pipeline.
    func highlighted(_ context: ScreenContext) -> DevelopmentPerson? {
        let shown = rows(context)
        return list.cursor.index < shown.count ? shown[list.cursor.index].person : nil
    }

    /// The person whose timeline is open, as recorded now.
    func open(_ context: ScreenContext) -> DevelopmentPerson? { personID.flatMap(context.development.person) }

    /// The step highlighted on the open timeline.
    var highlightedStep: DevelopmentStep { DevelopmentStep(rawValue: step.index + 1) ?? .application }
}

extension AppState {
    /// How many rows the Development screen's list has (pipeline or timeline).
    var developmentRowCount: Int {
        developmentScreen.personID != nil ? DevelopmentStep.allCases.count : developmentScreen.rows(ScreenContext(app: self)).count
    }
}
