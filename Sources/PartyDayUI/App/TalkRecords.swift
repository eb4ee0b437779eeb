import PartyDayKit

/// The talks (谈心谈话) as every screen shares them (the Talks screen, home's warning):
/// read once after the meetings are listed, kept in step with each change. The screen's
/// own state is `TalksScreenState`.
public struct TalkRecords: SharedRecords {
    /// By day, as the register lists them.
    public var records: [Talk] = []
    public var talks: [Talk] { records }
    public var loaded = false
    var requested = false
    /// Files that did not load (named on the screen; never written over).
    public var problems: [FileProblem] = []
    var version = 0
    /// Home's line about the talks still owed (rests on the talks and the reports).
    var homeLine = HomeLineCache<String?>()
    /// The pledges agreed at talks, as the Pledges screen lists them, and the version of
    /// the talks they were taken from.
    var pledgeEntries: [PledgeEntry] = []
    var pledgesFrom = 0

    public func talk(_ id: String) -> Talk? { talks.first { $0.id == id } }

    static func ordered(_ records: [Talk]) -> [Talk] { Talk.byDay(records) }
}

/// A change to the talks a screen asks for (`Intent.changeTalks`); the root makes it
/// through the one record pipe, so `u` undoes it wherever it was asked.
public enum TalkChange: Sendable {
    /// A new talk (the root gives the id).
    case add(Talk)
    case update(Talk)
    case delete(id: String)
}

extension AppState {
    /// Makes a change a screen asked for, through the pipe.
    mutating func change(_ change: TalkChange, _ effects: inout [Effect]) {
        guard talks.loaded else { return }
        switch change {
        case let .add(talk):
            var added = talk
            added.id = newID()
            commit(RecordEdit(before: [.noTalk(id: added.id)], after: [.talk(added)],
                              label: Phrase("the talk \(added.name) (\(added.day))", "谈心谈话 \(added.name)（\(added.day)）")), &effects)
        case let .update(talk):
            guard let before = self.talks.talk(talk.id), before != talk else { return }
            commit(RecordEdit(before: [.talk(before)], after: [.talk(talk)],
                              label: Phrase("the talk \(talk.name) (\(talk.day))", "谈心谈话 \(talk.name)（\(talk.day)）")), &effects)
        case let .delete(id):
            guard let before = self.talks.talk(id) else { return }
            commit(RecordEdit(before: [.talk(before)], after: [.noTalk(id: id)],
                              label: Phrase("removing the talk \(before.name) (\(before.day))", "删除谈心谈话 \(before.name)（\(before.day)）")), &effects)
        }
    }
}

extension AppState {
    /// Puts the talks' pledges into the Pledges screen's list when the talks changed.
    mutating func refreshTalkPledges() {
        guard talks.loaded, talks.pledgesFrom != talks.version else { return }
        talks.pledgesFrom = talks.version
        let entries = PledgeLedger.entries(talks: talks.records)
        guard entries != talks.pledgeEntries else { return }
        talks.pledgeEntries = entries
        reports.pledges = PledgeLedger.merged(reports.meetingPledges, entries)
        reports.pledgesVersion &+= 1
    }

    /// Works out home's talks line again when what it rests on changed.
    mutating func refreshTalksHomeLine() {
        guard talks.loaded, let compliance = reports.compliance else { return }
        let key = HomeLineKey(version: talks.version, inputs: reports.generation, day: today, language: strings.language)
        guard !talks.homeLine.isCurrent(key) else { return }
        let context = ScreenContext(app: self)
        talks.homeLine.refresh(key) {
            context.talksBeforeOrganizationalLife(compliance)
        }
    }
}
