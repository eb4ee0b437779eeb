import Foundation
import PartyDayKit

/// Everything the screen shows, as one value. `update` makes the next one; `render` draws it.
public struct AppState: Sendable {
    /// Each has one row in `screenEntries` (ScreenRegistry.swift).
    public enum Screen: Hashable, CaseIterable, Sendable { case welcome, home, meetings, members, workspace, participation, pledges, settings, dues, development, talks, plan, committee }

    public var strings: Strings
    public var size: Size
    public var now: Date
    public var dataFolder: String
    public var branch: BranchProfile? {
        didSet {
            invalidateReports()
            // The warning ladder is the branch's.
            rebuildDues()
        }
    }
    public var members: [Member] {
        didSet {
            figuresChanged()
            // Dues depend on the roster, the branch and the day; never on meetings (whose
            // every edit changes `summaries`), so a key in a meeting never pays for them.
            rebuildDues()
            namesMayBeNew = true
        }
    }
    public var summaries: [MeetingSummary] = [] {
        didSet {
            figuresChanged()
            summariesVersion &+= 1
        }
    }
    /// Counts changes of `summaries`, so that what is derived from them knows when it is stale.
    var summariesVersion = 0
    /// The meetings list as filtered, kept by `update` while the Meetings screen is up, so
    /// that moving through a filtered list does not search 600 themes twice per key.
    var filteredMeetingsCache: FilteredMeetings?
    /// The home screen's figures, kept in step with summaries, members and the day.
    public internal(set) var overview = BranchOverview(members: [], summaries: [], today: Day("2000-01-01")!)
    /// Set when the overview no longer matches; it is rebuilt at the end of an update that
    /// leaves the home screen up, so edits inside a meeting do not pay for it on every key.
    var overviewStale = false
    public var summariesLoaded = false
    public var problems: [FileProblem] = []
    /// Why this instance may not write (another partyday holds the folder), or nil.
    public var readOnly: String?
    public var screen: Screen
    public var home = ListCursor()
    public var meetingsList = MeetingsListState()
    public var roster = RosterState()
    public var workspace: WorkspaceState?
    public var participation = ParticipationState()
    public var pledgeList = PledgeListState()
    public var dues = DuesRecords()
    public var duesScreen = DuesScreenState()
    public var development = DevelopmentRecords()
    public var developmentScreen = DevelopmentScreenState()
    public var talks = TalkRecords()
    public var talksScreen = TalksScreenState()
    public var elections = ElectionRecords()
    public var plans = PlanRecords()
    public var away = AwayRecords()
    public var planScreen = PlanScreenState()
    public internal(set) var reports = ReportsCache()
    public var modal: Modal?
    public var message: Message?
    /// The last save failure, shown until a save succeeds.
    public var saveProblem: Wording?
    /// Pinyin keys by name, filled by the shell after the first frame.
    public var pinyin: [String: PinyinKey] = [:]
    /// How the data folder stands in git (`partyday sync`), once the shell has asked.
    public var sync: BranchSync.Status?
    /// Set while a sync started from the home screen runs: nothing is changed meanwhile,
    /// so git commits exactly what is on disk and the pulled files are not written over.
    public var syncing = false
    var syncStatusStale = true
    /// Names whose pinyin was asked for (`computePinyin`) and may not have arrived yet.
    var pinyinAsked: Set<String> = []
    /// Set when members, guests or attendance rows may carry names without pinyin.
    var namesMayBeNew = true
    /// Changes `u` undoes, the last one last; and those undone that `Ctrl-R` makes again.
    /// A form's long text kept from before a crash, brought back when that form opens.
    public var draftToRestore: FormDraft?
    public var undo: [RecordEdit] = []
    public var redo: [RecordEdit] = []
    /// Deletions made by undo itself, which must not be undoable in turn.
    var silentDeletes: Set<String> = []
    /// Where new records' ids come from: seeded by the shell (at random) or by a test (fixed),
    /// so `update` itself draws on no random source.
    public var ids: SeededGenerator
    /// The meeting being opened, while the shell loads it.
    public var opening: String?
    /// The committee screen's branches (`partyday --committee DIR`), or nil.
    public var committee: CommitteeView?
    /// The committee's name for this branch, when the committee opened it (read-only; q
    /// goes back to the committee screen).
    public var committeeBranch: String?

    public init(strings: Strings, size: Size, now: Date, dataFolder: String, branch: BranchProfile?,
                members: [Member], readOnly: String? = nil, systemZone: TimeZone = TimeZone(identifier: "UTC")!, idSeed: UInt64 = 1) {
        self.systemZone = systemZone
        self.ids = SeededGenerator(seed: idSeed)
        self.strings = strings
        self.size = size
        self.now = now
        self.dataFolder = dataFolder
        self.branch = branch
        self.members = members
        self.readOnly = readOnly
        self.screen = branch == nil ? .welcome : .home
        refreshOverview()
    }

    /// The committee screen over `request`'s branches; the shell reads them (`.readCommittee`).
    public init(committee request: CommitteeRequest, strings: Strings, size: Size, now: Date, systemZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.init(strings: strings, size: size, now: now, dataFolder: request.folder.path, branch: nil, members: [], systemZone: systemZone)
        committee = CommitteeView(request: request)
        screen = .committee
    }

    /// A branch opened from the committee screen: read-only, and q goes back to the committee.
    public init(committeeCopy name: String, strings: Strings, size: Size, now: Date, dataFolder: String, branch: BranchProfile?,
                members: [Member], systemZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.init(strings: strings, size: size, now: now, dataFolder: dataFolder, branch: branch, members: members,
                  readOnly: strings.committeeCopy(name), systemZone: systemZone)
        committeeBranch = name
    }

    /// The computer's zone, given by the shell (update never reads it): the default for a
    /// new branch, and the zone of the days shown before a branch exists.
    public var systemZone: TimeZone

    public var timeZone: TimeZone { branch?.timeZone ?? systemZone }

    /// A fresh id for a new record (agenda step, speech, guest …).
    mutating func newID() -> String { ids.shortID() }
    public var today: Day { DateText.day(now, in: timeZone) }

    func summary(id: String) -> MeetingSummary? { summaries.first { $0.id == id } }
}

/// A status-line message; errors stay until replaced, notes fade after a few seconds.
public struct Message: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public var until: Date?
}

/// Overlays that take every key while open.
public enum Modal: Sendable {
    case form(Form)
    case confirm(Confirmation)
    case help(HelpBox)
    /// The year's duties, period by period.
    case duties
    /// What a roster file would add (`ImportPreviewBox`).
    case importPreview(ImportPreviewBox)
    /// Conflict copies left by a sync, one shown at a time (`ConflictsBox`).
    case conflicts(ConflictsBox)
}

public struct Confirmation: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case deleteMeeting(id: String)
        case deleteMember(id: String)
        /// Conclude the open meeting although its record names people who were not there.
        case concludeAnyway
        /// Quit although changes are not saved (the shell writes them to a rescue folder).
        case quitUnsaved
    }

    public var question: String
    public var action: Action
    /// Set by the first pause in input after the question appeared: keys that arrived in
    /// the same burst as the one that asked (a paste, a stray sequence) never answer it.
    public var armed = false

    public init(question: String, action: Action) {
        self.question = question
        self.action = action
    }

    /// Deleting cannot be undone from here: it takes a capital Y, typed after the question showed.
    public var isDestructive: Bool {
        switch action {
        case .deleteMeeting, .deleteMember: true
        case .concludeAnyway, .quitUnsaved: false
        }
    }
}

/// A selection in a list; the offset is worked out when drawing.
public struct ListCursor: Equatable, Sendable {
    public var index = 0

    mutating func move(_ key: Key, count: Int, page: Int = 10) -> Bool {
        guard count > 0 else { index = 0; return false }
        switch key {
        case .down: index += 1
        case .up: index -= 1
        case .pageDown: index += page
        case .pageUp: index -= page
        case .home: index = 0
        case .end: index = count - 1
        default: return false
        }
        index = min(max(0, index), count - 1)
        return true
    }

    mutating func clamp(_ count: Int) {
        index = min(max(0, index), max(0, count - 1))
    }
}

public struct MeetingsListState: Equatable, Sendable {
    public var list = SearchableList()
    public var type: MeetingType?
    public var year: Int?
}

public struct RosterState: Equatable, Sendable {
    public var list = SearchableList()
}
