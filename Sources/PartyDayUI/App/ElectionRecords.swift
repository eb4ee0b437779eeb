import PartyDayKit

/// The committee's elections as the screens share them (the Members screen's term line,
/// home's warning): read once after the meetings are listed, kept in step with each change.
public struct ElectionRecords: SharedRecords {
    /// By day.
    public var records: [Election] = []
    public var elections: [Election] { records }
    public var loaded = false
    var requested = false
    public var problems: [FileProblem] = []
    var version = 0
    /// Home's warnings about the term, worked out when the elections, the reports (the
    /// roster's figures) or the day change — not on every frame.
    var homeWarnings = HomeLineCache<[String]>()

    static func ordered(_ records: [Election]) -> [Election] { Election.byDay(records) }
}

/// A change to the elections a screen asks for; the roster's roles follow in the same change.
public enum ElectionChange: Sendable {
    /// A new election, by-election or resignation (the root gives the id).
    case add(Election)
    /// A recorded one corrected (day, term, votes, note); the roster's roles keep their dates.
    case update(Election)
    /// A recorded one removed; the roster's roles stay.
    case delete(id: String)
}

extension AppState {
    /// Records the election and changes the roster's roles from its day, as one change.
    mutating func change(_ change: ElectionChange, _ effects: inout [Effect]) {
        guard elections.loaded else { return }
        switch change {
        case let .add(election):
            var added = election
            added.id = newID()
            var edit = RecordEdit(before: [.noElection(id: added.id)], after: [.election(added)],
                                  label: Phrase("the \(added.kind.name.english) of \(added.day)", "\(added.day) \(added.kind.name.chinese)"))
            let roster = added.applied(to: members)
            if roster != members {
                edit.before.append(.members(members))
                edit.after.append(.members(roster))
            }
            commit(edit, &effects)
        case let .update(election):
            guard let before = elections.elections.first(where: { $0.id == election.id }), before != election else { return }
            commit(RecordEdit(before: [.election(before)], after: [.election(election)],
                              label: Phrase("a correction to the \(before.kind.name.english) of \(before.day)", "更正 \(before.day) \(before.kind.name.chinese)")), &effects)
        case let .delete(id):
            guard let before = elections.elections.first(where: { $0.id == id }) else { return }
            commit(RecordEdit(before: [.election(before)], after: [.noElection(id: id)],
                              label: Phrase("removing the \(before.kind.name.english) of \(before.day)", "删除 \(before.day) \(before.kind.name.chinese)")), &effects)
        }
    }

    /// Works out home's term warnings again when what they rest on changed.
    mutating func refreshTermWarnings() {
        guard elections.loaded else { return }
        let (records, members, today, language) = (elections.elections, members, today, strings.language)
        elections.homeWarnings.refresh(HomeLineKey(version: elections.version, inputs: reports.generation, day: today, language: language)) {
            BranchTerm(elections: records, members: members, on: today).warnings.map { $0.text(language) }
        }
    }
}
