/// One expected member's attendance at one meeting. Category and vote right are
/// copied from the roster as of the meeting day, so later changes never rewrite it.
public struct AttendanceRecord: Codable, Equatable, Sendable {
    public var memberID: String
    public var name: String
    public var category: MemberCategory
    public var hasVote: Bool
    public var status: AttendanceStatus
    /// Why the member asked for leave or was absent; the note for an exclusion.
    public var reason: String
    /// Set only when `status` is `.excluded`.
    public var exclusion: ExclusionReason?
    /// On the branch committee on the meeting's day (secretary, deputy, committee member):
    /// a committee meeting's quorum counts these. Absent in older files.
    public var onCommittee: Bool?
    /// How an absent member made up what was missed (补学): when, and how.
    public var madeUp: MakeUpStudy?

    public init(
        member: MemberSnapshot,
        status: AttendanceStatus = .unmarked,
        reason: String = "",
        exclusion: ExclusionReason? = nil
    ) {
        self.memberID = member.memberID
        self.name = member.name
        self.category = member.category
        self.hasVote = member.hasVote
        self.status = status
        self.reason = reason
        self.exclusion = exclusion
        self.onCommittee = member.role.isOnCommittee ? true : nil
    }

    /// Counts as expected (应到): everyone but those left out with a recognised reason.
    public var isExpected: Bool { status != .excluded }
    /// Counts as actually there (实到).
    public var attended: Bool { status.attended }
}

public enum AttendanceStatus: String, Codable, CaseIterable, Sendable {
    /// Not marked yet: the meeting is still being logged.
    case unmarked
    case present
    case late
    case leftEarly = "left-early"
    /// Leave asked for in advance (请假), with a reason.
    case onLeave = "on-leave"
    /// Absent with a proper reason (因病因事).
    case absentExcused = "absent-excused"
    /// Absent without reason (无故缺席).
    case absentUnexcused = "absent-unexcused"
    /// Left out of the expected count (不计入应到人数) for a recognised reason.
    case excluded

    /// Present, late and left early all count as attended.
    public var attended: Bool { self == .present || self == .late || self == .leftEarly }

    /// A reason makes the absence excused; leave is excused by definition.
    public var isExcusedAbsence: Bool { self == .onLeave || self == .absentExcused }
}

/// The recognised reasons to leave a member out of the expected count (rules page).
public enum ExclusionReason: String, Codable, CaseIterable, Sendable {
    case tooIllToExpressWill = "too-ill"
    case abroad
    case membershipSuspended = "membership-suspended"
    case underProbationPenalty = "probation-penalty"
    case detained
    case bedriddenOrLongTermIll = "long-term-ill"
    case movedAwayWithoutTransfer = "moved-away"
    case mobileExcusedInWriting = "mobile-excused"

    public var englishName: String {
        switch self {
        case .tooIllToExpressWill: "too ill to express their will"
        case .abroad: "abroad and unable to return in time"
        case .membershipSuspended: "membership suspended"
        case .underProbationPenalty: "under the penalty of probation"
        case .detained: "detained or arrested"
        case .bedriddenOrLongTermIll: "bedridden elderly or long-term ill"
        case .movedAwayWithoutTransfer: "moved away over six months without transferring"
        case .mobileExcusedInWriting: "mobile member excused in writing"
        }
    }

    public var chineseName: String {
        switch self {
        case .tooIllToExpressWill: "患病不能表达本人意志"
        case .abroad: "出国出境短期内不能回来"
        case .membershipSuspended: "停止党籍"
        case .underProbationPenalty: "受留党察看处分"
        case .detained: "被拘留、逮捕"
        case .bedriddenOrLongTermIll: "年老体弱卧床不起或长期生病"
        case .movedAwayWithoutTransfer: "外出半年以上未转组织关系"
        case .mobileExcusedInWriting: "流动党员书面请假"
        }
    }
}

/// An absent member's make-up study (补学): the day, and how (read the materials, a
/// talk with the secretary, …).
public struct MakeUpStudy: Codable, Equatable, Sendable {
    public var on: Day
    public var how: String

    public init(on: Day, how: String) {
        self.on = on
        self.how = how
    }
}
