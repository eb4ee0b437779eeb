import PartyDayKit

/// The people in development as every screen shares them (the Development screen, home's
/// "falls due this month"): read once after the meetings are listed, kept in step with
/// each change. The screen's own state is `DevelopmentScreenState`.
public struct DevelopmentRecords: Sendable {
    public var people: [DevelopmentPerson] = []
    public var loaded = false
    var requested = false
    /// Files that did not load (named on the screen; never written over).
    public var problems: [FileProblem] = []
    /// What falls due this month, worked out when the records or the day change (home
    /// shows it on every frame); nil: to be worked out again.
    var dueThisMonth: [DueLine]?

    /// One thing due: "张三: 思想汇报 due by 12-31", overdue or not.
    struct DueLine: Equatable, Sendable {
        var name: String
        var what: Wording
        var by: Day
    }

    public func person(_ id: String) -> DevelopmentPerson? { people.first { $0.id == id } }
}

/// A change to a person in development a screen asks for (`Intent.changeDevelopment`);
/// the root makes it through the one record pipe, so `u` undoes it wherever it was asked.
public enum DevelopmentChange: Sendable {
    /// A new person (the root gives the id).
    case add(DevelopmentPerson, label: Phrase)
    /// The person as changed, and what it makes of the roster in the same change.
    case update(DevelopmentPerson, label: Phrase, roster: RosterStep? = nil)
    /// The branch's local time limits (nil: the defaults), kept in the branch file.
    case limits(DevelopmentLimits?)
}

/// What a step of development does to the roster: no retyping.
public enum RosterStep: Sendable {
    /// Admitted and approved: joins as a probationary member (the root gives the id).
    case join(Member)
    /// Conversion approved: full from the end of probation, the vote from the approval.
    case convert(memberID: String, fullFrom: Day, approvedOn: Day)
}

extension AppState {
    mutating func requestDevelopmentIfNeeded(_ effects: inout [Effect]) {
        guard !development.requested, branch != nil else { return }
        development.requested = true
        effects.append(.loadRecords(folder: DevelopmentPerson.folder))
    }

    mutating func developmentLoaded(_ people: [DevelopmentPerson], problems: [FileProblem]) {
        development.people = people
        development.problems = problems
        development.loaded = true
        development.dueThisMonth = nil
        // Their names are found by pinyin initials too.
        namesMayBeNew = true
        if !problems.isEmpty { note(strings.damagedFiles(problems.count), error: true) }
    }

    /// Makes a change a screen asked for, through the pipe.
    mutating func change(_ change: DevelopmentChange, _ effects: inout [Effect]) {
        guard development.loaded || { if case .limits = change { true } else { false } }() else { return }
        switch change {
        case let .add(person, label):
            var added = person
            added.id = newID()
            commit(RecordEdit(before: [.noDevelopment(id: added.id)], after: [.development(added)], label: label), &effects)
        case let .limits(limits):
            changeBranch(Phrase("the development time limits", "发展党员时限设置"), &effects) { $0.developmentLimits = limits }
            development.dueThisMonth = nil
        case let .update(person, label, roster):
            guard let before = development.person(person.id) else { return }
            var after = person
            var edit = RecordEdit(before: [.development(before)], after: [], label: label)
            switch roster {
            case var .join(member)? where after.memberID == nil:
                member.id = newID()
                after.memberID = member.id
                edit.before.append(.members(members))
                edit.after.append(.members(members + [member]))
            case let .convert(memberID, fullFrom, approvedOn)?:
                var roster = members
                if let index = roster.firstIndex(where: { $0.id == memberID }), roster[index].category.current == .probationary {
                    roster[index].recordConversion(fullFrom: fullFrom, approvedOn: approvedOn)
                    edit.before.append(.members(members))
                    edit.after.append(.members(roster))
                }
            default: break
            }
            edit.after.insert(.development(after), at: 0)
            commit(edit, &effects)
        }
    }

    /// A roster step asked for on its own (a conversion recorded at a meeting's decision).
    mutating func change(_ step: RosterStep, label: Phrase, _ effects: inout [Effect]) {
        switch step {
        case var .join(member):
            member.id = newID()
            changeMembers(&effects, label: label) { $0.append(member) }
        case let .convert(memberID, fullFrom, approvedOn):
            changeMembers(&effects, label: label) { roster in
                if let index = roster.firstIndex(where: { $0.id == memberID }) { roster[index].recordConversion(fullFrom: fullFrom, approvedOn: approvedOn) }
            }
        }
    }

    /// Keeps the shared list in step with a record put by the pipe (in name order).
    mutating func putDevelopment(_ person: DevelopmentPerson?, id: String, _ effects: inout [Effect]) {
        development.dueThisMonth = nil
        development.people.removeAll { $0.id == id }
        if let person {
            if !development.people.contains(where: { $0.name == person.name }) { namesMayBeNew = true }
            development.people.append(person)
            development.people.sort { ($0.name, $0.id) < ($1.name, $1.id) }
            effects.append(.saveRecord(AnyFolderRecord(person)))
        } else {
            effects.append(.deleteRecord(folder: DevelopmentPerson.folder, id: id))
        }
    }
}

extension AppState {
    /// Works out what falls due by the end of this month (overdue included), earliest first.
    mutating func refreshDevelopmentDue() {
        let rules = DevelopmentRules(limits: branch?.development ?? .defaults, members: members)
        let month = YearMonth(today)
        let last = Day(year: month.year, month: month.month, day: 1)!.adding(months: 1).adding(days: -1)
        development.dueThisMonth = development.people.flatMap { person in
            DevelopmentStatus(person, asOf: today, rules: rules).dueBy(last).map { DevelopmentRecords.DueLine(name: person.name, what: $0.what, by: $0.by) }
        }.sorted { ($0.by, $0.name) < ($1.by, $1.name) }
    }
}
