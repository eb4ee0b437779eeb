import Foundation
import PartyDayKit

/// The whole program's logic: the next state and what the shell must do. Pure: no
/// terminal, no disk, no clock (time arrives as `.tick`).
public func update(_ state: AppState, _ event: Event) -> (AppState, [Effect]) {
    var next = state
    let effects = update(&next, event)
    return (next, effects)
}

/// The same, changing the state in place: what the shell's loop calls. The state it
/// holds is then the only holder of its lists, so an edit changes one summary in place
/// instead of copying the whole list (12,000 of them at twenty times a decade) as a
/// second holder would make it.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    var effects: [Effect] = []
    // What a list on screen depends on: the screen, and the figures behind the lists
    // (the pledge list arrives after the other figures).
    let listsBefore = (state.screen, state.reports.generation, state.reports.stale, state.reports.pledgesVersion)
    let draftBefore = state.formDraft
    let wasForm: Bool = if case .form = state.modal { true } else { false }
    if case let .text(typed) = event, typed.count > 1 {
        // Typed text that arrived together (a fast typist, an input method's phrase) is
        // taken a character at a time, so "/qb" means find, then "qb", wherever it lands.
        for character in typed { state.handle(.text(String(character)), &effects) }
    } else {
        state.handle(event, &effects)
    }
    state.keepDraft(before: draftBefore, wasForm: wasForm, &effects)
    if state.overviewStale && state.screen == .home { state.refreshOverview() }
    if state.screen == .home && state.development.loaded && state.development.dueThisMonth == nil { state.refreshDevelopmentDue() }
    if state.screen == .home {
        state.refreshTalksHomeLine()
        state.refreshTermWarnings()
        state.refreshPlanHomeLine()
        state.refreshAwayHomeLines()
    }
    state.refreshTalkPledges()
    if state.screen == .meetings { state.refreshFilteredMeetings() } else { state.filteredMeetingsCache = nil }
    // Lists shrink when the records or reports behind them change (or another screen shows):
    // only then is the highlight checked, so moving through a long list pays for it once.
    if (state.screen, state.reports.generation, state.reports.stale, state.reports.pledgesVersion) != listsBefore { state.clampSelection() }
    state.requestReportsIfNeeded(&effects)
    state.requestPinyinIfNeeded(&effects)
    // The dues are read once there is a branch and its meetings are listed (a branch
    // created in this session included).
    if state.summariesLoaded {
        state.requestDuesIfNeeded(&effects)
        state.requestDevelopmentIfNeeded(&effects)
        state.requestIfNeeded(\.talks, &effects)
        state.requestIfNeeded(\.elections, &effects)
        state.requestIfNeeded(\.plans, &effects)
        state.requestIfNeeded(\.away, &effects)
    }
    // How the folder stands in git: asked once listed, and again each time home shows.
    // Not for the committee's copy of a branch: its git is the committee's, not the branch's.
    if state.screen == .home, state.summariesLoaded, state.syncStatusStale, state.committeeBranch == nil {
        state.syncStatusStale = false
        effects.append(.loadSyncStatus)
    }
    return effects
}

extension AppState {
    mutating func handle(_ event: Event, _ effects: inout [Effect]) {
        switch event {
        case let .resize(newSize):
            size = newSize
            return
        case .inputPaused:
            if case var .confirm(confirmation) = modal, !confirmation.armed {
                confirmation.armed = true
                modal = .confirm(confirmation)
            }
            return
        case let .tick(date):
            let day = today
            now = date
            if today != day {
                figuresChanged()
                rebuildDues()
                development.dueThisMonth = nil
            }
            if let until = message?.until, until <= date { message = nil }
            return
        case let .meetingsListed(list, problems):
            summaries = list
            summariesLoaded = true
            self.problems = problems
            if !problems.isEmpty { note(strings.damagedFiles(problems.count), error: true) }
            return
        case let .duesLoaded(bases, years, problems):
            duesLoaded(bases: bases, years: years, problems: problems)
            return
        case let .recordsLoaded(folder, records, problems):
            switch folder {
            case DevelopmentPerson.folder: developmentLoaded(records.compactMap { $0.typed(DevelopmentPerson.self) }, problems: problems)
            case Talk.folder: recordsLoaded(\.talks, records, problems: problems)
            case Election.folder: recordsLoaded(\.elections, records, problems: problems)
            case YearPlan.folder: recordsLoaded(\.plans, records, problems: problems)
            case AwayRecord.folder: recordsLoaded(\.away, records, problems: problems)
            default: break
            }
            return
        case let .syncStatusLoaded(status):
            sync = status
            return
        case let .duesSetAside(done):
            note(done.map { $0.text(strings.language) }.joined(separator: strings.t("; ", "；")), error: true)
            return
        case let .draftFound(draft):
            draftToRestore = draft
            note(strings.t("Text typed before partyday stopped is kept: open the same form to bring it back.",
                           "partyday 停止前输入的文字已保留：打开同一表单即可恢复。"), error: false)
            return
        case let .synced(result):
            syncing = false
            note(strings.syncDone(committed: result.committed != nil, received: result.received.count, conflicts: result.conflicts.count,
                                  pushed: result.pushed, hasRemote: result.remote != nil, recovered: result.recovered), error: !result.conflicts.isEmpty)
            if !result.received.isEmpty || !result.conflicts.isEmpty { recordsChangedOnDisk(&effects) }
            syncStatusStale = true
            return
        case let .syncFailed(problem):
            syncing = false
            syncStatusStale = true
            note(strings.syncFailed(problem.text(strings.language)), error: true)
            return
        case let .branchReloaded(newBranch, newMembers, problems):
            if let newBranch, newBranch != branch { branch = newBranch }
            if newMembers != members { members = newMembers }
            if !problems.isEmpty {
                self.problems += problems
                note(strings.damagedFiles(problems.count), error: true)
            }
            // The dues and development files may have changed too.
            dues.requested = false
            development.requested = false
            talks.requested = false
            elections.requested = false
            plans.requested = false
            away.requested = false
            return
        case let .conflictsLoaded(copies):
            modal = copies.isEmpty ? nil : .conflicts(ConflictsBox(copies: copies))
            if copies.isEmpty { note(strings.noConflicts, error: false) }
            return
        case let .conflictResolved(copy, tookTheirs):
            if case let .conflicts(box) = modal {
                let left = box.copies.filter { $0.copy != copy }
                modal = left.isEmpty ? nil : .conflicts(ConflictsBox(copies: left, index: min(box.index, left.count - 1)))
            }
            note(tookTheirs ? strings.conflictTookTheirs : strings.conflictKeptMine, error: false)
            syncStatusStale = true
            if tookTheirs { recordsChangedOnDisk(&effects) }
            return
        case let .conflictResolveFailed(problem):
            note(problem.text(strings.language), error: true)
            return
        case let .reply(screen, answer):
            // An effect's answer, to the feature that asked.
            Self.entry(screen).results?.handle(&self, answer, &effects)
            return
        case .committeeRead, .committeePulled, .committeeBranchFailed, .importPreviewed, .importFailed, .pledgeReviewed, .pledgeReviewFailed,
             .minutesExported, .signInExported, .developmentExported, .workBookExported, .exportFailed:
            // An answer that came unaddressed (the shell's first read of the committee):
            // the screen on display asked for it.
            screenEntry.results?.handle(&self, event, &effects)
            return
        case let .meetingLoaded(meeting):
            guard opening == meeting.id else { return }
            opening = nil
            workspace = WorkspaceState(meeting: meeting)
            screen = .workspace
            namesMayBeNew = true
            // A meeting not yet concluded expects who the roster (perhaps corrected since) says
            // now: rows added, unmarked rows of members no longer expected dropped, marks kept.
            if meeting.state != .concluded, writable, let branch {
                let members = self.members
                changeMeeting(&effects) { $0.alignExpectedRows(members: members, branch: branch) }
                if workspace?.meeting != meeting { note(strings.expectedRowsUpdated, error: false) }
            }
            return
        case let .meetingLoadFailed(problem):
            opening = nil
            note(problem.text(strings.language), error: true)
            return
        case let .meetingDeleted(meeting):
            summaries.removeAll { $0.id == meeting.id }
            if silentDeletes.remove(meeting.id) == nil {
                remember(RecordEdit(before: [.meeting(meeting)], after: [.noMeeting(id: meeting.id)],
                                    label: Phrase("deleting “\(meeting.theme)”", "删除“\(meeting.theme)”")))
                note(strings.deletedMeeting(meeting.theme), error: false)
            }
            return
        case let .saveFailed(problem):
            saveProblem = problem
            return
        case .saved:
            saveProblem = nil
            return
        case let .pinyinReady(keys):
            pinyin.merge(keys) { _, new in new }
            return
        case let .reportsComputed(computed):
            receive(computed)
            return
        case let .pledgesComputed(generation, entries):
            receivePledges(entries, generation: generation)
            return
        case let .mouse(mouse):
            handleMouse(mouse, &effects)
            return
        case .key, .text, .paste:
            break
        }
        // While the screen shows only "terminal too small", no key acts unseen (Ctrl-C still quits).
        guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else {
            if event == .key(.control("c")) { effects.append(.quit) }
            return
        }
        // A binding in force runs; a form's own keys and typing go to the form.
        if dispatch(event, &effects) { return }
        if case var .form(form) = modal {
            form.today = today
            switch form.handle(event, strings: strings, pinyin: pinyin) {
            case .editing:
                modal = .form(form)
            case .cancelled:
                modal = nil
            case .submitted:
                modal = nil
                submit(form, &effects)
            }
            return
        }
        // Not a key of its own: typing into the search or find box, if one is open.
        typeIntoBox(event)
    }

    /// Leaves the screen's search box: Enter keeps the filter, Esc clears it.
    mutating func endSearch(clear: Bool) {
        if let list = searchableList { self[keyPath: list].endSearch(clear: clear) }
    }

    /// Text and editing keys for the open search or find box.
    private mutating func typeIntoBox(_ event: Event) {
        if let list = searchableList, self[keyPath: list].searching {
            self[keyPath: list].type(event)
        } else if screen == .workspace && workspace?.find != nil {
            typeIntoFind(event)
        }
    }

    /// A meeting change brings names without pinyin only when it adds or renames guests
    /// or non-voting attendees, or changes who is expected; only then are names looked over.
    mutating func noteNewNames(_ meeting: Meeting, _ before: Meeting) {
        if meeting.guests.map(\.name) != before.guests.map(\.name)
            || meeting.nonVotingAttendees.map(\.name) != before.nonVotingAttendees.map(\.name)
            || meeting.attendance.count != before.attendance.count {
            namesMayBeNew = true
        }
    }

    /// Asks for the pinyin of names that have none yet (members, and the open meeting's
    /// rows and guests), once each, so that finding by pinyin initials works for them.
    mutating func requestPinyinIfNeeded(_ effects: inout [Effect]) {
        guard namesMayBeNew else { return }
        namesMayBeNew = false
        var names = members.map(\.name) + development.people.map(\.name)
        if let meeting = workspace?.meeting {
            names += meeting.attendance.map(\.name) + meeting.guests.map(\.name) + meeting.nonVotingAttendees.map(\.name)
        }
        var fresh: [String] = []
        for name in names where pinyin[name] == nil && !pinyinAsked.contains(name) {
            pinyinAsked.insert(name)
            fresh.append(name)
        }
        if !fresh.isEmpty { effects.append(.computePinyin(fresh)) }
    }

    /// Switches to a screen (the pledges screen always opens on the whole list).
    mutating func go(to target: Screen) {
        if target == .home && screen != .home { syncStatusStale = true }
        if target == .pledges { openPledges(reviewAt: nil) } else { screen = target }
    }

    /// How many rows the list on screen has.
    var selectionCount: Int { screenEntry.list?.count(self) ?? 0 }

    /// The highlight of the list on screen, if it has one.
    var selectionCursor: ListCursor? {
        get { screenEntry.list?.cursor(self) }
        set {
            guard let newValue, let list = screenEntry.list else { return }
            list.setCursor(&self, newValue)
        }
    }

    /// Keeps the highlight of the list on screen inside it when the list shrank (a meeting
    /// concluded leaves the home list, a filter drops rows).
    mutating func clampSelection() {
        // The open meeting may change under another screen (undo while reviewing pledges).
        workspace?.clampCursor()
        guard var cursor = selectionCursor, screen != .workspace else { return }
        let count = selectionCount
        guard cursor.index >= count || cursor.index < 0 else { return }
        cursor.clamp(count)
        selectionCursor = cursor
    }

    /// Moves the highlight of the list on screen.
    mutating func moveSelection(_ key: Key) {
        guard var cursor = selectionCursor else { return }
        _ = cursor.move(key, count: selectionCount)
        selectionCursor = cursor
    }

    /// Acts on a submitted form.
    private mutating func submit(_ form: Form, _ effects: inout [Effect]) {
        switch form.purpose {
        case let .addressed(address):
            // Back to the feature that asked: the root decides nothing about it.
            Self.entry(address.screen).receive?.handle(&self, form, &effects)
        }
    }

    mutating func confirmed(_ action: Confirmation.Action, _ effects: inout [Effect]) {
        switch action {
        case let .deleteMeeting(id):
            guard writable else { return }
            effects.append(.deleteMeeting(id: id))
            if workspace?.meeting.id == id {
                workspace = nil
                screen = .meetings
            }
        case let .deleteMember(id):
            let name = members.first { $0.id == id }?.name ?? id
            changeMembers(&effects, label: Phrase("deleting \(name)", "删除\(name)")) { $0.removeAll { $0.id == id } }
        case .quitUnsaved:
            effects.append(.quit)
        case .concludeAnyway:
            guard var open = workspace else { return }
            let intents = open.advanceState(ScreenContext(app: self), recordChecked: true)
            workspace = open
            apply(intents, &effects)
        }
    }

    // MARK: Shared helpers

    var writable: Bool { readOnly == nil && !syncing }

    /// Records changed on disk under the screens (a sync brought the other PC's work, a
    /// conflict was settled with theirs): everything is read again — a meeting open now
    /// too, so an edit never writes the old version over theirs — and undo starts afresh,
    /// since it would write the old versions back.
    mutating func recordsChangedOnDisk(_ effects: inout [Effect]) {
        undo = []
        redo = []
        effects.append(.reloadBranch)
        if let open = workspace?.meeting.id {
            opening = open
            effects.append(.loadMeeting(id: open))
        }
    }

    /// Why a change is refused: the committee never changes a branch; otherwise another
    /// partyday holds the folder.
    var readOnlyRefusal: String {
        if syncing && readOnly == nil { return strings.syncingRefused }
        return committeeBranch != nil ? strings.committeeRefused : strings.readOnlyRefused
    }

    mutating func note(_ text: String, error: Bool) {
        message = Message(text: text, isError: error, until: error ? nil : now.addingTimeInterval(4))
    }

    /// Saves a meeting and keeps the summaries (newest first) in step with it.
    mutating func store(_ meeting: Meeting, _ effects: inout [Effect]) {
        effects.append(.saveMeeting(meeting))
        replaceSummary(MeetingSummary(meeting))
    }

    /// Puts a meeting's new summary in its place in the list.
    mutating func replaceSummary(_ summary: MeetingSummary) {
        // Most edits leave the meeting where it is: replace it in place, without copying the list.
        if let index = summaries.firstIndex(where: { $0.id == summary.id }),
           index == 0 || (summaries[index - 1].start, summaries[index - 1].id) > (summary.start, summary.id),
           index == summaries.count - 1 || (summaries[index + 1].start, summaries[index + 1].id) < (summary.start, summary.id) {
            summaries[index] = summary
            return
        }
        var list = summaries
        if let index = list.firstIndex(where: { $0.id == summary.id }) {
            list.remove(at: index)
        }
        // The list is kept sorted, so the new place is found without sorting it all again.
        let place = list.firstIndex { ($0.start, $0.id) < (summary.start, summary.id) } ?? list.count
        list.insert(summary, at: place)
        summaries = list
    }
}
