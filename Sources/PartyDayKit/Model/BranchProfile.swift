import Foundation

/// The branch itself: who it is, where it sits, and the rules it keeps.
public struct BranchProfile: Codable, Equatable, Sendable {
    public var name: String
    /// From the top down, e.g. ["Rizhao Company", "Cold Rolling Mill"].
    public var parentOrganizations: [String]
    /// An IANA identifier; months and quarters are taken in this zone.
    public var timeZoneIdentifier: String
    public var partyGroups: [PartyGroup]
    public var dutyRules: [DutyRule]
    public var agendaTemplates: [AgendaTemplate]
    /// The six-month rule's warning thresholds; nil in files written before they existed.
    public var warningLadder: WarningLadder?
    /// The local time limits of developing members; nil: the defaults.
    public var developmentLimits: DevelopmentLimits?
    /// Who reviews the minutes (审阅), where the branch has them reviewed: their signature
    /// line ends the minutes. Nil: no review line.
    public var minutesReviewer: String?
    /// The occasions that call for a talk besides the yearly round, as the branch lists
    /// them in its settings; nil: the common ones (六必谈).
    public var talkOccasions: [String]?

    public init(
        name: String,
        parentOrganizations: [String] = [],
        timeZoneIdentifier: String = TimeZone.current.identifier,
        partyGroups: [PartyGroup] = [],
        dutyRules: [DutyRule] = DutyRule.defaults,
        agendaTemplates: [AgendaTemplate] = AgendaTemplate.defaults(language: .chinese),
        warningLadder: WarningLadder? = nil
    ) {
        self.name = name
        self.parentOrganizations = parentOrganizations
        self.timeZoneIdentifier = timeZoneIdentifier
        self.partyGroups = partyGroups
        self.dutyRules = dutyRules
        self.agendaTemplates = agendaTemplates
        self.warningLadder = warningLadder
    }

    /// The thresholds in force: the branch's own, or the defaults (also when the file's
    /// are impossible — `check` names them).
    public var ladder: WarningLadder { warningLadder.flatMap { $0.isValid ? $0 : nil } ?? .defaults }

    /// The branch's zone; UTC when the stored identifier is unknown to this system.
    public var timeZone: TimeZone {
        TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
    }

    public func frequency(of type: MeetingType) -> Frequency {
        dutyRules.first { $0.type == type }?.frequency ?? type.defaultFrequency
    }

    public func agendaTemplate(for type: MeetingType) -> [String] {
        agendaTemplates.first { $0.type == type }?.steps ?? []
    }

    public func partyGroup(id: String) -> PartyGroup? {
        partyGroups.first { $0.id == id }
    }

    /// The groups that exist on `day`, for new meetings and members.
    public func activeGroups(on day: Day) -> [PartyGroup] {
        partyGroups.filter { $0.exists(on: day) }
    }
}

/// A party group (党小组) inside the branch.
public struct PartyGroup: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var leaderMemberID: String?
    /// The day the group was dissolved; it owes no meetings from then on and is offered
    /// for no new meeting or member. Nil while it exists.
    public var retiredOn: Day?

    public init(id: String = ShortID.make(), name: String, leaderMemberID: String? = nil, retiredOn: Day? = nil) {
        self.id = id
        self.name = name
        self.leaderMemberID = leaderMemberID
        self.retiredOn = retiredOn
    }

    /// Whether the group exists on `day`.
    public func exists(on day: Day) -> Bool { retiredOn.map { day < $0 } ?? true }
}

/// How often one meeting type is due for this branch.
public struct DutyRule: Codable, Equatable, Sendable {
    public var type: MeetingType
    public var frequency: Frequency

    public init(type: MeetingType, frequency: Frequency) {
        self.type = type
        self.frequency = frequency
    }

    /// The frequencies on the rules page.
    public static let defaults: [DutyRule] = MeetingType.allCases.map {
        DutyRule(type: $0, frequency: $0.defaultFrequency)
    }
}

/// The steps a new meeting of one type starts with.
public struct AgendaTemplate: Codable, Equatable, Sendable {
    public var type: MeetingType
    public var steps: [String]

    public init(type: MeetingType, steps: [String]) {
        self.type = type
        self.steps = steps
    }
}
