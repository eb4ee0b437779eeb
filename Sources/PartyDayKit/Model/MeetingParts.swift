import Foundation

/// One step of a meeting's agenda, ticked off live.
public struct AgendaStep: Codable, Equatable, Sendable, Identifiable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case pending, done, skipped
    }

    public var id: String
    public var title: String
    public var status: Status
    /// When the step was ticked done.
    public var doneAt: Date?
    public var skipReason: String
    public var notes: String

    public init(id: String = ShortID.make(), title: String, status: Status = .pending,
                doneAt: Date? = nil, skipReason: String = "", notes: String = "") {
        self.id = id
        self.title = title
        self.status = status
        self.doneAt = doneAt
        self.skipReason = skipReason
        self.notes = notes
    }
}

/// What somebody said; dissent is recorded in full.
public struct Speech: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var speaker: PersonRef
    public var agendaStepID: String?
    public var summary: String
    public var dissent: Bool

    public init(id: String = ShortID.make(), speaker: PersonRef, agendaStepID: String? = nil,
                summary: String, dissent: Bool = false) {
        self.id = id
        self.speaker = speaker
        self.agendaStepID = agendaStepID
        self.summary = summary
        self.dissent = dissent
    }
}

/// A member's suggestion and the answer given at the meeting.
public struct Suggestion: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var by: PersonRef
    public var text: String
    public var answer: String
    public var answeredBy: PersonRef?

    public init(id: String = ShortID.make(), by: PersonRef, text: String,
                answer: String = "", answeredBy: PersonRef? = nil) {
        self.id = id
        self.by = by
        self.text = text
        self.answer = answer
        self.answeredBy = answeredBy
    }
}

/// A matter put to the vote. The result is computed (see `DecisionOutcome`), never typed.
public struct Decision: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var yes: Int
    public var no: Int
    public var abstain: Int

    public init(id: String = ShortID.make(), text: String, yes: Int = 0, no: Int = 0, abstain: Int = 0) {
        self.id = id
        self.text = text
        self.yes = yes
        self.no = no
        self.abstain = abstain
    }
}

/// A follow-up promise made at a meeting, by a member or by the whole branch.
public struct Pledge: Codable, Equatable, Sendable, Identifiable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case open, kept, dropped
    }

    public struct Review: Codable, Equatable, Sendable {
        public var on: Day
        public var note: String

        public init(on: Day, note: String) {
            self.on = on
            self.note = note
        }
    }

    public var id: String
    /// Nil when the whole branch pledged.
    public var by: PersonRef?
    public var text: String
    public var due: Day?
    public var status: Status
    public var reviews: [Review]

    public init(id: String = ShortID.make(), by: PersonRef?, text: String, due: Day? = nil,
                status: Status = .open, reviews: [Review] = []) {
        self.id = id
        self.by = by
        self.text = text
        self.due = due
        self.status = status
        self.reviews = reviews
    }

    /// Open and past its due day.
    public func isOverdue(today: Day) -> Bool {
        guard status == .open, let due else { return false }
        return due < today
    }
}
