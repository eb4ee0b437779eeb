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
    /// The votes cast, written opinions of absent voters included (see `writtenOpinions`).
    public var yes: Int
    public var no: Int
    public var abstain: Int
    /// What is decided (absent in older files: an ordinary matter).
    public var kind: DecisionKind?
    /// Show of hands or secret ballot (absent: not recorded).
    public var method: VotingMethod?
    /// How many of the votes came as written opinions from voters who could not attend:
    /// counted in the votes of an admission or conversion, never towards the quorum.
    public var writtenOpinions: Int?
    /// Whom an admission, conversion, extension or discipline is about: a member, or an
    /// applicant by name. They have no vote on it.
    public var subject: PersonRef?
    /// The sponsors' (入党介绍人) and the branch committee's opinions, as stated.
    public var sponsorsOpinion: String?
    public var committeeOpinion: String?
    /// For a conversion: the day the higher Party committee approved it. Full membership
    /// counts from the end of probation; the vote from this day.
    public var approvedOn: Day?
    /// A secret ballot's scrutineers (监票人) and tellers (计票人), by name, as the record names them.
    public var scrutineers: [String]?
    public var tellers: [String]?
    /// What the person an admission or conversion is about said to the meeting (本人表态).
    public var statement: String?

    public init(id: String = ShortID.make(), text: String, yes: Int = 0, no: Int = 0, abstain: Int = 0) {
        self.id = id
        self.text = text
        self.yes = yes
        self.no = no
        self.abstain = abstain
    }
}

/// What a decision decides. Admission, conversion, extension of probation and
/// discipline are for the branch general meeting alone.
public enum DecisionKind: String, Codable, CaseIterable, Sendable {
    case ordinary
    case admission
    case conversion
    case probationExtension = "probation-extension"
    case discipline
    case commendation
    case other
    /// 确定入党积极分子: an applicant becomes an activist (the committee or the general meeting decides).
    case activist
    /// 确定发展对象: an activist becomes a candidate for admission (the committee decides, having heard the members).
    case developmentCandidate = "development-candidate"
    /// 停止党籍: a member out of contact six months or more (党员教育管理工作条例).
    case membershipStopped = "membership-stopped"
    /// 恢复党籍: a stopped member back within two years.
    case membershipRestored = "membership-restored"
    /// 除名: not back two years after stopping, or a member who will not mend.
    case removal

    /// Decided only by the branch general meeting (支部党员大会).
    public var needsGeneralMeeting: Bool {
        switch self {
        case .admission, .conversion, .probationExtension, .discipline, .membershipStopped, .membershipRestored, .removal: true
        default: false
        }
    }

    /// Written opinions of absent voters count in the votes (admission and conversion).
    public var countsWrittenOpinions: Bool { self == .admission || self == .conversion }
}

/// How the vote was taken.
public enum VotingMethod: String, Codable, CaseIterable, Sendable {
    case showOfHands = "show-of-hands"
    case secretBallot = "secret-ballot"
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
