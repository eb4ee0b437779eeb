import Foundation

/// A member who moves, works away or cannot be reached: the letters of introduction that
/// transfer their membership (组织关系介绍信) and their receipts, a stay away as a mobile
/// member (流动党员) with each report back, and being out of contact (失联) with each attempt
/// to reach them and the general meeting's decisions. Kept in `away/<member id>.plist`, one
/// file per member, so two PCs recording two members never touch one file.
public struct AwayRecord: Codable, Equatable, Sendable, Identifiable {
    /// The member's id (the file's name).
    public var id: String
    /// The member's name, as written when the record began.
    public var name: String
    public var letters: [TransferLetter]
    public var mobile: MobileStay?
    /// Reports back from away (day, how, what).
    public var reports: [DatedNote]
    /// The last contact before the member could no longer be reached; nil: reachable.
    public var lostSince: Day?
    public var attempts: [ContactAttempt]
    public var decisions: [MembershipDecision]

    public init(memberID: String, name: String, letters: [TransferLetter] = [], mobile: MobileStay? = nil, reports: [DatedNote] = [],
                lostSince: Day? = nil, attempts: [ContactAttempt] = [], decisions: [MembershipDecision] = []) {
        id = memberID
        self.name = name
        self.letters = letters
        self.mobile = mobile
        self.reports = reports
        self.lostSince = lostSince
        self.attempts = attempts
        self.decisions = decisions
    }
}

/// A letter of introduction transferring membership, out of the branch or into it.
public struct TransferLetter: Codable, Equatable, Sendable, Identifiable {
    public enum Direction: String, Codable, CaseIterable, Sendable { case out, `in` }
    /// Permanent (正式) or temporary (临时: study, secondment, work away).
    public enum Kind: String, Codable, CaseIterable, Sendable { case permanent, temporary }
    /// Within the same system, or across to another (跨系统).
    public enum Scope: String, Codable, CaseIterable, Sendable {
        case withinSystem = "within-system", acrossSystems = "across-systems"
    }

    public var id: String
    public var direction: Direction
    public var kind: Kind
    public var scope: Scope
    public var number: String
    /// Where to (out) or where from (in).
    public var organization: String
    public var issuedOn: Day
    public var validUntil: Day?
    /// The dues paid up to, as the letter states them.
    public var duesPaidThrough: YearMonth?
    /// The receipt (回执) returned: the member leaves this branch's roster that day.
    public var receiptOn: Day?
    public var note: String

    public init(id: String = ShortID.make(), direction: Direction, kind: Kind = .permanent, scope: Scope = .withinSystem, number: String = "",
                organization: String, issuedOn: Day, validUntil: Day? = nil, duesPaidThrough: YearMonth? = nil, receiptOn: Day? = nil, note: String = "") {
        self.id = id
        self.direction = direction
        self.kind = kind
        self.scope = scope
        self.number = number
        self.organization = organization
        self.issuedOn = issuedOn
        self.validUntil = validUntil
        self.duesPaidThrough = duesPaidThrough
        self.receiptOn = receiptOn
        self.note = note
    }
}

/// Working away without transferring: where, for whom, the Party organization there.
public struct MobileStay: Codable, Equatable, Sendable {
    public var since: Day
    public var place: String
    public var employer: String
    /// The organization the member takes part in there, and its contact.
    public var organization: String
    public var contact: String
    /// 流动党员活动证 number.
    public var cardNumber: String
    /// Back, or transferred: the stay is over.
    public var until: Day?

    public init(since: Day, place: String, employer: String = "", organization: String = "", contact: String = "", cardNumber: String = "", until: Day? = nil) {
        self.since = since
        self.place = place
        self.employer = employer
        self.organization = organization
        self.contact = contact
        self.cardNumber = cardNumber
        self.until = until
    }
}

/// One attempt to reach a member out of contact.
public struct ContactAttempt: Codable, Equatable, Sendable {
    public var day: Day
    /// Phone, a visit to the family, a letter, the unit …
    public var how: String
    public var result: String

    public init(day: Day, how: String, result: String = "") {
        self.day = day
        self.how = how
        self.result = result
    }
}

/// A general meeting's decision about a member out of contact (党员教育管理工作条例).
public struct MembershipDecision: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// 停止党籍: out of contact six months or more.
        case stopped
        /// 恢复党籍: back within two years.
        case restored
        /// 除名: not back two years after stopping.
        case removed

        public var name: Wording {
            switch self {
            case .stopped: Wording("membership stopped", "停止党籍")
            case .restored: Wording("membership restored", "恢复党籍")
            case .removed: Wording("removed", "除名")
            }
        }
    }

    public var day: Day
    public var kind: Kind
    public var meetingID: String?
    /// The meeting's decision that wrote this entry (`MembershipTicks`); nil for one
    /// recorded from `o`, which a change to the meeting never touches.
    public var decisionID: String?

    public init(day: Day, kind: Kind, meetingID: String? = nil, decisionID: String? = nil) {
        self.day = day
        self.kind = kind
        self.meetingID = meetingID
        self.decisionID = decisionID
    }
}
