import Foundation
import PartyDayKit

/// What a screen's key handler asks the program to do. A handler changes only its own
/// screen's state; everything beyond it — a box, another screen, a save, an effect — it
/// asks for, and `AppState.apply` decides (the parent-decides shape of Elm's nested
/// updates and the Composable Architecture's scoped reducers).
public enum Intent: Sendable {
    case openForm(Form)
    case ask(Confirmation)
    /// The `?` box.
    case showHelp
    /// Closes the box that asked (conflicts, import preview).
    case closeBox
    /// Starts a sync of the folder (the home screen's `S`); nothing changes meanwhile.
    case sync
    /// The year's duties box.
    case showDuties
    case navigate(AppState.Screen)
    /// The Pledges screen, reviewing at a meeting's agenda step or not.
    case openPledges(ReviewOrigin?)
    case openMeeting(id: String)
    /// Back from a meeting to the meetings list.
    case leaveMeeting
    /// The open meeting was changed from `before`: remember it for undo and save.
    case meetingEdited(before: Meeting)
    /// A filter the reports depend on changed.
    case reportsChanged
    case note(String, error: Bool)
    /// A failure, worded in the interface language.
    case failed(Wording)
    /// The import preview box over the Members screen.
    case showImportPreview(ImportPreviewBox)
    /// A change the runner made in a file (a pledge reviewed in a meeting not open): kept
    /// for undo and in the meetings list, not saved again.
    case changedOnDisk(RecordEdit)
    case effect(Effect)
    /// A change to the dues records, made through the pipe.
    case changeDues(DuesChange)
    /// A change to a person in development, made through the pipe.
    case changeDevelopment(DevelopmentChange)
    /// A change to the talks, made through the pipe.
    case changeTalks(TalkChange)
    /// An election of the committee, with the roster's roles, made through the pipe.
    case changeElections(ElectionChange)
    /// A change to a year's plan, made through the pipe.
    case changePlan(PlanChange)
    /// A change to a member's away record (and the roster when a receipt returns), through the pipe.
    case changeAway(AwayChange)
    /// A change to the branch's settings (thresholds, duties, party groups), through the pipe.
    case changeSettings(SettingsChange)
    /// A change to the open meeting asked from another screen (a pledge reviewed while it is open).
    case changeOpenMeeting(@Sendable (inout Meeting) -> Void)
    /// The branch created on the first run: kept, saved, and on to the Members screen.
    case createBranch(BranchProfile)
    /// A new meeting: created through the pipe (undo removes it) and opened.
    case createMeeting(Meeting)
    /// The roster as a screen changed it (a member added, edited, transferred), through the pipe.
    case replaceRoster([Member], label: Phrase)
    /// Members read from a roster file, with the party groups it names, as one change.
    case importRoster([Member], creating: [PartyGroup])
    /// A member's conversion (or joining) the roster follows, through the pipe.
    case changeRoster(RosterStep, label: Phrase)
}

/// What a screen's handler, reducer and render may read: the shared records and the
/// program's circumstances, read-only — not the root itself (kept private, so a feature
/// cannot reach into another's state).
public struct ScreenContext: Sendable {
    private let app: AppState

    init(app: AppState) { self.app = app }

    public var branch: BranchProfile? { app.branch }
    public var members: [Member] { app.members }
    public var strings: Strings { app.strings }
    public var today: Day { app.today }
    public var now: Date { app.now }
    public var timeZone: TimeZone { app.timeZone }
    public var writable: Bool { app.writable }
    public var pinyin: [String: PinyinKey] { app.pinyin }
    /// The dues records, the register as of today, and whether dues may be recorded.
    public var dues: DuesRecords { app.dues }
    var duesLedger: DuesLedger { app.duesLedger }
    func duesLedger(asOf day: Day) -> DuesLedger { app.duesLedger(asOf: day) }
    var duesReceiver: String { app.duesReceiver }
    var ladder: WarningLadder { app.branch?.ladder ?? .defaults }
    /// The people in development, and the meetings listed (newest first), read-only.
    public var development: DevelopmentRecords { app.development }
    public var meetings: [MeetingSummary] { app.summaries }
    /// The talks (谈心谈话), by day, read-only.
    public var talks: TalkRecords { app.talks }
    /// The committee's elections, by day, read-only.
    public var elections: ElectionRecords { app.elections }
    /// The year plans, read-only.
    public var plans: PlanRecords { app.plans }
    /// Members away, moving or out of contact, read-only.
    public var away: AwayRecords { app.away }
    /// The pledge list of the reports, and which meeting is open (if any).
    var pledges: [PledgeEntry] { app.reports.pledges }
    var openMeetingID: String? { app.workspace?.meeting.id }
    var openMeetingState: Meeting.State? { app.workspace?.meeting.state }
    /// Why this copy may not write (another partyday holds the folder, the committee's copy), or nil.
    var readOnly: String? { app.readOnly }
    /// The computer's zone (a new branch's default) and the data folder, for the welcome screen.
    var systemZone: TimeZone { app.systemZone }
    var dataFolder: String { app.dataFolder }
    /// The years that have meetings, newest first.
    var meetingYears: [Int] { app.meetingYears }
    /// The meetings list as the Meetings screen filters it (kept by `update`).
    var filteredMeetings: [MeetingSummary] { app.filteredMeetings }
    /// The home screen's meetings: in progress, then recent.
    var homeMeetings: [MeetingSummary] { app.homeMeetings }
    /// The home screen's figures, and whether the meetings have been listed yet.
    var overview: BranchOverview { app.overview }
    var summariesLoaded: Bool { app.summariesLoaded }
    /// How the folder stands in git, and whether a sync runs now.
    var sync: BranchSync.Status? { app.sync }
    var syncing: Bool { app.syncing }
    /// The reports computed from the records (compliance, participation, pledges).
    var reports: ReportsCache { app.reports }
    /// Members with dues unpaid long enough to warn (the dues half of the six-month rule).
    var duesAtRisk: [DuesRisk] { app.duesAtRisk }
    /// The participation report's rows in roster order, once computed.
    var participationRows: [MemberParticipation] { app.reports.participation?.rows ?? [] }
}

extension AppState {
    /// Carries out what a screen asked for.
    mutating func apply(_ intents: [Intent], _ effects: inout [Effect]) {
        for intent in intents {
            switch intent {
            case let .openForm(form): modal = .form(form)
            case let .ask(confirmation): modal = .confirm(confirmation)
            case .showDuties: modal = .duties
            case .showHelp: modal = .help(HelpBox())
            case .closeBox: modal = nil
            case .sync:
                guard !syncing else { continue }
                syncing = true
                effects.append(.sync(language: strings.language))
            case let .importRoster(list, groups): importMembers(list, creating: groups, &effects)
            case let .navigate(target): go(to: target)
            case let .openPledges(origin): openPledges(reviewAt: origin)
            case let .openMeeting(id): open(id, &effects)
            case .leaveMeeting: leaveWorkspace()
            case let .meetingEdited(before):
                meetingEdited(from: before, &effects)
            case .reportsChanged: invalidateReports()
            case let .note(text, error): note(text, error: error)
            case let .failed(problem): note(problem.text(strings.language), error: true)
            case let .showImportPreview(box): modal = .importPreview(box)
            case let .changedOnDisk(edit):
                remember(edit)
                for case let .meeting(meeting) in edit.after { replaceSummary(MeetingSummary(meeting)) }
            case let .effect(effect): effects.append(effect)
            case let .changeDues(change): self.change(change, &effects)
            case let .changeDevelopment(change): self.change(change, &effects)
            case let .changeTalks(change): self.change(change, &effects)
            case let .changeElections(change): self.change(change, &effects)
            case let .changePlan(change): self.change(change, &effects)
            case let .changeAway(change): self.change(change, &effects)
            case let .changeSettings(change): self.change(change, &effects)
            case let .changeRoster(step, label): self.change(step, label: label, &effects)
            case let .changeOpenMeeting(change): changeMeeting(&effects, change)
            case let .createBranch(created):
                branch = created
                effects.append(.saveBranch(created))
                screen = .members
            case let .createMeeting(meeting):
                workspace = WorkspaceState(meeting: meeting)
                commit(RecordEdit(before: [.noMeeting(id: meeting.id)], after: [.meeting(meeting)],
                                  label: Phrase("the new meeting “\(meeting.theme)”", "新建会议“\(meeting.theme)”")), &effects)
                screen = .workspace
            case let .replaceRoster(list, label): changeMembers(&effects, label: label) { $0 = list }
            }
        }
    }
}

extension KeyBinding {
    /// A binding whose handler sees only its screen's state (at `path`) and a read-only
    /// context, and returns intents.
    init<Screen>(_ keys: [KeyStroke], keyText: String? = nil, label: Phrase, help: Phrase, hint: Int? = nil, writes: Bool = false,
                 when: (@Sendable (AppState) -> Bool)? = nil, scope path: WritableKeyPath<AppState, Screen> & Sendable,
                 _ handle: @escaping @Sendable (inout Screen, ScreenContext, KeyStroke) -> [Intent]) {
        self.init(keys, keyText: keyText, label: label, help: help, hint: hint, writes: writes, when: when) { state, stroke, effects in
            state.reduce(path, &effects) { screen, context, _ in handle(&screen, context, stroke) }
        }
    }

    /// The same for a screen whose state may be absent (the open meeting, a box): nothing happens without it.
    init<Screen>(_ keys: [KeyStroke], keyText: String? = nil, label: Phrase, help: Phrase, hint: Int? = nil, writes: Bool = false,
                 when: (@Sendable (AppState) -> Bool)? = nil, ifPresent path: WritableKeyPath<AppState, Screen?> & Sendable,
                 _ handle: @escaping @Sendable (inout Screen, ScreenContext, KeyStroke) -> [Intent]) {
        self.init(keys, keyText: keyText, label: label, help: help, hint: hint, writes: writes, when: when) { state, stroke, effects in
            state.reduce(ifPresent: path, &effects) { screen, context, _ in handle(&screen, context, stroke) }
        }
    }

    /// The same, given the program's one source of ids for the records it adds.
    init<Screen>(_ keys: [KeyStroke], keyText: String? = nil, label: Phrase, help: Phrase, hint: Int? = nil, writes: Bool = false,
                 when: (@Sendable (AppState) -> Bool)? = nil, ifPresent path: WritableKeyPath<AppState, Screen?> & Sendable, ids: Bool,
                 _ handle: @escaping @Sendable (inout Screen, ScreenContext, KeyStroke, inout SeededGenerator) -> [Intent]) {
        self.init(keys, keyText: keyText, label: label, help: help, hint: hint, writes: writes, when: when) { state, stroke, effects in
            state.reduce(ifPresent: path, &effects) { screen, context, ids in handle(&screen, context, stroke, &ids) }
        }
    }

    /// A binding of a screen with no state of its own (settings, welcome): it only asks.
    init(_ keys: [KeyStroke], keyText: String? = nil, label: Phrase, help: Phrase, hint: Int? = nil, writes: Bool = false,
         when: (@Sendable (AppState) -> Bool)? = nil, intents: @escaping @Sendable (ScreenContext, KeyStroke) -> [Intent]) {
        self.init(keys, keyText: keyText, label: label, help: help, hint: hint, writes: writes, when: when) { state, stroke, effects in
            state.apply(intents(ScreenContext(app: state), stroke), &effects)
        }
    }
}
