import Foundation

/// A person being developed into a member (发展党员): from the written application to
/// conversion, every step with its day. Kept in `development/<id>.plist`, one file each.
/// Nothing is deleted: a person who leaves the pipeline keeps the file with `departure`.
public struct DevelopmentPerson: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var gender: String
    public var birthDate: Day?
    /// Where the person works or studies, and the post there (单位、职务).
    public var unit: String
    public var post: String
    /// One entry per step done (assessments are `assessments`, not entries here).
    public var steps: [DevelopmentStepEntry]
    /// 培养联系人: one or two full members, who may change over time.
    public var contacts: [Sponsorship]
    /// 入党介绍人: two full members.
    public var sponsors: [Sponsorship]
    /// 思想汇报 received.
    public var reports: [DatedNote]
    /// The branch's assessments (培养教育考察 as an activist, 继续教育考察 on probation).
    public var assessments: [DatedNote]
    /// 公示: the steps announced to the public, with the days shown.
    public var notices: [PublicNotice]
    /// Left the pipeline (withdrew, not accepted, moved away); the file stays.
    public var departure: Departure?
    /// The roster member this person became at admission.
    public var memberID: String?

    public init(id: String = ShortID.make(), name: String, gender: String = "", birthDate: Day? = nil, unit: String = "", post: String = "",
                steps: [DevelopmentStepEntry] = [], contacts: [Sponsorship] = [], sponsors: [Sponsorship] = [],
                reports: [DatedNote] = [], assessments: [DatedNote] = [], notices: [PublicNotice] = [],
                departure: Departure? = nil, memberID: String? = nil) {
        self.id = id
        self.name = name
        self.gender = gender
        self.birthDate = birthDate
        self.unit = unit
        self.post = post
        self.steps = steps
        self.contacts = contacts
        self.sponsors = sponsors
        self.reports = reports
        self.assessments = assessments
        self.notices = notices
        self.departure = departure
        self.memberID = memberID
    }

    /// The entry of `step`, if it is recorded.
    public func entry(_ step: DevelopmentStep) -> DevelopmentStepEntry? { steps.first { $0.step == step } }

    /// The day of `step`, if it is recorded.
    public func day(_ step: DevelopmentStep) -> Day? { entry(step)?.day }

    /// Records `entry`, replacing the step's earlier entry; steps stay in order.
    public mutating func record(_ entry: DevelopmentStepEntry) {
        steps.removeAll { $0.step == entry.step }
        steps.append(entry)
        steps.sort { $0.step < $1.step }
    }

    /// The person as it stood on `day`: nothing dated after it counts (`--as-of`).
    public func asOf(_ day: Day) -> DevelopmentPerson {
        var copy = self
        copy.steps = steps.filter { $0.day <= day }
        copy.contacts = contacts.filter { $0.from <= day }
        copy.sponsors = sponsors.filter { $0.from <= day }
        copy.reports = reports.filter { $0.day <= day }
        copy.assessments = assessments.filter { $0.day <= day }
        copy.notices = notices.filter { $0.from <= day }
        if let departure, departure.day > day { copy.departure = nil }
        return copy
    }

    /// The furthest stage reached.
    /// A person admitted by the general meeting (step 15) is a probationary member from
    /// that day, though stage V's steps begin at 19.
    public var stage: DevelopmentStage {
        guard let furthest = steps.map(\.step).max() else { return .applicant }
        return furthest >= .admissionVote ? .probation : furthest.stage
    }

    /// Converted: the conversion approved.
    public var isConverted: Bool {
        guard let vote = entry(.conversionVote) else { return false }
        return vote.outcome != .refused && vote.outcome != .extended && entry(.conversionApproval) != nil
    }
}

/// One step done: when, by whom, decided where, and its paper.
public struct DevelopmentStepEntry: Codable, Equatable, Sendable {
    public var step: DevelopmentStep
    public var day: Day
    /// Who did it (the member who talked, the committee that approved).
    public var by: String
    /// The body that decided it, for steps decided at a meeting or above.
    public var body: DecidingBody?
    /// The partyday meeting that decided it.
    public var meetingID: String?
    /// Its document: the 志愿书 number, the filing's reference.
    public var document: String
    /// Concentrated training: its length in days and class hours.
    public var days: Int?
    public var hours: Int?
    /// A vote's or an approval's result (absent: passed).
    public var outcome: DevelopmentOutcome?
    /// An extension of probation, in months (6 to 12).
    public var extensionMonths: Int?
    public var note: String

    public init(_ step: DevelopmentStep, on day: Day, by: String = "", body: DecidingBody? = nil, meetingID: String? = nil, document: String = "",
                days: Int? = nil, hours: Int? = nil, outcome: DevelopmentOutcome? = nil, extensionMonths: Int? = nil, note: String = "") {
        self.step = step
        self.day = day
        self.by = by
        self.body = body
        self.meetingID = meetingID
        self.document = document
        self.days = days
        self.hours = hours
        self.outcome = outcome
        self.extensionMonths = extensionMonths
        self.note = note
    }
}

/// A vote's or an approval's result.
public enum DevelopmentOutcome: String, Codable, CaseIterable, Sendable {
    case passed
    /// Probation extended (a conversion vote only).
    case extended
    case refused

    public var name: Wording {
        switch self {
        case .passed: Wording("passed", "通过")
        case .extended: Wording("probation extended", "延长预备期")
        case .refused: Wording("not passed", "未通过")
        }
    }
}

/// A contact or sponsor: a roster member (by id, the name kept as written), from a day.
public struct Sponsorship: Codable, Equatable, Sendable {
    public var memberID: String?
    public var name: String
    public var from: Day
    public var to: Day?

    public init(memberID: String? = nil, name: String, from: Day, to: Day? = nil) {
        self.memberID = memberID
        self.name = name
        self.from = from
        self.to = to
    }

    public func serves(on day: Day) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
}

/// A dated entry with a short text: a 思想汇报 received, an assessment written.
public struct DatedNote: Codable, Equatable, Sendable {
    public var day: Day
    public var by: String
    public var text: String

    public init(day: Day, by: String = "", text: String = "") {
        self.day = day
        self.by = by
        self.text = text
    }
}

/// A public notice (公示) of a step, shown from one day to another.
public struct PublicNotice: Codable, Equatable, Sendable {
    public var step: DevelopmentStep
    public var from: Day
    public var to: Day

    public init(step: DevelopmentStep, from: Day, to: Day) {
        self.step = step
        self.from = from
        self.to = to
    }
}

/// Leaving the pipeline: the day, why, and a note.
public struct Departure: Codable, Equatable, Sendable {
    public enum Reason: String, Codable, CaseIterable, Sendable {
        case withdrew, notAccepted = "not-accepted", movedAway = "moved-away", other

        public var name: Wording {
            switch self {
            case .withdrew: Wording("withdrew", "本人撤回申请")
            case .notAccepted: Wording("not accepted", "未被接收")
            case .movedAway: Wording("moved away", "调离转出")
            case .other: Wording("other", "其他")
            }
        }
    }

    public var day: Day
    public var reason: Reason
    public var note: String

    public init(day: Day, reason: Reason, note: String = "") {
        self.day = day
        self.reason = reason
        self.note = note
    }
}
