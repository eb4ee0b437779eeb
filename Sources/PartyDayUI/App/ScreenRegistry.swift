import PartyDayKit

/// One row per screen: all the root knows of a screen. The title bar, the go keys, the
/// keys in force, drawing, and the highlight of its list are read from here, so a new
/// screen is its own file or folder (state, keys, reducer, render) plus one row below.
struct ScreenEntry: Sendable {
    let screen: AppState.Screen
    /// Its name in the title bar.
    let title: Phrase
    /// The digit that goes to it from the other screens, and how help names it.
    let go: (key: Character, label: Phrase)?
    /// The key scopes in force on it (a search box open changes them).
    let scopes: @Sendable (AppState) -> [KeyScope]
    /// Draws it between the title bar and the status line; returns the caret, if a field has focus.
    let render: @Sendable (AppState, inout Grid, _ top: Int, _ height: Int) -> Point?
    /// Its list, if it has one: its rows and highlight, for moving, clamping and clicking.
    let list: ScreenList?
    /// Its searchable list, if it has one (`/` and typing go to it).
    let search: (WritableKeyPath<AppState, SearchableList> & Sendable)?
    /// Answers the forms addressed to it (`FormPurpose.addressed`): see `FormReplies`.
    let receive: FormReplies?
    /// Takes the answers to the effects it sent addressed to itself: see `EffectResults`.
    let results: EffectResults?

    init(_ screen: AppState.Screen, title: Phrase, go: (key: Character, label: Phrase)? = nil,
         scopes: @escaping @Sendable (AppState) -> [KeyScope], list: ScreenList? = nil,
         search: (WritableKeyPath<AppState, SearchableList> & Sendable)? = nil,
         receive: FormReplies? = nil, results: EffectResults? = nil,
         render: @escaping @Sendable (AppState, inout Grid, _ top: Int, _ height: Int) -> Point?) {
        self.screen = screen
        self.title = title
        self.go = go
        self.scopes = scopes
        self.render = render
        self.list = list
        self.search = search
        self.receive = receive
        self.results = results
    }
}

/// How a screen answers the forms addressed to it: with its own state (a reducer for the
/// replies, as for its keys) or without, and the read-only context; what else it needs it
/// asks for as intents.
struct FormReplies: Sendable {
    let handle: @Sendable (inout AppState, Form, inout [Effect]) -> Void

    /// Replies that change the screen's state at `path` and ask for the rest.
    static func scoped<Screen>(_ path: WritableKeyPath<AppState, Screen> & Sendable,
                               _ reply: @escaping @Sendable (inout Screen, Form, ScreenContext) -> [Intent]) -> FormReplies {
        FormReplies { state, form, effects in state.reduce(path, &effects) { screen, context, _ in reply(&screen, form, context) } }
    }

    /// Replies that change the screen's state and add records, given the program's one
    /// source of ids (see `AppState.reduce`).
    static func scoped<Screen>(_ path: WritableKeyPath<AppState, Screen> & Sendable, ids: Bool,
                               _ reply: @escaping @Sendable (inout Screen, Form, ScreenContext, inout SeededGenerator) -> [Intent]) -> FormReplies {
        FormReplies { state, form, effects in state.reduce(path, &effects) { screen, context, ids in reply(&screen, form, context, &ids) } }
    }

    /// Replies to a screen whose state may be absent (the open meeting), with the ids for
    /// the records they add.
    static func scoped<Screen>(ifPresent path: WritableKeyPath<AppState, Screen?> & Sendable,
                               _ reply: @escaping @Sendable (inout Screen, Form, ScreenContext, inout SeededGenerator) -> [Intent]) -> FormReplies {
        FormReplies { state, form, effects in state.reduce(ifPresent: path, &effects) { screen, context, ids in reply(&screen, form, context, &ids) } }
    }

    /// Replies that only ask (a change through the pipe, a message).
    static func asking(_ reply: @escaping @Sendable (Form, ScreenContext) -> [Intent]) -> FormReplies {
        FormReplies { state, form, effects in state.apply(reply(form, ScreenContext(app: state)), &effects) }
    }
}

/// A screen's list, as the root moves, clamps and clicks it.
struct ScreenList: Sendable {
    let count: @Sendable (AppState) -> Int
    let cursor: @Sendable (AppState) -> ListCursor?
    let setCursor: @Sendable (inout AppState, ListCursor) -> Void

    /// A list whose highlight is one cursor in the state.
    init(count: @escaping @Sendable (AppState) -> Int, cursor path: WritableKeyPath<AppState, ListCursor> & Sendable) {
        self.count = count
        self.cursor = { $0[keyPath: path] }
        self.setCursor = { $0[keyPath: path] = $1 }
    }

    init(count: @escaping @Sendable (AppState) -> Int, cursor: @escaping @Sendable (AppState) -> ListCursor?,
         setCursor: @escaping @Sendable (inout AppState, ListCursor) -> Void) {
        self.count = count
        self.cursor = cursor
        self.setCursor = setCursor
    }

    /// A searchable list (meetings, members, pledges): the highlight is the list's.
    static func searchable(_ path: WritableKeyPath<AppState, SearchableList> & Sendable, count: @escaping @Sendable (AppState) -> Int) -> ScreenList {
        ScreenList(count: count, cursor: { $0[keyPath: path].cursor }, setCursor: { $0[keyPath: path].cursor = $1 })
    }
}

extension AppState {
    /// Every screen, in the order of their go keys.
    static let screenEntries: [ScreenEntry] = [
        ScreenEntry(.welcome, title: Phrase("welcome", "欢迎"), scopes: { _ in [.welcome, .global] }, receive: WelcomeForm.replies) { state, grid, top, height in
            ScreenContext(app: state).renderWelcome(&grid, top: top, height: height)
            return nil
        },
        ScreenEntry(.home, title: Phrase("home", "首页"), go: ("1", Phrase("home", "首页")), scopes: { _ in [.home, .lists, .screens, .global] },
                    list: ScreenList(count: { $0.homeMeetings.count }, cursor: \.home)) { state, grid, top, height in
            state.home.render(into: &grid, ScreenContext(app: state), top: top, height: height)
            return nil
        },
        ScreenEntry(.meetings, title: Phrase("meetings", "会议"), go: ("2", Phrase("meetings", "会议列表")),
                    scopes: { $0.meetingsList.list.searching ? [.search, .textEditing] : [.meetings, .lists, .screens, .global] },
                    list: .searchable(\.meetingsList.list, count: { $0.filteredMeetings.count }), search: \AppState.meetingsList.list,
                    receive: MeetingsForm.replies, results: .exports) { state, grid, top, height in
            state.meetingsList.render(into: &grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.members, title: Phrase("members", "党员"), go: ("3", Phrase("members", "党员名册")),
                    scopes: { $0.roster.list.searching ? [.search, .textEditing] : [.members, .lists, .screens, .global] },
                    list: .searchable(\.roster.list, count: { $0.filteredMembers.count }), search: \AppState.roster.list,
                    receive: MembersForm.replies, results: MembersForm.results) { state, grid, top, height in
            state.roster.render(into: &grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.participation, title: Phrase("participation", "参加情况"), go: ("4", Phrase("participation", "参加情况")),
                    scopes: { [$0.participation.timelineMember != nil ? .timeline : .participation, .lists, .screens, .global] },
                    list: ScreenList(count: { state in
                        state.participation.timelineMember.map { ParticipationReport.timeline(memberID: $0, summaries: state.summaries).count }
                            ?? state.participationRows.count
                    }, cursor: { $0.participation.timelineMember != nil ? $0.participation.timelineCursor : $0.participation.cursor },
                    setCursor: { state, cursor in
                        if state.participation.timelineMember != nil { state.participation.timelineCursor = cursor } else { state.participation.cursor = cursor }
                    }), receive: ParticipationForm.replies) { state, grid, top, height in
            state.participation.render(into: &grid, ScreenContext(app: state), top: top, height: height)
            return nil
        },
        ScreenEntry(.pledges, title: Phrase("pledges", "承诺"), go: ("5", Phrase("pledges", "承诺")),
                    scopes: { $0.pledgeList.list.searching ? [.search, .textEditing] : [.pledges, .lists, .screens, .global] },
                    list: .searchable(\.pledgeList.list, count: { $0.visiblePledges.count }), search: \AppState.pledgeList.list,
                    receive: PledgesForm.replies, results: PledgesForm.results) { state, grid, top, height in
            state.pledgeList.render(into: &grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.settings, title: Phrase("settings", "设置"), go: ("6", Phrase("settings", "设置")),
                    scopes: { _ in [.settings, .screens, .global] }, receive: SettingsForm.replies) { state, grid, top, height in
            ScreenContext(app: state).renderSettings(&grid, top: top, height: height)
            return nil
        },
        ScreenEntry(.dues, title: Phrase("Party dues", "党费"), go: ("7", Phrase("Party dues", "党费")),
                    scopes: { $0.duesScreen.list.searching ? [.search, .textEditing] : [.dues, .lists, .screens, .global] },
                    list: .searchable(\.duesScreen.list, count: { $0.duesScreenMembers.count }), search: \AppState.duesScreen.list,
                    receive: .asking(DuesForms.receive)) { state, grid, top, height in
            state.duesScreen.render(into: &grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.development, title: Phrase("development", "发展党员"), go: ("8", Phrase("developing members", "发展党员")),
                    scopes: { state in
                        if state.developmentScreen.personID != nil { return [.developmentTimeline, .lists, .screens, .global] }
                        return state.developmentScreen.list.searching ? [.search, .textEditing] : [.development, .lists, .screens, .global]
                    },
                    list: ScreenList(count: { $0.developmentRowCount },
                                     cursor: { $0.developmentScreen.personID != nil ? $0.developmentScreen.step : $0.developmentScreen.list.cursor },
                                     setCursor: { state, cursor in
                                         if state.developmentScreen.personID != nil { state.developmentScreen.step = cursor } else { state.developmentScreen.list.cursor = cursor }
                                     }),
                    search: \AppState.developmentScreen.list, receive: DevelopmentForms.replies, results: .exports) { state, grid, top, height in
            state.developmentScreen.render(into: &grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.talks, title: Phrase("talks", "谈心谈话"), go: ("9", Phrase("talks", "谈心谈话")),
                    scopes: { $0.talksScreen.list.searching ? [.search, .textEditing] : [.talks, .lists, .screens, .global] },
                    list: ScreenList(count: { $0.talksRowCount },
                                     cursor: { $0.talksScreen.showGrid ? $0.talksScreen.member : $0.talksScreen.list.cursor },
                                     setCursor: { state, cursor in
                                         if state.talksScreen.showGrid { state.talksScreen.member = cursor } else { state.talksScreen.list.cursor = cursor }
                                     }),
                    search: \AppState.talksScreen.list, receive: TalkForms.replies, results: .exports) { state, grid, top, height in
            state.talksScreen.render(into: &grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.plan, title: Phrase("plan", "年度计划"), go: ("0", Phrase("the year's plan", "年度工作计划")),
                    scopes: { _ in [.plan, .lists, .screens, .global] },
                    list: ScreenList(count: { $0.planRowCount }, cursor: { $0.planScreen.cursor }, setCursor: { $0.planScreen.cursor = $1 }),
                    receive: PlanForms.replies) { state, grid, top, height in
            state.planScreen.render(into: &grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.workspace, title: Phrase("meeting", "会议"), scopes: { state in
            guard let open = state.workspace else { return [.global] }
            if open.find != nil { return [.find, .textEditing] }
            return [open.duesOpen ? .duesPane : open.pane.keyScope, .workspace, .lists, .global]
        }, list: ScreenList(count: { $0.workspace.map { $0.rowCount($0.pane) } ?? 0 }, cursor: { $0.workspace?.cursor },
                            setCursor: { $0.workspace?.cursor = $1 }), receive: WorkspaceForm.replies, results: .exports) { state, grid, top, height in
            state.workspace?.renderWorkspace(&grid, ScreenContext(app: state), top: top, height: height)
        },
        ScreenEntry(.committee, title: Phrase("committee", "党委汇总"), scopes: { _ in [.committee, .lists] },
                    list: ScreenList(count: { $0.committee?.rows?.count ?? 0 }, cursor: { $0.committee?.cursor },
                                     setCursor: { $0.committee?.cursor = $1 }), results: CommitteeView.results) { state, grid, top, height in
            state.committee?.render(into: &grid, ScreenContext(app: state), top: top, height: height)
            return nil
        },
    ]

    private static let entriesByScreen = Dictionary(uniqueKeysWithValues: screenEntries.map { ($0.screen, $0) })

    /// The registry row of `screen`.
    static func entry(_ screen: Screen) -> ScreenEntry { entriesByScreen[screen]! }

    /// The row of the screen on display.
    var screenEntry: ScreenEntry { Self.entry(screen) }
}
