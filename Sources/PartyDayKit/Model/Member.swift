/// A Party member on the branch roster. Everything that can change over the years is
/// a dated history, so that the roster of any past day can be rebuilt.
public struct Member: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    /// As Chinese records write it: 张润生, 阿丽亚·吐尔逊 (or in another script: Aliya Tursun).
    public var name: String
    /// The day the member joined the Party (入党).
    public var joinedOn: Day?
    public var category: History<MemberCategory>
    /// The start of the one-year probation, for a probationary member.
    public var probationStart: Day?
    /// The planned conversion to full membership.
    public var plannedConversion: Day?
    /// True while the member is under the penalty of probation (留党察看) and so has no vote.
    public var noVotePenalty: History<Bool>
    public var role: History<Role>
    /// The party group's id, or nil for none.
    public var partyGroup: History<String?>
    public var rosterStatus: History<RosterStatus>
    /// A mobile member (流动党员) works away; `mobileLocation` says where.
    public var isMobile: Bool
    public var mobileLocation: String
    /// As the roster file gives them (absent from files written before they existed).
    public var gender: String?
    public var phone: String?
    public var notes: String?
    /// The member's post in the unit (班长, 工程师, 车间主任), as the roster file gives it;
    /// Party posts are `role`.
    public var jobTitle: String?
    /// After a conversion approved by the higher committee later than the end of
    /// probation: full membership counts from the end of probation, the vote from this day.
    public var votesFrom: Day?
    /// The conversion to full membership (转正) as a roster file gave it, for a member who
    /// arrived already full; a conversion recorded in partyday is in `category`'s history.
    public var convertedOn: Day?

    public init(
        id: String = ShortID.long(),
        name: String,
        joinedOn: Day?,
        onRosterSince: Day,
        category: MemberCategory = .full,
        probationStart: Day? = nil,
        plannedConversion: Day? = nil,
        role: Role = Role(.member),
        partyGroupID: String? = nil,
        status: RosterStatus = .active,
        isMobile: Bool = false,
        mobileLocation: String = ""
    ) {
        self.id = id
        self.name = name
        self.joinedOn = joinedOn
        self.category = History(category, since: onRosterSince)
        self.probationStart = probationStart
        self.plannedConversion = plannedConversion
        self.noVotePenalty = History(false, since: onRosterSince)
        self.role = History(role, since: onRosterSince)
        self.partyGroup = History(partyGroupID, since: onRosterSince)
        self.rosterStatus = History(status, since: onRosterSince)
        self.isMobile = isMobile
        self.mobileLocation = mobileLocation
    }

    /// The member as the roster stood on `day`, or nil when not on the roster that day
    /// (not yet arrived, transferred out, deceased).
    public func snapshot(on day: Day) -> MemberSnapshot? {
        guard let status = rosterStatus.value(on: day), status.isOnRoster else { return nil }
        let category = category.value(on: day) ?? self.category.changes[0].value
        let penalty = noVotePenalty.value(on: day) ?? false
        return MemberSnapshot(
            memberID: id,
            name: name,
            category: category,
            underNoVotePenalty: penalty,
            awaitingApproval: votesFrom.map { day < $0 } ?? false,
            role: role.value(on: day) ?? role.changes[0].value,
            partyGroupID: partyGroup.value(on: day) ?? nil
        )
    }
}

/// Full member (正式党员) or probationary member (预备党员).
public enum MemberCategory: String, Codable, CaseIterable, Sendable {
    case full
    case probationary
}

/// Where a member stands on the roster.
public enum RosterStatus: String, Codable, CaseIterable, Sendable {
    case active
    case transferredIn = "transferred-in"
    case transferredOut = "transferred-out"
    case deceased
    /// 停止党籍: stopped by a general meeting's decision (out of contact six months or more);
    /// off the roster's count until restored (恢复党籍) or removed.
    case stopped = "membership-stopped"
    /// 除名: removed from the Party by a general meeting's decision.
    case removed

    public var isOnRoster: Bool { self == .active || self == .transferredIn }
}

/// A member's office in the branch.
public struct Role: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case secretary
        case deputySecretary = "deputy-secretary"
        case committeeMember = "committee-member"
        case member
    }

    public var kind: Kind
    /// For a committee member: organization, propaganda, discipline, …
    public var portfolio: String

    public init(_ kind: Kind, portfolio: String = "") {
        self.kind = kind
        self.portfolio = portfolio
    }

    /// Secretaries and committee members sit on the branch committee.
    public var isOnCommittee: Bool { kind != .member }
}

/// One member as the roster stood on one day.
public struct MemberSnapshot: Equatable, Sendable {
    public var memberID: String
    public var name: String
    public var category: MemberCategory
    public var underNoVotePenalty: Bool
    /// Converted, but the higher committee's approval (and with it the vote) comes later.
    public var awaitingApproval = false
    public var role: Role
    public var partyGroupID: String?

    public init(memberID: String, name: String, category: MemberCategory, underNoVotePenalty: Bool,
                awaitingApproval: Bool = false, role: Role, partyGroupID: String?) {
        self.memberID = memberID
        self.name = name
        self.category = category
        self.underNoVotePenalty = underNoVotePenalty
        self.awaitingApproval = awaitingApproval
        self.role = role
        self.partyGroupID = partyGroupID
    }

    /// Probationary members, those under the penalty of probation, and those whose
    /// conversion is not yet approved attend without a vote.
    public var hasVote: Bool { category == .full && !underNoVotePenalty && !awaitingApproval }
}

extension Member {
    /// The day probation ends: the planned conversion, else a year after it began.
    public var probationEnd: Day? {
        plannedConversion ?? probationStart.map { start in
            Day(year: start.year + 1, month: start.month, day: start.day) ?? Day(year: start.year + 1, month: start.month, day: 28) ?? start
        }
    }

    /// Records a conversion with the rules' two dates: full membership from the end of
    /// probation (`fullFrom`), the vote from the higher committee's approval (`approvedOn`).
    public mutating func recordConversion(fullFrom: Day, approvedOn: Day) {
        category.set(.full, from: min(fullFrom, approvedOn))
        votesFrom = approvedOn > fullFrom ? approvedOn : nil
    }

    /// The day full membership began: a conversion in the category's history, else the
    /// day the roster file gave, else the planned conversion of one now full.
    public var conversionDay: Day? {
        let changes = category.changes
        if let index = changes.indices.dropFirst().first(where: { changes[$0].value == .full && changes[$0 - 1].value == .probationary }) {
            return changes[index].since
        }
        if let convertedOn { return convertedOn }
        return category.current == .full && probationStart != nil ? plannedConversion : nil
    }
}
