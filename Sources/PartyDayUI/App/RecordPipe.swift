import Foundation
import PartyDayKit

/// A record as a change leaves it, or as undo puts it back: what the one pipe writes.
/// Every record kind the screens change is a case here, and only here is it written.
public enum RecordValue: Sendable {
    case meeting(Meeting)
    /// No meeting with this id (deleted, or not yet created).
    case noMeeting(id: String)
    case members([Member])
    case branch(BranchProfile)
    /// A year's dues file: its payments and hand-overs.
    case duesYear(DuesYear)
    case duesBases([MemberDuesBasis])
    case development(DevelopmentPerson)
    /// No person in development with this id (added by the change undone).
    case noDevelopment(id: String)
    case talk(Talk)
    /// No talk with this id (added by the change undone, or removed).
    case noTalk(id: String)
    case election(Election)
    /// No election with this id (added by the change undone).
    case noElection(id: String)
    case plan(YearPlan)
    /// No plan with this id (its year's plan added by the change undone).
    case noPlan(id: String)
    case away(AwayRecord)
    /// No away record for this member (begun by the change undone).
    case noAway(id: String)
}

/// One change as undo and redo see it: every record it touched, as it was and as it is
/// now, and what the user calls it ("李振华's dues for 2026-12").
public struct RecordEdit: Sendable {
    public var before: [RecordValue]
    public var after: [RecordValue]
    public var label: Phrase

    public init(before: [RecordValue], after: [RecordValue], label: Phrase) {
        self.before = before
        self.after = after
        self.label = label
    }
}

extension AppState {
    /// The one way a record changes: the edit's new values are put in the state and saved,
    /// it becomes the last thing `u` undoes (and what was undone can no longer be redone),
    /// and the folder is marked as having changes git has not seen.
    mutating func commit(_ edit: RecordEdit, _ effects: inout [Effect]) {
        guard writable else { return note(readOnlyRefusal, error: true) }
        for value in edit.after { put(value, &effects) }
        remember(edit)
    }

    /// The same for a change the runner has already made on disk (a meeting deleted, a
    /// pledge reviewed in another meeting's file): only undo and the sync mark are left.
    mutating func remember(_ edit: RecordEdit) {
        undo.append(edit)
        if undo.count > Self.undoDepth { undo.removeFirst() }
        redo = []
        syncStatusStale = true
    }

    static let undoDepth = 200

    /// `u`: puts back the records the last change touched, and says what it was.
    mutating func undoLast(_ effects: inout [Effect]) {
        guard writable else { return note(readOnlyRefusal, error: true) }
        guard let edit = undo.popLast() else { return note(strings.nothingToUndo, error: false) }
        for value in edit.before { put(value, &effects) }
        redo.append(edit)
        syncStatusStale = true
        note(strings.undone(edit.label.text(strings.language)), error: false)
    }

    /// `Ctrl-R`: makes the last undone change again.
    mutating func redoLast(_ effects: inout [Effect]) {
        guard writable else { return note(readOnlyRefusal, error: true) }
        guard let edit = redo.popLast() else { return note(strings.nothingToRedo, error: false) }
        for value in edit.after { put(value, &effects) }
        undo.append(edit)
        syncStatusStale = true
        note(strings.redone(edit.label.text(strings.language)), error: false)
    }

    /// Puts one record in the state as `value` says and asks for it to be written.
    private mutating func put(_ value: RecordValue, _ effects: inout [Effect]) {
        switch value {
        case let .meeting(meeting):
            if workspace?.meeting.id == meeting.id {
                if let before = workspace?.meeting { noteNewNames(meeting, before) }
                workspace?.meeting = meeting
            }
            silentDeletes.remove(meeting.id)
            store(meeting, &effects)
        case let .noMeeting(id):
            // Deleted by undo or redo: the runner's answer must not be remembered again.
            silentDeletes.insert(id)
            effects.append(.deleteMeeting(id: id))
            summaries.removeAll { $0.id == id }
            if workspace?.meeting.id == id {
                workspace = nil
                screen = .meetings
            }
        case let .members(list):
            if list != members { members = list }
            effects.append(.saveMembers(list))
        case let .branch(profile):
            if profile != branch { branch = profile }
            effects.append(.saveBranch(profile))
        case let .duesYear(year):
            dues.years[year.year] = year
            effects.append(.saveDuesYear(year))
            rebuildDues()
        case let .duesBases(bases):
            dues.bases = bases
            effects.append(.saveDuesBases(bases))
            rebuildDues()
        case let .development(person):
            putDevelopment(person, id: person.id, &effects)
        case let .noDevelopment(id):
            putDevelopment(nil, id: id, &effects)
        case let .talk(talk):
            put(\.talks, talk, id: talk.id, &effects)
        case let .noTalk(id):
            put(\.talks, nil, id: id, &effects)
        case let .election(election):
            put(\.elections, election, id: election.id, &effects)
        case let .noElection(id):
            put(\.elections, nil, id: id, &effects)
        case let .plan(plan):
            put(\.plans, plan, id: plan.id, &effects)
        case let .noPlan(id):
            put(\.plans, nil, id: id, &effects)
        case let .away(record):
            put(\.away, record, id: record.id, &effects)
        case let .noAway(id):
            put(\.away, nil, id: id, &effects)
        }
    }

    // MARK: The changes screens make, each through `commit`

    /// Changes the roster through the pipe.
    mutating func changeMembers(_ effects: inout [Effect], label: Phrase? = nil, _ change: (inout [Member]) -> Void) {
        guard writable else { return note(readOnlyRefusal, error: true) }
        var after = members
        change(&after)
        guard after != members else { return }
        commit(RecordEdit(before: [.members(members)], after: [.members(after)], label: label ?? Phrase("a change to the roster", "对党员名册的修改")), &effects)
    }

    /// Changes the open meeting through the pipe.
    mutating func changeMeeting(_ effects: inout [Effect], _ change: (inout Meeting) -> Void) {
        guard let before = workspace?.meeting else { return }
        guard writable else { return note(readOnlyRefusal, error: true) }
        // Changed in place (the meeting is not copied on every key), then remembered.
        change(&workspace!.meeting)
        meetingEdited(from: before, &effects)
    }

    /// The open meeting was changed in place from `before`: remember it and save it.
    mutating func meetingEdited(from before: Meeting, _ effects: inout [Effect]) {
        guard let meeting = workspace?.meeting, meeting != before else { return }
        guard writable else {
            workspace?.meeting = before
            return note(readOnlyRefusal, error: true)
        }
        // Changed in place already: `put` cannot see what it was.
        noteNewNames(meeting, before)
        var edit = RecordEdit(before: [.meeting(before)], after: [.meeting(meeting)], label: meetingLabel(before))
        // A decision about a person in development ticks their step in the same change.
        if meeting.decisions != before.decisions || meeting.attendance != before.attendance, development.loaded {
            for person in DevelopmentTicks.apply(meeting, to: development.people, zone: timeZone) {
                guard let old = development.person(person.id) else { continue }
                edit.before.append(.development(old))
                edit.after.append(.development(person))
            }
        }
        // So does a decision to stop, restore or remove a membership: the member's away
        // record and the roster's status change with the meeting.
        if meeting.decisions != before.decisions || meeting.attendance != before.attendance, away.loaded {
            let ticked = MembershipTicks.apply(meeting, records: away.records, members: members, zone: timeZone)
            for record in ticked.records {
                edit.before.append(away.record(record.id).map { .away($0) } ?? .noAway(id: record.id))
                edit.after.append(.away(record))
            }
            if let roster = ticked.members {
                edit.before.append(.members(members))
                edit.after.append(.members(roster))
            }
        }
        commit(edit, &effects)
    }

    /// Changes the branch's profile (settings, party groups) through the pipe.
    mutating func changeBranch(_ label: Phrase, _ effects: inout [Effect], _ change: (inout BranchProfile) -> Void) {
        guard let before = branch else { return }
        var after = before
        change(&after)
        guard after != before else { return }
        commit(RecordEdit(before: [.branch(before)], after: [.branch(after)], label: label), &effects)
    }

    /// Changes the dues (payments, hand-overs, bases) through the pipe: each year file and
    /// the bases file the change touched are saved and remembered.
    mutating func changeDues(_ label: Phrase, _ effects: inout [Effect], _ change: (inout [Int: DuesYear], inout [MemberDuesBasis]) -> Void) {
        guard writable else { return note(readOnlyRefusal, error: true) }
        var years = dues.years, bases = dues.bases
        change(&years, &bases)
        var before: [RecordValue] = [], after: [RecordValue] = []
        for number in Set(years.keys).union(dues.years.keys).sorted() where years[number] != dues.years[number] {
            before.append(.duesYear(dues.years[number] ?? DuesYear(year: number)))
            after.append(.duesYear(years[number] ?? DuesYear(year: number)))
        }
        if bases != dues.bases {
            before.append(.duesBases(dues.bases))
            after.append(.duesBases(bases))
        }
        guard !after.isEmpty else { return }
        commit(RecordEdit(before: before, after: after, label: label), &effects)
    }

    /// How undo names a change to a meeting: its theme (or types) and day, so a change
    /// undone from another screen says where it was.
    func meetingLabel(_ meeting: Meeting) -> Phrase {
        let day = DateText.day(meeting.start, in: timeZone).description
        let english = meeting.theme.isEmpty ? Strings.english.labels.typeNames(meeting.types) : meeting.theme
        let chinese = meeting.theme.isEmpty ? Strings.chinese.labels.typeNames(meeting.types) : meeting.theme
        return Phrase("a change to “\(english)” of \(day)", "对\(day)“\(chinese)”的修改")
    }
}
